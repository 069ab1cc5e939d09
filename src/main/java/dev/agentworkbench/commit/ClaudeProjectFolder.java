package dev.agentworkbench.commit;

import java.nio.file.Path;

/**
 * The folder Claude Code keeps a working directory's transcripts in, under {@code
 * <claude-home>/projects}: the directory's path with every character that is not an ASCII letter or
 * digit replaced by {@code -} ({@code /home/u/repo} is {@code -home-u-repo}, {@code C:\repo} is
 * {@code C--repo}). The name is lossy, so a session's recorded {@code cwd} stays the truth.
 */
public final class ClaudeProjectFolder {
  private ClaudeProjectFolder() {}

  /** The folder name for a working directory written as that platform writes it. */
  public static String nameOf(String workingDirectory) {
    // Claude Code replaces per UTF-16 unit (a JavaScript regex without the u flag): so does this.
    StringBuilder name = new StringBuilder(workingDirectory.length());
    for (int i = 0; i < workingDirectory.length(); i++) {
      char c = workingDirectory.charAt(i);
      boolean kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      name.append(kept ? c : '-');
    }
    return name.toString();
  }

  public static String nameOf(Path workingDirectory) {
    return nameOf(workingDirectory.toString());
  }

  /**
   * Whether a project folder of this name can hold sessions run in the directory or a folder below
   * it.
   */
  public static boolean mayHoldSessionsOf(String folderName, String workingDirectory) {
    String name = nameOf(workingDirectory);
    return folderName.equals(name) || folderName.startsWith(name + "-");
  }
}
