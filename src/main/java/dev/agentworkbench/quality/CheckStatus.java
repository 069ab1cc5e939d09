package dev.agentworkbench.quality;

/** Where a check stands; the words the room and the CLI show. */
public enum CheckStatus {
  QUEUED("queued"),
  RUNNING("running"),
  PASSED("passed"),
  FAILED("failed"),
  ERROR("error"),
  TIMED_OUT("timed out"),
  NOT_INSTALLED("not installed"),
  STALE("stale"),
  NOTHING_TO_CHECK("nothing to check"),
  CANCELLED("cancelled");

  private final String label;

  CheckStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The JSON/CLI spelling: {@code timed_out}, {@code not_installed}, ... */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isFinished() {
    return this != QUEUED && this != RUNNING;
  }

  /** A result that should make a commit wait or the CLI exit 1. */
  public boolean isProblem() {
    return this == FAILED || this == ERROR || this == TIMED_OUT;
  }
}
