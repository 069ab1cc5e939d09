package dev.agentworkbench.workspace.tasks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers requests per key so that a result arriving after a newer request can be recognised as
 * stale.
 */
public final class NewestWins {
  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

  /** Registers a new request under the key and returns its ticket. */
  public BackgroundWork.Ticket next(String key) {
    AtomicLong counter = generations.computeIfAbsent(key, k -> new AtomicLong());
    long mine = counter.incrementAndGet();
    return new BackgroundWork.Ticket() {
      private volatile boolean cancelled;

      @Override
      public void cancel() {
        cancelled = true;
      }

      @Override
      public boolean isCurrent() {
        return !cancelled && counter.get() == mine;
      }
    };
  }
}
