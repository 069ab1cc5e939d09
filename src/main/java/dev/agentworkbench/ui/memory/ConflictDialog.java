package dev.agentworkbench.ui.memory;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** Both versions of a note that changed on disk while being edited; the user picks one. */
final class ConflictDialog extends Dialog<Boolean> {
  ConflictDialog(MemoryViewModel.Conflict conflict) {
    setTitle("Note changed on disk");
    setHeaderText(
        conflict.filePath()
            + " changed on disk while you were editing it. Nothing was overwritten.");
    TextArea mine = new TextArea(conflict.mine());
    TextArea disk = new TextArea(conflict.onDisk());
    mine.setEditable(false);
    disk.setEditable(false);
    SplitPane both =
        new SplitPane(
            new VBox(4, new Label("Your version"), mine),
            new VBox(4, new Label("On disk now"), disk));
    both.setPrefSize(900, 500);
    getDialogPane().setContent(both);
    ButtonType keepMine =
        new ButtonType("Keep mine (overwrite disk)", ButtonBar.ButtonData.OK_DONE);
    ButtonType takeDisk = new ButtonType("Take the disk version", ButtonBar.ButtonData.OTHER);
    getDialogPane().getButtonTypes().addAll(keepMine, takeDisk, ButtonType.CANCEL);
    setResultConverter(b -> b == keepMine ? Boolean.TRUE : b == takeDisk ? Boolean.FALSE : null);
  }
}
