package dev.agentworkbench.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The open workspace: the folder the user opened, the git repository around it (if any), the agent
 * folders in precedence order (project folders first, nearest first; then the user's), and the
 * notes configuration.
 */
public record Workspace(
    Path folder,
    Optional<Path> repositoryRoot,
    List<Path> projectAgentDirs,
    Path userAgentDir,
    NotesConfig notes,
    UserEnvironment environment) {

  public Workspace {
    projectAgentDirs = List.copyOf(projectAgentDirs);
  }

  /** Every agent folder in precedence order (project over user). */
  public List<Path> agentDirs() {
    List<Path> all = new java.util.ArrayList<>(projectAgentDirs);
    all.add(userAgentDir);
    return all;
  }

  public boolean hasProjectAgents() {
    return projectAgentDirs.stream().anyMatch(java.nio.file.Files::isDirectory);
  }
}
