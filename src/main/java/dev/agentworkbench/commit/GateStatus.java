package dev.agentworkbench.commit;

/** The gate's state with a short summary for the commit button. */
public record GateStatus(GateState state, String summary) {
  /** Committing while checks fail or are out of date needs the user's explicit go-ahead. */
  public boolean needsConfirmation() {
    return state == GateState.FAILING || state == GateState.STALE;
  }
}
