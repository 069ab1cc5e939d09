package dev.agentworkbench.ui.spec;

import dev.agentworkbench.ui.app.PaletteAction;
import dev.agentworkbench.ui.app.Room;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.common.EmptyState;
import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Agent spec room. */
public final class SpecRoom implements Room {
  private final RoomContext context;
  private Node view;

  public SpecRoom(RoomContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "spec";
  }

  @Override
  public String title() {
    return "Agent spec";
  }

  @Override
  public Ikon icon() {
    return Feather.FILE_TEXT;
  }

  @Override
  public Node view() {
    if (view == null) {
      view =
          new EmptyState(
              Feather.FILE_TEXT,
              "No agent specs here yet",
              "This workspace has no .claude/agents folder. Open a repository that has agent specs.",
              EmptyState.step("Open folder…", context.navigator()::openFolder, true));
    }
    return view;
  }

  @Override
  public List<PaletteAction> actions() {
    return List.of();
  }
}
