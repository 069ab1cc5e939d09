package dev.agentworkbench.ui.memory;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;

/**
 * A note that changed on disk while being edited: what differs between the disk's version and the
 * user's, then each version whole; the user picks one, and nothing is written until they do.
 */
final class ConflictDialog extends Dialog<Boolean> {
  ConflictDialog(MemoryViewModel.Conflict conflict) {
    boolean deleted = conflict.deleted();
    setTitle(deleted ? "Note deleted on disk" : "Note changed on disk");
    setHeaderText(
        deleted
            ? conflict.filePath()
                + " was deleted on disk while you were editing it. Nothing was written: write"
                + " your version again, or let the note go."
            : conflict.filePath()
                + " changed on disk while you were editing it. Nothing was overwritten:"
                + " choose the version to keep.");
    ListView<MemoryViewModel.ConflictLine> differences = new ListView<>();
    differences.setId("conflict-differences");
    differences.getItems().setAll(conflict.differences());
    differences.setCellFactory(v -> new LineCell());
    differences.getStyleClass().add("conflict-differences");
    TabPane views =
        deleted
            ? new TabPane(new Tab("Your version", whole(conflict.mine())))
            : new TabPane(
                new Tab("What differs", differences),
                new Tab("Your version", whole(conflict.mine())),
                new Tab("On disk now", whole(conflict.onDisk())));
    views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    getDialogPane().setContent(views);
    // the theme caps a dialog at 600 px: two versions of a note need more (memory.css)
    getDialogPane().getStyleClass().add("memory-conflict");
    setResizable(true);
    getDialogPane().getStylesheets().add(MemoryView.STYLESHEET);
    getDialogPane().getStyleClass().add("memory-room");
    ButtonType keepMine =
        new ButtonType(
            deleted ? "Write mine again" : "Keep mine (overwrite disk)",
            ButtonBar.ButtonData.OK_DONE);
    ButtonType takeDisk =
        new ButtonType(
            deleted ? "Let it go (drop my edits)" : "Take the disk version",
            ButtonBar.ButtonData.OTHER);
    getDialogPane().getButtonTypes().addAll(keepMine, takeDisk, ButtonType.CANCEL);
    setResultConverter(b -> b == keepMine ? Boolean.TRUE : b == takeDisk ? Boolean.FALSE : null);
    // both choices drop one version: Enter chooses neither (Cancel), as in the delete dialog
    ((javafx.scene.control.Button) getDialogPane().lookupButton(keepMine)).setDefaultButton(false);
    ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.CANCEL))
        .setDefaultButton(true);
  }

  private static TextArea whole(String text) {
    TextArea area = new TextArea(text);
    area.setEditable(false);
    area.setWrapText(true);
    area.getStyleClass().add("conflict-whole");
    return area;
  }

  private static final class LineCell extends ListCell<MemoryViewModel.ConflictLine> {
    private static final List<String> KINDS =
        List.of("conflict-hunk", "conflict-same", "conflict-disk", "conflict-mine");

    @Override
    protected void updateItem(MemoryViewModel.ConflictLine line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll(KINDS);
      if (empty || line == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      String marker =
          switch (line.kind()) {
            case "disk" -> "on disk  ";
            case "mine" -> "yours    ";
            case "same" -> "         ";
            default -> "";
          };
      setText(marker + line.text());
      getStyleClass().add("conflict-" + line.kind());
    }
  }
}
