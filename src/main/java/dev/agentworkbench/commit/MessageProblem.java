package dev.agentworkbench.commit;

/** One thing wrong with a commit message: an error blocks the commit, a warning does not. */
public record MessageProblem(Severity severity, String message) {

  /** How bad a problem is. */
  public enum Severity {
    ERROR,
    WARNING
  }

  static MessageProblem error(String message) {
    return new MessageProblem(Severity.ERROR, message);
  }

  static MessageProblem warning(String message) {
    return new MessageProblem(Severity.WARNING, message);
  }
}
