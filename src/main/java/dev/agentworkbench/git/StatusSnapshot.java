package dev.agentworkbench.git;

import java.util.List;

/**
 * What git status showed at one moment, with a fingerprint of the index so that a commit can check
 * that it commits exactly what the user saw.
 */
public record StatusSnapshot(RepoState state, List<FileChange> changes, String indexFingerprint) {

  public StatusSnapshot {
    changes = List.copyOf(changes);
  }

  public List<FileChange> in(ChangeArea area) {
    return changes.stream().filter(c -> c.area() == area).toList();
  }

  public boolean hasStaged() {
    return changes.stream().anyMatch(c -> c.area() == ChangeArea.STAGED);
  }

  public boolean hasConflicts() {
    return changes.stream().anyMatch(c -> c.area() == ChangeArea.CONFLICTED);
  }

  /** Every changed path once, staged first. */
  public List<String> paths() {
    return changes.stream().map(FileChange::path).distinct().toList();
  }
}
