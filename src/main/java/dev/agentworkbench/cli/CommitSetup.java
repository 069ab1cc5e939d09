package dev.agentworkbench.cli;

import dev.agentworkbench.commit.CommitContext;
import dev.agentworkbench.commit.CommitGate;
import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.git.GitService;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.WorkspaceLocator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Builds the commit service for a command: the repository around {@code --repo} (or the current
 * folder), Claude Code's home ({@code --claude-home}, else {@code $CLAUDE_CONFIG_DIR}, else {@code
 * ~/.claude}), and the workspace's active spec: its attribution rule, catalog and active agent.
 */
final class CommitSetup {
  private CommitSetup() {}

  static CommitService service(
      CommandLine cli, Optional<Path> repo, Optional<Path> claudeHome, UserEnvironment env) {
    Path folder = repo.orElse(Path.of("")).toAbsolutePath().normalize();
    GitService git =
        GitService.find(folder)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        cli,
                        folder
                            + " is not inside a git repository. Pass --repo DIR or run the command"
                            + " in a repository."));
    Path home = claudeHome.map(p -> p.toAbsolutePath().normalize()).orElse(env.claudeHome());
    try {
      var workspace = new WorkspaceLocator(env).open(folder);
      return new CommitService(
          git, CommitContext.forWorkspace(workspace, home, Optional.empty(), CommitGate.none()));
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          cli, "The agent specs of " + folder + " could not be read: " + e.getMessage());
    }
  }
}
