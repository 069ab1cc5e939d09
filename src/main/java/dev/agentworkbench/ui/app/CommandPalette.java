package dev.agentworkbench.ui.app;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/** Ctrl+K: type to find any action of the app by name, Enter runs it, Escape closes. */
public final class CommandPalette {
  private final Popup popup = new Popup();
  private final TextField query = new TextField();
  private final FilteredList<PaletteAction> shown;
  private final ListView<PaletteAction> list;

  public CommandPalette(List<PaletteAction> actions) {
    shown = new FilteredList<>(FXCollections.observableArrayList(actions));
    list = new ListView<>(shown);
    query.setPromptText("Type a command…");
    query.setId("palette-query");
    list.setId("palette-list");
    list.setPrefHeight(360);
    list.setCellFactory(v -> new ActionCell());
    query
        .textProperty()
        .addListener(
            (o, was, now) -> {
              shown.setPredicate(a -> matches(a.label(), now));
              list.getSelectionModel().selectFirst();
            });
    list.getSelectionModel().selectFirst();
    query.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().selectNext();
            e.consume();
          } else if (e.getCode() == KeyCode.UP) {
            list.getSelectionModel().selectPrevious();
            e.consume();
          } else if (e.getCode() == KeyCode.ENTER) {
            runSelected();
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            e.consume();
          }
        });
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() >= 1) {
            runSelected();
          }
        });
    VBox box = new VBox(6, query, list);
    box.getStyleClass().add("command-palette");
    box.setPadding(new Insets(10));
    box.setPrefWidth(560);
    popup.getContent().add(box);
    popup.setAutoHide(true);
  }

  /** Every typed word must appear in the label, in any order, ignoring case. */
  static boolean matches(String label, String typed) {
    String haystack = label.toLowerCase(Locale.ROOT);
    for (String word : typed.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private void runSelected() {
    PaletteAction action = list.getSelectionModel().getSelectedItem();
    if (action != null) {
      popup.hide();
      action.action().run();
    }
  }

  public void show(Window owner) {
    popup.show(owner);
    popup.setX(owner.getX() + (owner.getWidth() - 560) / 2);
    popup.setY(owner.getY() + 80);
    query.requestFocus();
  }

  private static final class ActionCell extends ListCell<PaletteAction> {
    @Override
    protected void updateItem(PaletteAction item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label name = new Label(item.label());
      Region spring = new Region();
      HBox.setHgrow(spring, Priority.ALWAYS);
      Label keys = new Label(item.shortcut().map(k -> k.getDisplayText()).orElse(""));
      keys.getStyleClass().add("palette-shortcut");
      setGraphic(new HBox(8, name, spring, keys));
      setText(null);
    }
  }
}
