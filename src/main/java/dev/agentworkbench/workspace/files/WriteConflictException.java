package dev.agentworkbench.workspace.files;

import java.nio.file.Path;

/** A save found the file changed on disk since it was read; nothing was written. */
public final class WriteConflictException extends Exception {
  private static final long serialVersionUID = 1L;
  private final Path path;

  public WriteConflictException(Path path, String detail) {
    super(
        path
            + " "
            + detail
            + ". Nothing was written: reload the file or save your version under another name.");
    this.path = path;
  }

  public Path path() {
    return path;
  }
}
