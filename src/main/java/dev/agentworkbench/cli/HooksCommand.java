package dev.agentworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The `hooks` command group. */
@Command(name = "hooks", description = "Not available yet.", mixinStandardHelpOptions = true)
public final class HooksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotAvailableYet.say(spec.commandLine().getErr(), "hooks");
  }
}
