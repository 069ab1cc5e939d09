package dev.agentworkbench.ui.app;

import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One of the four rooms of the main window. The window asks for its view once, and tells it when
 * the user switches to it; a room follows the workspace through its {@link RoomContext}.
 */
public interface Room {
  /**
   * Stable id used for navigation and settings: {@code spec}, {@code memory}, {@code quality},
   * {@code commit}.
   */
  String id();

  /** The name the sidebar shows. */
  String title();

  Ikon icon();

  Node view();

  /** Actions for the command palette. */
  List<PaletteAction> actions();

  /** Called when the room becomes visible. */
  default void shown() {}

  /** Called once when the window closes: the room keeps what must outlive it and lets go. */
  default void closing() {}
}
