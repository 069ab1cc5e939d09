package dev.agentworkbench.memory;

/** An edit that could not be applied: text not found, wrong count, section problems. */
public final class EditFailedException extends NotesException {
  private static final long serialVersionUID = 1L;

  public EditFailedException(String reason, String code, String message) {
    super("Edit Failed - " + reason, code, message);
  }
}
