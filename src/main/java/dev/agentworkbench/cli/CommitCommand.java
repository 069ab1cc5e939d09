package dev.agentworkbench.cli;

import dev.agentworkbench.commit.AgentSuggestion;
import dev.agentworkbench.commit.CommitMessage;
import dev.agentworkbench.commit.CommitOptions;
import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.commit.Footer;
import dev.agentworkbench.commit.MessageCheck;
import dev.agentworkbench.git.CommitRefusedException;
import dev.agentworkbench.git.CommitResult;
import dev.agentworkbench.git.GitException;
import dev.agentworkbench.git.StatusSnapshot;
import dev.agentworkbench.workspace.UserEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code workbench commit}: commits the staged changes with a subject composed by the spec's
 * attribution rule; {@code commit suggest} lists the agents the evidence points at.
 */
@Command(
    name = "commit",
    description = {
      "Commit the staged changes with the subject `type(scope): description - @agent ...`.",
      "The message is checked by the same validator as the room and the commit-msg hook."
    },
    mixinStandardHelpOptions = true,
    subcommands = {CommitSuggestCommand.class})
public final class CommitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--repo", paramLabel = "DIR", description = "The repository (default: here).")
  Path repo;

  @Option(names = "--type", paramLabel = "T", description = "feat, fix, docs, config, ...")
  String type;

  @Option(names = "--scope", paramLabel = "S", description = "The scope in parentheses.")
  String scope;

  @Option(names = "--message", paramLabel = "DESC", description = "The description.")
  String description;

  @Option(names = "--body", paramLabel = "B", description = "The body (after a blank line).")
  String body;

  @ArgGroup(exclusive = true)
  Agents agents;

  /** {@code --agents a,b} or {@code --auto-agents}. */
  static final class Agents {
    @Option(names = "--agents", paramLabel = "a,b", split = ",", description = "Agents to credit.")
    List<String> names;

    @Option(names = "--auto-agents", description = "Credit the agents `commit suggest` finds.")
    boolean auto;
  }

  @Option(
      names = "--claude-home",
      paramLabel = "DIR",
      description = "Claude Code's home (default: $CLAUDE_CONFIG_DIR, else ~/.claude).")
  Path claudeHome;

  @Option(names = "--amend", description = "Replace the last commit (message and staged changes).")
  boolean amend;

  @Option(
      names = "--footer",
      paramLabel = "KEY=VALUE",
      description = "A trailer, e.g. Refs=#12 or \"BREAKING CHANGE=...\" (repeatable).")
  List<String> footers = new ArrayList<>();

  @Override
  public Integer call() {
    if (type == null || description == null) {
      throw new ParameterException(
          spec.commandLine(), "`workbench commit` needs --type T and --message DESC.");
    }
    PrintWriter err = spec.commandLine().getErr();
    CommitService service =
        CommitSetup.service(
            spec.commandLine(),
            Optional.ofNullable(repo),
            Optional.ofNullable(claudeHome),
            UserEnvironment.current());
    try {
      StatusSnapshot status = service.status();
      CommitMessage message =
          new CommitMessage(
              type,
              Optional.ofNullable(scope),
              false,
              description,
              agents(service, status, err),
              body == null ? "" : body,
              footers());
      MessageCheck check = service.validate(message);
      check.warnings().forEach(w -> err.println("warning: " + w.message()));
      if (!check.ok()) {
        check.errors().forEach(e -> err.println("error: " + e.message()));
        return ExitCode.PROBLEMS;
      }
      CommitResult result =
          service.commit(message, new CommitOptions(amend, status.indexFingerprint(), false));
      if (!result.hookOutput().isBlank()) {
        err.print(result.hookOutput());
      }
      result.notes().forEach(err::println);
      spec.commandLine().getOut().println(result.shortId() + " " + result.subject());
      return ExitCode.OK;
    } catch (CommitRefusedException e) {
      if (!e.hookOutput().isBlank()) {
        err.print(e.hookOutput());
      }
      err.println("workbench commit: " + e.getMessage());
      return ExitCode.PROBLEMS;
    } catch (GitException e) {
      err.println("workbench commit: " + e.getMessage());
      return ExitCode.PROBLEMS;
    }
  }

  private List<String> agents(CommitService service, StatusSnapshot status, PrintWriter err)
      throws GitException {
    if (agents == null) {
      return List.of();
    }
    if (agents.auto) {
      List<AgentSuggestion> suggested = service.suggestAgents(status);
      if (suggested.isEmpty()) {
        err.println("warning: no evidence found for any agent; pass --agents a,b.");
      }
      return suggested.stream().map(AgentSuggestion::agent).toList();
    }
    return agents.names.stream()
        .map(String::strip)
        .map(a -> a.startsWith("@") ? a.substring(1) : a)
        .filter(a -> !a.isEmpty())
        .toList();
  }

  private List<Footer> footers() {
    List<Footer> out = new ArrayList<>();
    for (String f : footers) {
      int eq = f.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(spec.commandLine(), "A footer is KEY=VALUE, got: " + f);
      }
      out.add(new Footer(f.substring(0, eq).strip(), f.substring(eq + 1).strip()));
    }
    return out;
  }
}
