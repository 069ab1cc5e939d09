package dev.agentworkbench.ui.memory;

import dev.agentworkbench.ui.app.PaletteAction;
import dev.agentworkbench.ui.app.Room;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.common.EmptyState;
import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Memory room. */
public final class MemoryRoom implements Room {
  private final RoomContext context;
  private Node view;

  public MemoryRoom(RoomContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "memory";
  }

  @Override
  public String title() {
    return "Memory";
  }

  @Override
  public Ikon icon() {
    return Feather.BOOK_OPEN;
  }

  @Override
  public Node view() {
    if (view == null) {
      view =
          new EmptyState(
              Feather.BOOK_OPEN,
              "No notes yet",
              "basic-memory notes of the workspace's notes project appear here.",
              EmptyState.step("Open folder…", context.navigator()::openFolder, true));
    }
    return view;
  }

  @Override
  public List<PaletteAction> actions() {
    return List.of();
  }
}
