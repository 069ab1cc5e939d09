package dev.agentworkbench.ui.quality;

import dev.agentworkbench.quality.plan.OutputKind;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a custom check: a name, a command (run without a shell), a file pattern, its output. */
final class CustomCheckDialog {
  private CustomCheckDialog() {}

  static void show(Window owner, QualityViewModel model) {
    TextField name = new TextField();
    name.setPromptText("mylint");
    TextField command = new TextField();
    command.setPromptText("semgrep --sarif --config auto");
    TextField pattern = new TextField("*.py");
    ComboBox<OutputKind> kind = new ComboBox<>();
    kind.getItems().setAll(OutputKind.customKinds());
    kind.setValue(OutputKind.SARIF);
    CheckBox files = new CheckBox("Pass the matching files (after --)");
    files.setSelected(true);
    Label help =
        new Label(
            "The command runs in the repository without a shell; quotes keep spaces."
                + " Write {junit} where a JUnit XML report file should go.");
    help.setWrapText(true);
    help.setMaxWidth(460);
    Label error = new Label();
    error.getStyleClass().add("quality-problem");
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("Name"), name);
    grid.addRow(1, new Label("Command"), command);
    grid.addRow(2, new Label("Files"), pattern);
    grid.addRow(3, new Label("Output"), kind);
    grid.add(files, 1, 4);
    grid.add(help, 0, 5, 2, 1);
    grid.add(error, 0, 6, 2, 1);
    command.setPrefColumnCount(32);
    ButtonType add = new ButtonType("Add check", ButtonBar.ButtonData.OK_DONE);
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle("Add a custom check");
    d.getDialogPane().setContent(grid);
    d.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
    d.getDialogPane()
        .getStylesheets()
        .addAll(
            QualityView.class.getResource("/dev/agentworkbench/ui/quality.css").toExternalForm());
    d.getDialogPane()
        .lookupButton(add)
        .addEventFilter(
            javafx.event.ActionEvent.ACTION,
            e -> {
              Optional<String> problem =
                  model.addCustomCheck(
                      name.getText(),
                      command.getText(),
                      pattern.getText(),
                      kind.getValue(),
                      files.isSelected());
              problem.ifPresent(
                  p -> {
                    error.setText(p);
                    e.consume();
                  });
            });
    d.show();
  }
}
