package dev.agentworkbench.quality;

import java.util.List;

/**
 * Whether the files about to be committed passed every enabled check: READY (all passed on the
 * current content), STALE (files changed since the checks ran, or a check has not run on them),
 * FAILING (a check failed, errored, timed out, or is not installed).
 */
public record CommitGate(State state, List<String> reasons) {

  /** The three answers the commit room shows. */
  public enum State {
    READY,
    STALE,
    FAILING
  }

  public CommitGate {
    reasons = List.copyOf(reasons);
  }
}
