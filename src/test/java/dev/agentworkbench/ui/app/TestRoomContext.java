package dev.agentworkbench.ui.app;

import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceEvents;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Stage;

/** A room's context for UI tests: same-thread work, no file events, no navigation. */
public final class TestRoomContext {
  /** Drops messages; for tests that assert on the view instead. */
  public static final RoomContext.Notifier QUIET =
      new RoomContext.Notifier() {
        @Override
        public void info(String message) {}

        @Override
        public void error(String message) {}
      };

  /** Fails the test on an error message. */
  public static final RoomContext.Notifier STRICT =
      new RoomContext.Notifier() {
        @Override
        public void info(String message) {}

        @Override
        public void error(String message) {
          throw new AssertionError(message);
        }
      };

  private TestRoomContext() {}

  /** With a quality service of its own, kept under the settings' app home. */
  public static RoomContext of(
      ReadOnlyObjectProperty<Optional<Workspace>> workspace,
      AppSettings settings,
      Stage stage,
      RoomContext.Notifier notifier,
      StringProperty activeAgent) {
    UserEnvironment env =
        new UserEnvironment(
            settings.appHome(),
            java.util.Map.of("AGENT_WORKBENCH_HOME", settings.appHome().toString()));
    return of(
        workspace,
        settings,
        stage,
        notifier,
        activeAgent,
        new QualityService(env, new ProcessRunner()));
  }

  public static RoomContext of(
      ReadOnlyObjectProperty<Optional<Workspace>> workspace,
      AppSettings settings,
      Stage stage,
      RoomContext.Notifier notifier,
      StringProperty activeAgent,
      QualityService quality) {
    return new RoomContext(
        workspace,
        new SameThreadWork(),
        WorkspaceEvents.NONE,
        settings,
        notifier,
        () -> stage,
        new RoomContext.Navigator() {
          @Override
          public void showRoom(String roomId) {}

          @Override
          public void openFolder() {}
        },
        activeAgent,
        new javafx.beans.property.SimpleObjectProperty<>(),
        quality);
  }
}
