package dev.agentworkbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.agentworkbench.commit.AgentSuggestion;
import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.git.GitException;
import dev.agentworkbench.workspace.UserEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench commit suggest}: the agents to credit, with their evidence. */
@Command(
    name = "suggest",
    description = {
      "List the agents to credit for the change, strongest evidence first:",
      "Claude Code transcripts, the active agent, earlier commits of the same files, the spec's",
      "collaborators. --json prints [{agent, reasons: [...], files: [...]}]."
    },
    mixinStandardHelpOptions = true)
public final class CommitSuggestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--repo", paramLabel = "DIR", description = "The repository (default: here).")
  Path repo;

  @Option(
      names = "--claude-home",
      paramLabel = "DIR",
      description = "Claude Code's home (default: $CLAUDE_CONFIG_DIR, else ~/.claude).")
  Path claudeHome;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CommitService service =
        CommitSetup.service(
            spec.commandLine(),
            Optional.ofNullable(repo),
            Optional.ofNullable(claudeHome),
            UserEnvironment.current());
    List<AgentSuggestion> suggestions;
    try {
      suggestions = service.suggestAgents(service.status());
    } catch (GitException e) {
      err.println("workbench commit suggest: " + e.getMessage());
      return ExitCode.PROBLEMS;
    }
    if (json) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(suggestions));
      return ExitCode.OK;
    }
    if (suggestions.isEmpty()) {
      err.println("No evidence for any agent in this change.");
    }
    for (AgentSuggestion s : suggestions) {
      out.println(service.rule().tag(s.agent()) + "  " + String.join(", ", s.files()));
      s.reasons().forEach(r -> out.println("    " + r));
    }
    return ExitCode.OK;
  }
}
