package dev.agentworkbench.quality;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The last finished runs of each check (newest first), for the tiles' trend and the gate. */
public final class ResultBook {
  private static final int KEEP = 10;
  private final Map<String, Deque<CheckResult>> byCheck = new ConcurrentHashMap<>();

  /** Records a finished run; queued/running/cancelled updates are not history. */
  public void record(CheckResult result) {
    if (!result.status().isFinished() || result.status() == CheckStatus.CANCELLED) {
      return;
    }
    Deque<CheckResult> runs = byCheck.computeIfAbsent(result.name(), k -> new ArrayDeque<>());
    synchronized (runs) {
      runs.addFirst(result);
      while (runs.size() > KEEP) {
        runs.removeLast();
      }
    }
  }

  public Optional<CheckResult> latest(String check) {
    Deque<CheckResult> runs = byCheck.get(check);
    if (runs == null) {
      return Optional.empty();
    }
    synchronized (runs) {
      return Optional.ofNullable(runs.peekFirst());
    }
  }

  /** Newest first, at most ten. */
  public List<CheckResult> history(String check) {
    Deque<CheckResult> runs = byCheck.get(check);
    if (runs == null) {
      return List.of();
    }
    synchronized (runs) {
      return List.copyOf(runs);
    }
  }

  public void clear() {
    byCheck.clear();
  }
}
