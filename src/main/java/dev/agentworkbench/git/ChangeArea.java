package dev.agentworkbench.git;

/** Where a change sits: in the index, in the work tree, new and unknown to git, or in conflict. */
public enum ChangeArea {
  STAGED,
  UNSTAGED,
  UNTRACKED,
  CONFLICTED
}
