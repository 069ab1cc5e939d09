package dev.agentworkbench.cli;

import dev.agentworkbench.commit.AttributionRule;
import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.commit.CommitTypes;
import dev.agentworkbench.commit.MessageCheck;
import dev.agentworkbench.commit.MessageProblem;
import dev.agentworkbench.commit.MessageValidator;
import dev.agentworkbench.git.GitService;
import dev.agentworkbench.spec.policy.AttributionPolicy;
import dev.agentworkbench.workspace.UserEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbench commit-msg check FILE|-}: validates a commit message (the hook runs this). */
@Command(
    name = "commit-msg",
    description = "Validate commit messages against the agent spec's attribution rule.",
    mixinStandardHelpOptions = true,
    subcommands = {CommitMsgCommand.Check.class})
public final class CommitMsgCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Name a subcommand: `commit-msg check FILE`.");
  }

  /** {@code commit-msg check FILE|-}. */
  @Command(
      name = "check",
      description = {
        "Check a commit message file (or - for standard input).",
        "Exit 1 with the reasons when the message breaks the rule; warnings do not fail."
      },
      mixinStandardHelpOptions = true)
  public static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The message file, or -.")
    String file;

    @Option(
        names = "--repo",
        paramLabel = "DIR",
        description = "The repository whose agents count as known (default: the current folder).")
    Path repo;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      String text = read();
      CommitService service =
          CommitSetup.service(
              spec.commandLine(),
              Optional.ofNullable(repo),
              Optional.empty(),
              UserEnvironment.current());
      MessageCheck check = service.validate(text);
      for (MessageProblem p : check.problems()) {
        err.println(
            (p.severity() == MessageProblem.Severity.ERROR ? "error: " : "warning: ")
                + p.message());
      }
      if (!check.ok()) {
        err.println(
            "workbench: commit message rejected (subject: \""
                + check.subject()
                + "\", "
                + check.subjectLength()
                + " characters).");
        return ExitCode.PROBLEMS;
      }
      return ExitCode.OK;
    }

    /** The repository's validator; outside a repository, the default rule with no catalog. */
    private MessageValidator validator() {
      Path folder = Optional.ofNullable(repo).orElse(Path.of("")).toAbsolutePath();
      if (GitService.find(folder).isEmpty()) {
        if (repo != null) {
          throw new ParameterException(
              spec.commandLine(), repo + " is not inside a git repository.");
        }
        AttributionRule rule = AttributionRule.seed();
        return new MessageValidator(
            rule, CommitTypes.of(AttributionPolicy.defaults(), rule), java.util.List.of());
      }
      CommitService service =
          CommitSetup.service(
              spec.commandLine(),
              Optional.ofNullable(repo),
              Optional.empty(),
              UserEnvironment.current());
      return service.validator();
    }

    private String read() throws IOException {
      if (file.equals("-")) {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
      }
      try {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), "No such message file: " + file);
      }
    }
  }
}
