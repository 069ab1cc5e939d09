package dev.agentworkbench.commit;

/**
 * How to commit: amend or not, the index fingerprint the user reviewed (empty: do not check), and
 * whether the user confirmed committing past a failing or stale gate.
 */
public record CommitOptions(boolean amend, String reviewedIndex, boolean gateConfirmed) {
  public static CommitOptions plain() {
    return new CommitOptions(false, "", false);
  }
}
