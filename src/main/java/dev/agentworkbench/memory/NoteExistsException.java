package dev.agentworkbench.memory;

/** write refused: a note already exists at the path and overwrite was not asked for. */
public final class NoteExistsException extends NotesException {
  private static final long serialVersionUID = 1L;

  public NoteExistsException(String filePath) {
    super(
        "Error: Note already exists",
        "NOTE_ALREADY_EXISTS",
        "Note already exists at "
            + filePath
            + ". Use `workbench memory edit` (append, prepend, replace_section) to change it,"
            + " `workbench memory write ... --overwrite` to replace it, or `workbench memory read`"
            + " to see it.");
  }
}
