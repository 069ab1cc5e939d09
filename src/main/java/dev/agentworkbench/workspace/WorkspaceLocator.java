package dev.agentworkbench.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opens a folder as a workspace: finds its repository, agent folders and notes project. */
public final class WorkspaceLocator {
  private final UserEnvironment environment;

  public WorkspaceLocator(UserEnvironment environment) {
    this.environment = environment;
  }

  public Workspace open(Path folder) throws IOException {
    Path dir = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a folder. Open an existing folder as the workspace.");
    }
    Optional<Path> repo = repositoryRoot(dir);
    return new Workspace(
        dir,
        repo,
        projectAgentDirs(dir, repo),
        environment.claudeHome().resolve("agents"),
        NotesConfig.load(environment),
        environment);
  }

  /** The work tree of the git repository that holds the folder, if there is one. */
  public static Optional<Path> repositoryRoot(Path dir) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (var repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        return Optional.empty();
      }
      return Optional.of(repository.getWorkTree().toPath().toAbsolutePath().normalize());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The checked-out branch, or the short commit id on a detached HEAD. */
  public static Optional<String> currentBranch(Path repositoryRoot) {
    try (var repository =
        new FileRepositoryBuilder()
            .findGitDir(repositoryRoot.toFile())
            .setMustExist(true)
            .build()) {
      return Optional.ofNullable(repository.getBranch());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code .claude/agents} in the folder and each parent up to the repository root, nearest first.
   */
  static List<Path> projectAgentDirs(Path dir, Optional<Path> repo) {
    List<Path> dirs = new ArrayList<>();
    Path current = dir;
    while (current != null) {
      dirs.add(current.resolve(".claude").resolve("agents"));
      if (repo.isEmpty() || current.equals(repo.get())) {
        break;
      }
      current = current.getParent();
    }
    return dirs;
  }
}
