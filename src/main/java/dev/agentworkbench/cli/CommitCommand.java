package dev.agentworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The `commit` command group. */
@Command(name = "commit", description = "Not available yet.", mixinStandardHelpOptions = true)
public final class CommitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotAvailableYet.say(spec.commandLine().getErr(), "commit");
  }
}
