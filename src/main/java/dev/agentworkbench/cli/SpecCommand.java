package dev.agentworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The `spec` command group: list, lint and show Claude Code agent specs. */
@Command(
    name = "spec",
    description = "List, lint (and fix) and show Claude Code agent specs.",
    mixinStandardHelpOptions = true,
    subcommands = {SpecListCommand.class, SpecLintCommand.class, SpecShowCommand.class})
public final class SpecCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("workbench spec: name a command: list, lint or show.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
