package dev.agentworkbench.ui.spec;

import dev.agentworkbench.spec.Diagnostic;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The diagnostics list: click jumps to the line; a fix is previewed as a diff, applied, undone. */
final class DiagnosticsView extends VBox {
  final ListView<Diagnostic> list = new ListView<>();
  final Button apply = new Button("Apply fix");
  final Button undo = new Button("Undo fix");
  final Button fixAll = new Button("Fix all safe");
  private final TextArea preview = new TextArea();

  DiagnosticsView(SpecRoomViewModel model, Consumer<Diagnostic> jump) {
    getStyleClass().add("spec-diagnostics");
    setSpacing(6);
    setPadding(new Insets(6, 8, 8, 8));
    Label title = new Label();
    title.getStyleClass().add("title-4");
    title
        .textProperty()
        .bind(javafx.beans.binding.Bindings.size(model.diagnostics()).asString("Diagnostics (%d)"));
    list.setItems(model.diagnostics());
    list.setId("spec-diagnostics-list");
    list.setCellFactory(v -> new DiagnosticCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, d) -> {
              preview.setText(d == null ? "" : String.join("\n", model.preview(d)));
              apply.setDisable(d == null || d.fix().isEmpty() || model.sample().get());
              if (d != null) {
                jump.accept(d);
              }
            });
    list.setOnMouseClicked(
        e -> {
          Diagnostic d = list.getSelectionModel().getSelectedItem();
          if (d != null) {
            jump.accept(d);
          }
        });
    preview.setEditable(false);
    preview.getStyleClass().add("fix-preview");
    preview.setPrefRowCount(4);
    preview.setPromptText("Select a diagnostic with a fix to preview it as a diff.");
    apply.setId("spec-apply-fix");
    apply.setDisable(true);
    apply.setOnAction(
        e -> {
          Diagnostic d = list.getSelectionModel().getSelectedItem();
          if (d != null) {
            model.applyFix(d);
          }
        });
    undo.disableProperty().bind(model.canUndoFix().not());
    undo.setOnAction(e -> model.undoFix());
    fixAll.disableProperty().bind(model.sample());
    fixAll.setOnAction(e -> model.applyAllFixes());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(6, title, grow, fixAll, apply, undo);
    bar.setAlignment(Pos.CENTER_LEFT);
    HBox body = new HBox(8, list, preview);
    HBox.setHgrow(list, Priority.ALWAYS);
    HBox.setHgrow(preview, Priority.ALWAYS);
    list.setPrefWidth(560);
    preview.setPrefWidth(420);
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(bar, body);
  }

  /** One diagnostic row: severity, rule, position, message. */
  private static final class DiagnosticCell extends ListCell<Diagnostic> {
    @Override
    protected void updateItem(Diagnostic d, boolean empty) {
      super.updateItem(d, empty);
      if (empty || d == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label severity = new Label(d.severity().label());
      severity.getStyleClass().addAll("badge", "badge-" + d.severity().label());
      severity.setMinWidth(58);
      Label where = new Label(d.rule() + "  " + d.line() + ":" + d.column());
      where.getStyleClass().add("diagnostic-where");
      where.setMinWidth(100);
      Label message = new Label(d.message() + (d.fix().isPresent() ? "  ⟶ fix available" : ""));
      message.getStyleClass().add("diagnostic-message");
      message.setMinWidth(0);
      severity.setMinWidth(Region.USE_PREF_SIZE);
      where.setMinWidth(Region.USE_PREF_SIZE);
      HBox row = new HBox(8, severity, where, message);
      setPrefWidth(0);
      setTooltip(new javafx.scene.control.Tooltip(d.message()));
      row.setAlignment(Pos.CENTER_LEFT);
      setGraphic(row);
      setText(null);
    }
  }
}
