package dev.agentworkbench.workspace.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way slow work (I/O, parsing, git, processes) leaves the UI thread. Work is submitted
 * under a key; when a newer request with the same key arrives, the older one's result is dropped
 * (newest request wins). Results and failures are delivered on the thread that owns the UI (in the
 * app) or on the calling thread (in tests and the CLI).
 */
public interface BackgroundWork {

  /** A submitted piece of work; cancelling it drops its result. */
  interface Ticket {
    void cancel();

    boolean isCurrent();
  }

  <T> Ticket submit(
      String key, Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure);

  /** Work whose key is unique: never superseded. */
  default <T> Ticket submit(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
    return submit(java.util.UUID.randomUUID().toString(), work, onResult, onFailure);
  }
}
