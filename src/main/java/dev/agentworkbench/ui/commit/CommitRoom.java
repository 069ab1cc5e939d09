package dev.agentworkbench.ui.commit;

import dev.agentworkbench.ui.app.PaletteAction;
import dev.agentworkbench.ui.app.Room;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.common.EmptyState;
import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Commit room. */
public final class CommitRoom implements Room {
  private final RoomContext context;
  private Node view;

  public CommitRoom(RoomContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "commit";
  }

  @Override
  public String title() {
    return "Commit";
  }

  @Override
  public Ikon icon() {
    return Feather.GIT_COMMIT;
  }

  @Override
  public Node view() {
    if (view == null) {
      view =
          new EmptyState(
              Feather.GIT_COMMIT,
              "Nothing to commit",
              "Open a git repository to stage changes and compose attributed commits.",
              EmptyState.step("Open folder…", context.navigator()::openFolder, true));
    }
    return view;
  }

  @Override
  public List<PaletteAction> actions() {
    return List.of();
  }
}
