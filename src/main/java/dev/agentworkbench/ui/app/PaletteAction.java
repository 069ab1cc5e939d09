package dev.agentworkbench.ui.app;

import java.util.Optional;
import javafx.scene.input.KeyCombination;

/** An action the command palette lists: where it belongs, its name, its shortcut, what it does. */
public record PaletteAction(
    String group, String name, Optional<KeyCombination> shortcut, Runnable action) {

  public static PaletteAction of(String group, String name, Runnable action) {
    return new PaletteAction(group, name, Optional.empty(), action);
  }

  public static PaletteAction of(String group, String name, String shortcut, Runnable action) {
    return new PaletteAction(group, name, Optional.of(KeyCombination.valueOf(shortcut)), action);
  }

  public String label() {
    return group + ": " + name;
  }
}
