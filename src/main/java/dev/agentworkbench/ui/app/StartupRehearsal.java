package dev.agentworkbench.ui.app;

import dev.agentworkbench.workspace.UserEnvironment;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * The start-up training's walk through the real window: every room shown with its content, both
 * themes, then exit. It runs on the headless Monocle platform while a class-data-sharing archive is
 * being dumped, so the archive holds what a real start loads (lambdas, skins, CSS) and not only
 * what a class-loading sweep can reach.
 */
public final class StartupRehearsal {
  private static final Duration SETTLE = Duration.millis(1500);
  private final MainWindow window;
  private final Deque<Runnable> steps = new ArrayDeque<>();

  StartupRehearsal(MainWindow window) {
    this.window = window;
  }

  /** A user environment whose home and app home are the rehearsal's throw-away folder. */
  public static UserEnvironment environment(Path home) {
    return new UserEnvironment(
        home, Map.of("AGENT_WORKBENCH_HOME", home.resolve("app").toString()));
  }

  void run() {
    for (String room : List.of("spec", "memory", "quality", "commit", "spec")) {
      steps.add(() -> window.showRoom(room));
    }
    steps.add(() -> window.model().toggleTheme());
    steps.add(() -> window.model().toggleTheme());
    steps.add(Platform::exit);
    next();
  }

  private void next() {
    Runnable step = steps.poll();
    if (step == null) {
      return;
    }
    PauseTransition settle = new PauseTransition(SETTLE);
    settle.setOnFinished(e -> next());
    try {
      step.run();
    } catch (RuntimeException | LinkageError e) {
      // The rehearsal goes on: the archive still gains the other rooms; the failure is shown.
      System.err.println("startup training: a rehearsal step failed: " + e);
    } finally {
      settle.play();
    }
  }
}
