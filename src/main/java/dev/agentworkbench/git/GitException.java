package dev.agentworkbench.git;

/** A git operation failed; the message says what happened and what to do next. */
public class GitException extends Exception {
  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }

  public GitException(String message, Throwable cause) {
    super(message, cause);
  }
}
