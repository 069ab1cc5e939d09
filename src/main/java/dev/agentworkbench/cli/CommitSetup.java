package dev.agentworkbench.cli;

import dev.agentworkbench.commit.AgentCatalogReader;
import dev.agentworkbench.commit.CommitContext;
import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.git.GitService;
import dev.agentworkbench.workspace.UserEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Builds the commit service for a command: the repository around {@code --repo} (or the current
 * folder), Claude Code's home ({@code --claude-home}, else {@code $CLAUDE_CONFIG_DIR}, else {@code
 * ~/.claude}), and the agent names read from {@code .claude/agents} (until the spec room's catalog
 * is wired in).
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
    List<String> agents =
        AgentCatalogReader.read(
            List.of(git.root().resolve(".claude").resolve("agents"), home.resolve("agents")));
    return new CommitService(git, CommitContext.defaults(home, agents));
  }
}
