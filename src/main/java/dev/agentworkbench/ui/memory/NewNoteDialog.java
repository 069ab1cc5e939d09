package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The new-note form: title, folder, type, tags; shows the file path and permalink it will create
 * and refuses an existing note unless overwrite is ticked.
 */
final class NewNoteDialog extends Dialog<NewNoteForm> {
  final TextField title = new TextField();
  final TextField folder = new TextField();
  final TextField type = new TextField("note");
  final TextField tags = new TextField();
  final CheckBox overwrite = new CheckBox("Overwrite the existing note");
  final Label where = new Label();

  NewNoteDialog(Optional<NotesService> service, String initialTitle, String initialFolder) {
    setTitle("New note");
    title.setId("new-note-title");
    folder.setId("new-note-folder");
    title.setText(initialTitle);
    folder.setText(initialFolder);
    title.setPromptText("Title");
    folder.setPromptText("Folder (empty for the project root)");
    tags.setPromptText("tags, comma separated");
    where.setId("new-note-where");
    where.setWrapText(true);
    setHeaderText(
        service
            .map(s -> "A new note in the project " + s.location().projectName())
            .orElse("A new note"));
    for (TextField field : java.util.List.of(title, folder, type, tags)) {
      field.setPrefColumnCount(30);
    }
    // room for the path, the permalink and a warning, so the dialog keeps its size as you type
    where.setPrefWidth(460);
    where.setMinHeight(92); // five lines: the longest refusal is read whole
    // a long title's path wraps over more lines: the label grows and the dialog with it, so the
    // permalink below it is never cut
    where
        .textProperty()
        .addListener(
            (o, was, now) ->
                javafx.application.Platform.runLater(
                    () -> {
                      double needed =
                          where.prefHeight(where.getWidth() > 0 ? where.getWidth() : 460);
                      where.setMinHeight(Math.max(92, needed));
                      if (getDialogPane().getScene() != null
                          && getDialogPane().getScene().getWindow() != null
                          && getDialogPane().getScene().getWindow().isShowing()) {
                        getDialogPane().getScene().getWindow().sizeToScene();
                      }
                    }));
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
    fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, fields);
    grid.addRow(0, new Label("Title"), title);
    grid.addRow(1, new Label("Folder"), folder);
    grid.addRow(2, new Label("Type"), type);
    grid.addRow(3, new Label("Tags"), tags);
    grid.add(where, 0, 4, 2, 1);
    grid.add(overwrite, 0, 5, 2, 1);
    getDialogPane().setContent(grid);
    ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
    getDialogPane().lookupButton(create).setId("new-note-create");
    Runnable preview = () -> preview(service, create);
    title.textProperty().addListener((o, a, b) -> preview.run());
    folder.textProperty().addListener((o, a, b) -> preview.run());
    overwrite.selectedProperty().addListener((o, a, b) -> preview.run());
    preview.run();
    setOnShown(e -> title.requestFocus());
    setResultConverter(
        b ->
            b == create
                ? new NewNoteForm(
                    title.getText().strip(),
                    folder.getText().strip(),
                    type.getText().strip(),
                    tags.getText(),
                    "# " + title.getText().strip() + "\n",
                    overwrite.isSelected())
                : null);
  }

  // The placement is computed in memory from the index, so it is cheap enough for the FX thread.
  private void preview(Optional<NotesService> service, ButtonType create) {
    boolean ok = false;
    if (service.isEmpty()) {
      where.setText("No notes project is open.");
    } else if (title.getText().isBlank()) {
      where.setText("Give the note a title.");
    } else {
      try {
        NotesService.Placement p =
            service.get().placement(title.getText().strip(), folder.getText());
        where.setText(
            "File: "
                + p.filePath()
                + "\nPermalink: "
                + p.permalink()
                + (p.exists() ? "\nA note already exists at this path." : ""));
        ok = !p.exists() || overwrite.isSelected();
      } catch (NotesException e) {
        where.setText(e.getMessage());
      }
    }
    overwrite.setVisible(where.getText().contains("already exists"));
    getDialogPane().lookupButton(create).setDisable(!ok);
  }
}
