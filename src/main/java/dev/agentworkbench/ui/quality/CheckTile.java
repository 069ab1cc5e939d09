package dev.agentworkbench.ui.quality;

import dev.agentworkbench.quality.CheckStatus;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One check's tile: name, status in colour, counts, duration and time, source, trend, actions. */
final class CheckTile extends VBox {
  static final String STYLE = "check-tile";

  CheckTile(
      CheckTileModel model,
      Consumer<String> run,
      Consumer<String> cancel,
      Consumer<String> showOutput,
      java.util.function.BiConsumer<String, Boolean> enable) {
    getStyleClass().add(STYLE);
    setId("tile-" + model.name());
    Label name = new Label(model.name());
    name.getStyleClass().add("check-tile-name");
    Label status = new Label();
    status.getStyleClass().add("check-status");
    status.setId("status-" + model.name());
    status.textProperty().bind(model.statusLabelProperty());
    model.statusProperty().addListener((o, a, b) -> restyle(b));
    restyle(model.statusProperty().get());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox head = new HBox(8, name, grow, status);
    head.setAlignment(Pos.CENTER_LEFT);

    Label counts = new Label();
    counts
        .textProperty()
        .bind(
            Bindings.concat(
                model.countsProperty(),
                Bindings.when(model.countsProperty().isEmpty()).then("").otherwise(" · "),
                model.timingProperty()));
    counts.getStyleClass().add("check-tile-counts");
    Label source = new Label();
    source
        .textProperty()
        .bind(
            Bindings.concat(
                model.versionProperty(),
                Bindings.when(model.versionProperty().isEmpty()).then("").otherwise(" · "),
                model.source()));
    source.getStyleClass().add("check-tile-meta");
    Label message = new Label();
    message.textProperty().bind(model.messageProperty());
    message.getStyleClass().add("check-tile-message");
    message.setWrapText(true);
    message.setMaxHeight(48);
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(model.messageProperty());
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    message.setTooltip(tip);

    HBox trend = new HBox(2);
    trend.getStyleClass().add("check-trend");
    trend.setAlignment(Pos.CENTER_LEFT);
    Runnable drawTrend =
        () -> {
          trend.getChildren().clear();
          for (CheckStatus s : model.trend()) {
            Rectangle bar = new Rectangle(8, 10);
            bar.getStyleClass().addAll("trend-bar", "status-" + s.key());
            Tooltip.install(bar, new Tooltip(s.label()));
            trend.getChildren().add(bar);
          }
        };
    model
        .trend()
        .addListener((javafx.collections.ListChangeListener<CheckStatus>) c -> drawTrend.run());
    drawTrend.run();

    Button runButton =
        iconButton(Feather.PLAY, "Run " + model.name(), () -> run.accept(model.name()));
    runButton.setId("run-" + model.name());
    Button stop =
        iconButton(Feather.X_CIRCLE, "Cancel " + model.name(), () -> cancel.accept(model.name()));
    stop.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> model.statusProperty().get().isFinished(), model.statusProperty()));
    Button output =
        iconButton(Feather.TERMINAL, "Show output", () -> showOutput.accept(model.name()));
    CheckBox on = new CheckBox("on");
    on.setSelected(model.enabledProperty().get());
    on.setTooltip(new Tooltip("Switch this check on or off for this repository"));
    on.selectedProperty().addListener((o, a, b) -> enable.accept(model.name(), b));
    Region grow2 = new Region();
    HBox.setHgrow(grow2, Priority.ALWAYS);
    HBox actions = new HBox(4, trend, grow2, on, output, stop, runButton);
    actions.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(head, counts, source, message, actions);
    setSpacing(3);
    setPrefWidth(250);
    setMinWidth(230);
  }

  private void restyle(CheckStatus s) {
    getStyleClass().removeIf(c -> c.startsWith("status-"));
    getStyleClass().add("status-" + s.key());
  }

  private static Button iconButton(Feather icon, String tip, Runnable action) {
    Button b = new Button(null, new FontIcon(icon));
    b.getStyleClass()
        .addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
    b.setTooltip(new Tooltip(tip));
    b.setOnAction(e -> action.run());
    return b;
  }
}
