package dev.agentworkbench.memory;

/**
 * A note operation that could not be done; the message is basic-memory's text for the same case,
 * the heading is the title basic-memory's tools put above it.
 */
public class NotesException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String heading;
  private final String code;
  private final String advice;

  public NotesException(String heading, String code, String message) {
    this(heading, code, message, "");
  }

  /**
   * With {@code advice}: what to run next on the command line, which the message ends with and the
   * desktop room leaves out (its own buttons do it).
   */
  protected NotesException(String heading, String code, String message, String advice) {
    super(advice.isEmpty() ? message : message + " " + advice);
    this.heading = heading;
    this.code = code;
    this.advice = advice;
  }

  /** The message without the command line's advice. */
  public String withoutAdvice() {
    String m = getMessage();
    return advice.isEmpty() ? m : m.substring(0, m.length() - advice.length() - 1);
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
