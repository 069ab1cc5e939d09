package dev.agentworkbench.spec;

/** Replaces the characters {@code [start, end)} of a spec's text with {@code replacement}. */
public record TextEdit(int start, int end, String replacement) {
  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  public boolean overlaps(TextEdit other) {
    return start < other.end && other.start < end
        || start == other.start && end == start && other.end == other.start;
  }
}
