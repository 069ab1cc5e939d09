package dev.agentworkbench.quality;

import java.util.Locale;
import java.util.Optional;

/** Which files the checks look at. */
public enum Scope {
  /** Staged + unstaged + untracked, deletions excluded (the default). */
  CHANGED("changed", "Changed files: staged, unstaged and untracked (deleted files left out)."),
  /** What the next commit holds. */
  STAGED("staged", "Staged files: what the next commit holds."),
  /** The spec's own {@code git diff --name-only --diff-filter=AM}. */
  SPEC(
      "spec",
      "As the spec says (git diff --name-only --diff-filter=AM): this compares the working tree"
          + " with the index, so staged and untracked files are left out."),
  /** Every file in the repository that git does not ignore. */
  ALL("all", "All files in the repository that git does not ignore.");

  private final String key;
  private final String note;

  Scope(String key, String note) {
    this.key = key;
    this.note = note;
  }

  public String key() {
    return key;
  }

  /** One plain sentence saying what the scope holds (and, for the spec scope, what it misses). */
  public String note() {
    return note;
  }

  public static Optional<Scope> parse(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    for (Scope s : values()) {
      if (s.key.equals(w)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
