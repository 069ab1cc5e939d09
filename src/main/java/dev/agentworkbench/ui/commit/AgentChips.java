package dev.agentworkbench.ui.commit;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The agents to credit as chips in subject order: each says why it is there (tooltip), can move
 * left or right, or be removed; a field adds more, completing names from the catalog.
 */
final class AgentChips extends VBox {
  private final CommitRoomViewModel model;
  private final FlowPane chips = new FlowPane(6, 6);

  AgentChips(CommitRoomViewModel model) {
    this.model = model;
    getStyleClass().add("agent-chips");
    setSpacing(6);
    TextField add = new TextField();
    add.setId("agent-add");
    add.setPromptText("Add an agent (Enter)");
    TextFields.bindAutoCompletion(
        add,
        request ->
            java.util.stream.Stream.concat(
                    model.suggestions().stream().map(x -> x.agent()), model.knownAgents().stream())
                .distinct()
                .filter(a -> !model.agents().contains(a))
                .filter(a -> a.contains(request.getUserText().replaceFirst("^@", "")))
                .toList());
    add.setOnAction(
        e -> {
          model.addAgent(add.getText());
          add.clear();
        });
    model.agents().addListener((ListChangeListener<String>) c -> rebuild());
    model.suggestions().addListener((ListChangeListener<Object>) c -> rebuild());
    getChildren().addAll(chips, add);
    rebuild();
  }

  private void rebuild() {
    chips.getChildren().clear();
    if (model.agents().isEmpty()) {
      Label none = new Label("No agent credited yet: the rule needs at least one.");
      none.getStyleClass().add("agent-none");
      chips.getChildren().add(none);
      return;
    }
    for (String agent : model.agents()) {
      chips.getChildren().add(chip(agent));
    }
  }

  private HBox chip(String agent) {
    Label name = new Label("@" + agent);
    name.getStyleClass().add("agent-chip-name");
    Button left = small("‹", "Move left", () -> model.moveAgent(agent, -1));
    Button right = small("›", "Move right", () -> model.moveAgent(agent, 1));
    Button remove = small("×", "Remove " + agent, () -> model.removeAgent(agent));
    HBox chip = new HBox(2, left, name, right, remove);
    chip.setAlignment(Pos.CENTER_LEFT);
    chip.getStyleClass().add("agent-chip");
    boolean suggested = model.suggestions().stream().anyMatch(s -> s.agent().equals(agent));
    if (suggested) {
      chip.getStyleClass().add("agent-chip-suggested");
    }
    Tooltip tip = new Tooltip(model.reasons(agent));
    tip.setWrapText(true);
    tip.setMaxWidth(520);
    Tooltip.install(chip, tip);
    return chip;
  }

  private static Button small(String text, String tooltip, Runnable action) {
    Button b = new Button(text);
    b.getStyleClass().addAll("flat", "agent-chip-button");
    b.setTooltip(new Tooltip(tooltip));
    b.setOnAction(e -> action.run());
    b.setFocusTraversable(false);
    return b;
  }
}
