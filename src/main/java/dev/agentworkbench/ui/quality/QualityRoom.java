package dev.agentworkbench.ui.quality;

import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.ui.app.PaletteAction;
import dev.agentworkbench.ui.app.Room;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.common.EmptyState;
import dev.agentworkbench.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Quality room: the spec's checks run on the repository's files, live on file changes; an empty
 * state when the workspace is not a git repository.
 */
public final class QualityRoom implements Room {
  private final RoomContext context;
  private QualityViewModel model;
  private StackPane view;
  private AutoCloseable subscription;
  private boolean ranOnce;
  private boolean visible;

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
      Optional<Workspace> ws = context.workspace().get();
      QualityService service = context.quality();
      model = new QualityViewModel(service, context.work(), Platform::runLater);
      QualityView content = new QualityView(model, context.window());
      view = new StackPane();
      context.workspace().addListener((o, a, b) -> show(content, b));
      show(content, ws);
      subscription = context.events().subscribe(model::filesChangedFromWatcher);
    }
    return view;
  }

  private void show(QualityView content, Optional<Workspace> ws) {
    Optional<java.nio.file.Path> repo = ws.flatMap(Workspace::repositoryRoot);
    model.open(repo);
    ranOnce = false;
    runOnceIfShown();
    if (repo.isPresent()) {
      view.getChildren().setAll(content);
    } else {
      view.getChildren()
          .setAll(
              new EmptyState(
                  Feather.CHECK_CIRCLE,
                  ws.isPresent() ? "This folder is not a git repository" : "No workspace open",
                  "The spec's quality checks run here on a git repository's changed files."
                      + " Open a folder inside a git repository.",
                  EmptyState.step("Open folder…", context.navigator()::openFolder, true)));
    }
  }

  /** The first time the room is shown on a repository, its checks run once. */
  @Override
  public void shown() {
    visible = true;
    runOnceIfShown();
  }

  private void runOnceIfShown() {
    if (visible && model != null && !ranOnce && model.repositoryProperty().get().isPresent()) {
      ranOnce = true;
      model.runAllWhenPlanned();
    }
  }

  @Override
  public List<PaletteAction> actions() {
    return List.of(
        PaletteAction.of(
            "Quality",
            "Run all checks",
            () -> {
              context.navigator().showRoom("quality");
              if (model != null) {
                model.runAll();
              }
            }),
        PaletteAction.of(
            "Quality",
            "Cancel running checks",
            () -> {
              if (model != null) {
                model.cancelAll();
              }
            }));
  }

  /** For tests: the room's ViewModel once the view was built. */
  QualityViewModel model() {
    return model;
  }

  AutoCloseable subscription() {
    return subscription;
  }
}
