package dev.agentworkbench.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A basic-memory project: a name and its folder. {@code fromConfig} says whether it came from
 * basic-memory's config or is the stated default {@code ~/basic-memory}.
 */
public record NotesProject(String name, Path root, boolean fromConfig) {

  /** A configured project whose folder is gone is shown as missing, not as an error. */
  public boolean isMissing() {
    return !Files.isDirectory(root);
  }
}
