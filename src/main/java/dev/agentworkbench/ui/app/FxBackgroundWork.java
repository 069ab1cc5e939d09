package dev.agentworkbench.ui.app;

import dev.agentworkbench.workspace.tasks.BackgroundWork;
import dev.agentworkbench.workspace.tasks.NewestWins;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs work as JavaFX {@link Task}s on a small daemon pool and delivers results on the FX thread.
 */
public final class FxBackgroundWork implements BackgroundWork {
  // Cached, not fixed: long waits (check runs, git hooks) must not hold up quick work such as a
  // search.
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread t = new Thread(runnable, "workbench-background");
            t.setDaemon(true);
            return t;
          });
  private final NewestWins newest = new NewestWins();

  @Override
  public <T> Ticket submit(
      String key, Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
    Ticket ticket = newest.next(key);
    Task<T> task =
        new Task<>() {
          @Override
          protected T call() throws Exception {
            if (!ticket.isCurrent()) {
              return null;
            }
            return work.call();
          }
        };
    task.setOnSucceeded(
        e -> {
          if (ticket.isCurrent()) {
            onResult.accept(task.getValue());
          }
        });
    task.setOnFailed(
        e -> {
          if (ticket.isCurrent()) {
            onFailure.accept(task.getException());
          }
        });
    pool.execute(task);
    return ticket;
  }

  /** Runs on the FX thread: now if already there. */
  public static void onFx(Runnable r) {
    if (Platform.isFxApplicationThread()) {
      r.run();
    } else {
      Platform.runLater(r);
    }
  }
}
