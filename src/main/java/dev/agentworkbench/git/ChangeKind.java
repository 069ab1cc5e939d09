package dev.agentworkbench.git;

/** What happened to a file, as git status would put it. */
public enum ChangeKind {
  ADDED,
  MODIFIED,
  DELETED,
  RENAMED,
  UNTRACKED,
  CONFLICTED;

  /** The one-letter code git status uses. */
  public String letter() {
    return switch (this) {
      case ADDED -> "A";
      case MODIFIED -> "M";
      case DELETED -> "D";
      case RENAMED -> "R";
      case UNTRACKED -> "?";
      case CONFLICTED -> "U";
    };
  }
}
