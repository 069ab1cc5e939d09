package dev.agentworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The `spec` command group. */
@Command(name = "spec", description = "Not available yet.", mixinStandardHelpOptions = true)
public final class SpecCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotAvailableYet.say(spec.commandLine().getErr(), "spec");
  }
}
