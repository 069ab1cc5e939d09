package dev.agentworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code memory} command group: basic-memory's tools for scripts and agents. */
@Command(
    name = "memory",
    mixinStandardHelpOptions = true,
    description = {
      "basic-memory notes: write, read, search, build context, edit, move, delete, recent activity.",
      "Select the project with --project NAME (from basic-memory's config) or --home DIR."
    },
    subcommands = {
      MemoryWriteCommand.class,
      MemoryReadCommand.class,
      MemorySearchCommand.class,
      MemoryContextCommand.class,
      MemoryEditCommand.class,
      MemoryMoveCommand.class,
      MemoryDeleteCommand.class,
      MemoryRecentCommand.class
    })
public final class MemoryCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Name a memory command: write, read, search, context, edit, move, delete or recent.");
  }
}
