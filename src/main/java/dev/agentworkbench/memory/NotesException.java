package dev.agentworkbench.memory;

/**
 * A note operation that could not be done; the message is basic-memory's text for the same case,
 * the heading is the title basic-memory's tools put above it.
 */
public class NotesException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String heading;
  private final String code;

  public NotesException(String heading, String code, String message) {
    super(message);
    this.heading = heading;
    this.code = code;
  }

  /** A heading such as "Edit Failed - Text Not Found". */
  public String heading() {
    return heading;
  }

  /** A machine code such as NOTE_NOT_FOUND, used in JSON replies. */
  public String code() {
    return code;
  }
}
