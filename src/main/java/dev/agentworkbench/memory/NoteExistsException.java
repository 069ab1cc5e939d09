package dev.agentworkbench.memory;

/** write refused: a note already exists at the path and overwrite was not asked for. */
public final class NoteExistsException extends NotesException {
  private static final long serialVersionUID = 1L;

  private final String filePath;
  private final String permalink;

  public NoteExistsException(String filePath) {
    this(filePath, "");
  }

  /** With the existing note's permalink, for basic-memory's conflict JSON. */
  public NoteExistsException(String filePath, String permalink) {
    super(
        "Error: Note already exists",
        "NOTE_ALREADY_EXISTS",
        "Note already exists at " + filePath + ".",
        "Use `workbench memory edit` (append, prepend, replace_section) to change it, `workbench"
            + " memory write ... --overwrite` to replace it, or `workbench memory read` to see it.");
    this.filePath = filePath;
    this.permalink = permalink;
  }

  public String filePath() {
    return filePath;
  }

  /** The existing note's permalink; empty when not known. */
  public String permalink() {
    return permalink;
  }
}
