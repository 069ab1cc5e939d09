package dev.agentworkbench.git;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Changed lines picked for a partial stage, unstage or discard: removed lines by their old line
 * number, added lines by their new line number (both 1-based, as the diff shows them).
 */
public record LineSelection(Set<Integer> removed, Set<Integer> added) {

  public LineSelection {
    removed = Set.copyOf(removed);
    added = Set.copyOf(added);
  }

  public static LineSelection of(Collection<DiffLine> lines) {
    Set<Integer> r = new HashSet<>();
    Set<Integer> a = new HashSet<>();
    for (DiffLine line : lines) {
      if (line.kind() == DiffLine.Kind.REMOVED) {
        r.add(line.oldNumber());
      } else if (line.kind() == DiffLine.Kind.ADDED) {
        a.add(line.newNumber());
      }
    }
    return new LineSelection(r, a);
  }

  public boolean isEmpty() {
    return removed.isEmpty() && added.isEmpty();
  }

  /** Includes a removed line (0-based index on the old side). */
  boolean removes(int oldIndex) {
    return removed.contains(oldIndex + 1);
  }

  /** Includes an added line (0-based index on the new side). */
  boolean adds(int newIndex) {
    return added.contains(newIndex + 1);
  }
}
