package dev.agentworkbench.commit;

/** The quality gate as the commit button shows it. */
public enum GateState {
  READY,
  STALE,
  FAILING,
  UNKNOWN
}
