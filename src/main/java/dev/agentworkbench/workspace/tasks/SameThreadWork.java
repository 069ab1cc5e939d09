package dev.agentworkbench.workspace.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: for tests and the command line. */
public final class SameThreadWork implements BackgroundWork {
  private final NewestWins newest = new NewestWins();

  @Override
  public <T> Ticket submit(
      String key, Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
    Ticket ticket = newest.next(key);
    T result;
    try {
      result = work.call();
    } catch (Exception e) {
      if (ticket.isCurrent()) {
        onFailure.accept(e);
      }
      return ticket;
    }
    if (ticket.isCurrent()) {
      onResult.accept(result);
    }
    return ticket;
  }
}
