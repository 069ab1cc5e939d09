package dev.agentworkbench.ui.quality;

import dev.agentworkbench.ui.app.PaletteAction;
import dev.agentworkbench.ui.app.Room;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.common.EmptyState;
import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Quality room. */
public final class QualityRoom implements Room {
  private final RoomContext context;
  private Node view;

  public QualityRoom(RoomContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "quality";
  }

  @Override
  public String title() {
    return "Quality";
  }

  @Override
  public Ikon icon() {
    return Feather.CHECK_CIRCLE;
  }

  @Override
  public Node view() {
    if (view == null) {
      view =
          new EmptyState(
              Feather.CHECK_CIRCLE,
              "No checks have run",
              "The spec's quality checks run here on the repository's changed files.",
              EmptyState.step("Open folder…", context.navigator()::openFolder, true));
    }
    return view;
  }

  @Override
  public List<PaletteAction> actions() {
    return List.of();
  }
}
