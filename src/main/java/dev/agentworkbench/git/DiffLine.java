package dev.agentworkbench.git;

import java.util.List;

/**
 * One line of a diff: context, removed or added, with its line numbers on each side (0 when it has
 * none) and the character ranges that changed within it (word-level highlights).
 */
public record DiffLine(Kind kind, int oldNumber, int newNumber, String text, List<Span> changed) {

  /** What the line is in the diff. */
  public enum Kind {
    CONTEXT,
    REMOVED,
    ADDED;

    public char marker() {
      return switch (this) {
        case CONTEXT -> ' ';
        case REMOVED -> '-';
        case ADDED -> '+';
      };
    }
  }

  /** A changed character range {@code [start, end)} within the line's text. */
  public record Span(int start, int end) {}

  public DiffLine {
    changed = List.copyOf(changed);
  }

  public boolean isChange() {
    return kind != Kind.CONTEXT;
  }

  public String unified() {
    return kind.marker() + text;
  }
}
