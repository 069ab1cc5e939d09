package dev.agentworkbench.ui.commit;

import dev.agentworkbench.git.ChangeArea;
import dev.agentworkbench.git.FileChange;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The changed files in three lists (conflicted, staged, unstaged and untracked) with actions. */
final class ChangesView extends VBox {
  private final CommitRoomViewModel model;
  private final Consumer<FileChange> confirmDiscard;

  ChangesView(CommitRoomViewModel model, Consumer<FileChange> confirmDiscard) {
    this.model = model;
    this.confirmDiscard = confirmDiscard;
    getStyleClass().add("changes-view");
    setSpacing(6);
    ListView<FileChange> conflicted = list("conflicted-list", model.conflicted());
    ListView<FileChange> staged = list("staged-list", model.staged());
    ListView<FileChange> unstaged = list("unstaged-list", model.unstaged());
    Button stageAll = new Button("Stage all");
    stageAll.setId("stage-all");
    stageAll.setOnAction(e -> model.stageAll());
    stageAll.disableProperty().bind(Bindings.isEmpty(model.unstaged()));
    VBox conflictBox = section("Conflicted", conflicted, null);
    conflictBox.visibleProperty().bind(Bindings.isNotEmpty(model.conflicted()));
    conflictBox.managedProperty().bind(conflictBox.visibleProperty());
    getChildren()
        .addAll(
            conflictBox, section("Staged", staged, null), section("Changes", unstaged, stageAll));
  }

  private VBox section(String title, ListView<FileChange> list, Button action) {
    Label heading = new Label(title);
    heading.getStyleClass().add("section-title");
    HBox head = new HBox(8, heading);
    if (action != null) {
      HBox spacer = new HBox();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      head.getChildren().addAll(spacer, action);
    }
    VBox box = new VBox(4, head, list);
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox.setVgrow(box, Priority.ALWAYS);
    return box;
  }

  private ListView<FileChange> list(String id, ObservableList<FileChange> items) {
    ListView<FileChange> list = new ListView<>(items);
    list.setId(id);
    list.setPrefHeight(140);
    list.setCellFactory(v -> new ChangeCell(list));
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                model.select(now);
              }
            });
    return list;
  }

  /** A file: kind letter, path (old → new for renames), binary badge, and its buttons. */
  private final class ChangeCell extends ListCell<FileChange> {
    private final ListView<FileChange> owner;

    ChangeCell(ListView<FileChange> owner) {
      this.owner = owner;
    }

    @Override
    protected void updateItem(FileChange change, boolean empty) {
      super.updateItem(change, empty);
      setText(null);
      if (empty || change == null) {
        setGraphic(null);
        return;
      }
      Label kind = new Label(change.kind().letter());
      kind.getStyleClass().addAll("change-kind", "change-" + change.kind().name().toLowerCase());
      Label path = new Label(change.label());
      path.getStyleClass().add("change-path");
      path.setMaxWidth(Double.MAX_VALUE);
      path.setMinWidth(0);
      HBox.setHgrow(path, Priority.ALWAYS);
      HBox row = new HBox(6, kind, path);
      if (change.binary()) {
        Label bin = new Label("binary");
        bin.getStyleClass().add("change-binary");
        row.getChildren().add(bin);
      }
      boolean isStaged = change.area() == ChangeArea.STAGED;
      Button toggle = new Button(isStaged ? "Unstage" : "Stage");
      toggle.getStyleClass().addAll("flat", "small");
      toggle.setOnAction(
          e -> {
            if (isStaged) {
              model.unstage(change);
            } else {
              model.stage(change);
            }
          });
      Button discard = new Button("Discard");
      discard.getStyleClass().addAll("flat", "small", "danger");
      discard.setOnAction(e -> confirmDiscard.accept(change));
      toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      discard.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      row.getChildren().addAll(toggle, discard);
      row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      // Fit the row to the list so long paths shrink instead of scrolling sideways.
      row.prefWidthProperty().bind(owner.widthProperty().subtract(28));
      row.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
      setGraphic(row);
    }
  }
}
