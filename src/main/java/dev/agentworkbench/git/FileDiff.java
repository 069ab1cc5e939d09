package dev.agentworkbench.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The diff of one file in one area (index against HEAD, or work tree against index), in hunks;
 * binary files have no hunks. Gives the unified text and the rows of a side-by-side view.
 */
public record FileDiff(String path, ChangeArea area, boolean binary, List<Hunk> hunks) {

  /** One row of a side-by-side view: the old line on the left, the new on the right. */
  public record Row(Optional<DiffLine> left, Optional<DiffLine> right, Optional<Hunk> header) {}

  public FileDiff {
    hunks = List.copyOf(hunks);
  }

  public int lineCount() {
    return hunks.stream().mapToInt(h -> h.lines().size() + 1).sum();
  }

  /** The diff as {@code git diff} prints its hunks. */
  public String unified() {
    StringBuilder out = new StringBuilder();
    for (Hunk h : hunks) {
      out.append(h.header()).append('\n');
      for (DiffLine line : h.lines()) {
        out.append(line.unified()).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Side-by-side rows: context lines on both sides; within a block of changes, removed lines pair
   * up with added lines in order, the longer side running on alone.
   */
  public List<Row> sideBySide() {
    List<Row> rows = new ArrayList<>(lineCount());
    for (Hunk h : hunks) {
      rows.add(new Row(Optional.empty(), Optional.empty(), Optional.of(h)));
      List<DiffLine> removed = new ArrayList<>();
      List<DiffLine> added = new ArrayList<>();
      for (DiffLine line : h.lines()) {
        switch (line.kind()) {
          case REMOVED -> removed.add(line);
          case ADDED -> added.add(line);
          case CONTEXT -> {
            flush(rows, removed, added);
            rows.add(new Row(Optional.of(line), Optional.of(line), Optional.empty()));
          }
        }
      }
      flush(rows, removed, added);
    }
    return rows;
  }

  private static void flush(List<Row> rows, List<DiffLine> removed, List<DiffLine> added) {
    int n = Math.max(removed.size(), added.size());
    for (int i = 0; i < n; i++) {
      Optional<DiffLine> l = i < removed.size() ? Optional.of(removed.get(i)) : Optional.empty();
      Optional<DiffLine> r = i < added.size() ? Optional.of(added.get(i)) : Optional.empty();
      rows.add(new Row(l, r, Optional.empty()));
    }
    removed.clear();
    added.clear();
  }
}
