package dev.agentworkbench.cli;

import java.io.PrintWriter;

/** What a command group says until its room's service lands. */
final class NotAvailableYet {
  private NotAvailableYet() {}

  static int say(PrintWriter err, String group) {
    err.println(
        "workbench "
            + group
            + ": not available yet in this version. See `workbench --help` for the commands that are.");
    return ExitCode.USAGE;
  }
}
