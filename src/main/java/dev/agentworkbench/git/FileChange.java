package dev.agentworkbench.git;

import java.util.Optional;

/**
 * One changed file in one area; a renamed file carries the path it had before, a binary file is
 * marked so that no text diff is offered.
 */
public record FileChange(
    String path, Optional<String> oldPath, ChangeArea area, ChangeKind kind, boolean binary) {

  public static FileChange of(String path, ChangeArea area, ChangeKind kind, boolean binary) {
    return new FileChange(path, Optional.empty(), area, kind, binary);
  }

  /** {@code old -> new} for renames, the path otherwise. */
  public String label() {
    return oldPath.map(old -> old + " → " + path).orElse(path);
  }
}
