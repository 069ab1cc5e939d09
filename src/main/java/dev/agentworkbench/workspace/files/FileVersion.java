package dev.agentworkbench.workspace.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A file's content as it was read, with the checksum that a later save compares against to detect
 * changes made on disk in the meantime.
 */
public record FileVersion(Path path, byte[] content, String checksum) {

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }
}
