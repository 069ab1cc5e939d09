package dev.agentworkbench.git;

/** A commit did not happen; the reason says why in the user's words. */
public final class CommitRefusedException extends GitException {
  private static final long serialVersionUID = 1L;

  /** Why a commit was refused. */
  public enum Reason {
    CONFLICTS,
    INDEX_LOCKED,
    INDEX_CHANGED,
    SIGNING_UNAVAILABLE,
    HOOK_REJECTED,
    CANNOT_AMEND,
    NOTHING_STAGED,
    WRONG_STATE,
    INVALID_MESSAGE,
    GATE_NOT_CONFIRMED
  }

  private final Reason reason;
  private final String hookOutput;

  public CommitRefusedException(Reason reason, String message) {
    this(reason, message, "", null);
  }

  public CommitRefusedException(Reason reason, String message, String hookOutput, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.hookOutput = hookOutput;
  }

  public Reason reason() {
    return reason;
  }

  /** What the hooks printed, empty when no hook ran. */
  public String hookOutput() {
    return hookOutput;
  }
}
