package dev.agentworkbench.memory;

/** No note matches an identifier. */
public final class NoteNotFoundException extends NotesException {
  private static final long serialVersionUID = 1L;

  public NoteNotFoundException(String identifier, String project) {
    super(
        "Note Not Found in " + project + ": \"" + identifier + "\"",
        "NOTE_NOT_FOUND",
        "Note not found: '" + identifier + "'.",
        "Try `workbench memory search` with other words, or `workbench memory recent` to see what"
            + " changed lately.");
  }
}
