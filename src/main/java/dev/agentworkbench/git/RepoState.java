package dev.agentworkbench.git;

import java.util.Optional;

/**
 * The repository's condition for committing: the branch (or the commit id on a detached HEAD),
 * whether the branch has no commit yet, whether a merge (or cherry-pick, revert, rebase) is under
 * way with its prepared message, and whether another process holds {@code index.lock}.
 */
public record RepoState(
    String branch,
    boolean unborn,
    boolean detached,
    Operation operation,
    Optional<String> preparedMessage,
    boolean indexLocked) {

  /** A multi-step git operation in progress. */
  public enum Operation {
    NONE,
    MERGING,
    MERGING_RESOLVED,
    CHERRY_PICKING,
    REVERTING,
    REBASING,
    OTHER
  }

  public boolean merging() {
    return operation == Operation.MERGING || operation == Operation.MERGING_RESOLVED;
  }

  /** Amend makes no sense on an unborn branch nor in the middle of a merge. */
  public boolean canAmend() {
    return !unborn && operation == Operation.NONE;
  }
}
