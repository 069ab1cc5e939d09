package dev.agentworkbench.git;

import java.util.List;

/** A block of a diff with its {@code @@ -a,b +c,d @@} header and its lines. */
public record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<DiffLine> lines) {

  public Hunk {
    lines = List.copyOf(lines);
  }

  public String header() {
    return "@@ -" + range(oldStart, oldCount) + " +" + range(newStart, newCount) + " @@";
  }

  private static String range(int start, int count) {
    return count == 1 ? Integer.toString(start) : start + "," + count;
  }

  /** Selects every changed line of this hunk, as staging the whole hunk does. */
  public LineSelection selectAll() {
    return LineSelection.of(lines);
  }
}
