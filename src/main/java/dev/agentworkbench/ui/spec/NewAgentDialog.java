package dev.agentworkbench.ui.spec;

import dev.agentworkbench.spec.NewAgent;
import dev.agentworkbench.spec.ToolNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;

/** The new-agent form: name (checked as you type), description, tools, model and colour. */
final class NewAgentDialog extends Dialog<NewAgent> {
  private final TextField name = new TextField();
  private final TextArea description = new TextArea();
  private final List<CheckBox> tools = new ArrayList<>();
  private final ComboBox<String> model = new ComboBox<>();
  private final ComboBox<String> color = new ComboBox<>();
  private final Label problems = new Label();

  NewAgentDialog(SpecRoomViewModel vm) {
    setTitle("New agent");
    setHeaderText("Create a Claude Code agent in the project's .claude/agents folder");
    name.setId("new-agent-name");
    description.setId("new-agent-description");
    model.setId("new-agent-model");
    color.setId("new-agent-color");
    problems.setId("new-agent-problems");
    name.setPromptText("lowercase-with-hyphens");
    description.setPromptText("When should Claude delegate to this agent?");
    description.setPrefRowCount(3);
    description.setWrapText(true);
    FlowPane toolPane = new FlowPane(8, 6);
    for (String t : ToolNames.COMMON) {
      add(toolPane, t, List.of("Read", "Grep", "Glob").contains(t));
    }
    for (String server : vm.mcpServers()) {
      add(toolPane, "mcp__" + server, false);
    }
    model.getItems().addAll("inherit", "sonnet", "opus", "haiku");
    model.setValue("inherit");
    color
        .getItems()
        .addAll("none", "red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan");
    color.setValue("none");
    problems.getStyleClass().add("form-problems");
    problems.setWrapText(true);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.setPadding(new Insets(12));
    grid.addRow(0, new Label("Name"), name);
    grid.addRow(1, new Label("Description"), description);
    grid.addRow(2, new Label("Tools"), toolPane);
    grid.addRow(3, new Label("Model"), model);
    grid.addRow(4, new Label("Colour"), color);
    grid.add(problems, 1, 5);
    toolPane.setPrefWrapLength(420);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    var ok = getDialogPane().lookupButton(ButtonType.OK);
    Runnable check =
        () -> {
          List<String> p = vm.problems(value());
          problems.setText(String.join("\n", p));
          ok.setDisable(!p.isEmpty());
        };
    name.textProperty().addListener((o, a, b) -> check.run());
    description.textProperty().addListener((o, a, b) -> check.run());
    check.run();
    setResultConverter(b -> b == ButtonType.OK ? value() : null);
  }

  private void add(FlowPane pane, String tool, boolean selected) {
    CheckBox box = new CheckBox(tool);
    box.setSelected(selected);
    tools.add(box);
    pane.getChildren().add(box);
  }

  NewAgent value() {
    return new NewAgent(
        name.getText().strip(),
        description.getText().strip(),
        tools.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList(),
        Optional.ofNullable(model.getValue()).filter(m -> !m.equals("inherit")),
        Optional.ofNullable(color.getValue()).filter(c -> !c.equals("none")));
  }
}
