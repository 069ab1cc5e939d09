package dev.agentworkbench.spec;

/**
 * One top-level key of the frontmatter as written: its key, its raw value text (the rest of the key
 * line plus any continuation lines) and where that value sits in the file.
 */
public record FrontmatterEntry(
    String key, String rawValue, int line, int keyOffset, int valueStart, int valueEnd) {

  /** The value read tolerantly: quotes removed, block scalars and folded lines joined. */
  public String text() {
    return ScalarText.read(rawValue);
  }
}
