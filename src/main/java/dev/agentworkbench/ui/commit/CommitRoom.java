package dev.agentworkbench.ui.commit;

import dev.agentworkbench.commit.CommitContext;
import dev.agentworkbench.commit.CommitGate;
import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.commit.GateState;
import dev.agentworkbench.commit.GateStatus;
import dev.agentworkbench.commit.WorkbenchLauncher;
import dev.agentworkbench.git.GitService;
import dev.agentworkbench.ui.app.PaletteAction;
import dev.agentworkbench.ui.app.Room;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.common.EmptyState;
import dev.agentworkbench.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Commit room: stage, review diffs, compose attributed messages, commit, browse history. */
public final class CommitRoom implements Room {
  private final RoomContext context;
  private final CommitRoomViewModel model;
  private StackPane view;
  private Optional<Workspace> workspace = Optional.empty();

  public CommitRoom(RoomContext context) {
    this.context = context;
    this.model = new CommitRoomViewModel(context.work());
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
      view = build();
      context.workspace().addListener((o, was, now) -> open(now));
      context.activeAgent().addListener((o, was, now) -> open(workspace));
      open(context.workspace().get());
      // Lives as long as the room (the window keeps subscriptions across workspace switches).
      context.events().subscribe(paths -> javafx.application.Platform.runLater(model::refresh));
    }
    return view;
  }

  private StackPane build() {
    EmptyState empty =
        new EmptyState(
            Feather.GIT_COMMIT,
            "Not a git repository",
            "The Commit room works on a git repository. Open a folder inside one to stage changes"
                + " and compose attributed commits.",
            EmptyState.step("Open folder…", context.navigator()::openFolder, true));
    CommitRoomView main =
        new CommitRoomView(
            model,
            CommitRoomView.dialogs(context.window()),
            () -> model.installHook(WorkbenchLauncher.current(currentEnvironment())));
    main.visibleProperty().bind(model.available());
    empty.visibleProperty().bind(model.available().not());
    StackPane root = new StackPane(empty, main);
    root.getStylesheets()
        .add(CommitRoom.class.getResource("/dev/agentworkbench/ui/commit.css").toExternalForm());
    return root;
  }

  private dev.agentworkbench.workspace.UserEnvironment currentEnvironment() {
    return workspace
        .map(Workspace::environment)
        .orElseGet(dev.agentworkbench.workspace.UserEnvironment::current);
  }

  private void open(Optional<Workspace> ws) {
    workspace = ws;
    String agent = context.activeAgent().get();
    context
        .work()
        .submit(
            "commit-room-open",
            () ->
                ws.isPresent()
                    ? service(ws.get(), agent, context.quality())
                    : Optional.<CommitService>empty(),
            model::setService,
            e -> context.notifier().error("Commit room: " + e.getMessage()));
  }

  private static Optional<CommitService> service(
      Workspace ws, String activeAgent, dev.agentworkbench.quality.QualityService quality)
      throws java.io.IOException {
    Optional<GitService> git = GitService.find(ws.folder());
    if (git.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CommitService(
            git.get(),
            CommitContext.forWorkspace(
                ws,
                ws.environment().claudeHome(),
                Optional.ofNullable(activeAgent),
                qualityGate(git.get(), quality))));
  }

  /** The Quality room's verdict on the staged files (the same service instance as that room). */
  private static CommitGate qualityGate(
      GitService git, dev.agentworkbench.quality.QualityService quality) {
    return () -> {
      try {
        var staged =
            git.status().in(dev.agentworkbench.git.ChangeArea.STAGED).stream()
                .map(dev.agentworkbench.git.FileChange::path)
                .toList();
        var gate = quality.gate(git.root(), staged);
        GateState state =
            switch (gate.state()) {
              case READY -> GateState.READY;
              case STALE -> GateState.STALE;
              case FAILING -> GateState.FAILING;
            };
        return new GateStatus(
            state,
            gate.reasons().isEmpty()
                ? "Every enabled check passed"
                : String.join("; ", gate.reasons()));
      } catch (java.io.IOException | dev.agentworkbench.git.GitException e) {
        return new GateStatus(
            GateState.UNKNOWN, "The quality gate could not be read: " + e.getMessage());
      }
    };
  }

  @Override
  public void shown() {
    model.refresh();
  }

  @Override
  public List<PaletteAction> actions() {
    return List.of(
        PaletteAction.of("Commit", "Refresh changes", model::refresh),
        PaletteAction.of("Commit", "Stage all changes", model::stageAll),
        PaletteAction.of(
            "Commit",
            "Install commit-msg hook",
            () -> model.installHook(WorkbenchLauncher.current(currentEnvironment()))));
  }

  CommitRoomViewModel model() {
    return model;
  }
}
