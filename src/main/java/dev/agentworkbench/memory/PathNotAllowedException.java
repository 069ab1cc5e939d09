package dev.agentworkbench.memory;

/** A path, title or URL that would leave the project (traversal, home, absolute, control chars). */
public final class PathNotAllowedException extends NotesException {
  private static final long serialVersionUID = 1L;

  public PathNotAllowedException(String what, String value) {
    super(
        "Error",
        "SECURITY_VALIDATION_ERROR",
        what + " '" + value + "' is not allowed - paths must stay within project boundaries");
  }
}
