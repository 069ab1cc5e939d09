package dev.agentworkbench.ui.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The tour's card, floating at the bottom right of the room in view. */
final class TourCard extends VBox {

  TourCard(TourViewModel model) {
    getStyleClass().add("tour-card");
    setId("tour-card");
    setSpacing(10);
    setPadding(new Insets(16));
    setMaxSize(420, Region.USE_PREF_SIZE);
    setPrefWidth(420);
    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE_4);
    title.setId("tour-title");
    Label text = new Label();
    text.setWrapText(true);
    text.setId("tour-text");
    Runnable refresh =
        () -> {
          title.setText(model.current().title());
          text.setText(model.current().text());
        };
    model.index().addListener((o, was, now) -> refresh.run());
    refresh.run();
    Label progress = new Label();
    progress.textProperty().bind(model.progress());
    progress.getStyleClass().add(Styles.TEXT_MUTED);
    Button skip = new Button("Skip tour");
    skip.setId("tour-skip");
    skip.getStyleClass().add(Styles.FLAT);
    skip.setOnAction(e -> model.finish());
    skip.visibleProperty().bind(model.index().lessThan(TourViewModel.STEPS.size() - 1));
    Button back = new Button("Back");
    back.visibleProperty().bind(model.canGoBack());
    back.setOnAction(e -> model.back());
    Button next = new Button();
    next.setId("tour-next");
    next.getStyleClass().add(Styles.ACCENT);
    next.textProperty().bind(model.nextLabel());
    next.setOnAction(e -> model.next());
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox buttons = new HBox(8, progress, spring, skip, back, next);
    buttons.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(title, text, buttons);
    visibleProperty().bind(model.visible());
    managedProperty().bind(model.visible());
    StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
    StackPane.setMargin(this, new Insets(0, 24, 24, 0));
  }
}
