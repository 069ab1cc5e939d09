package dev.agentworkbench.testing;

import dev.agentworkbench.cli.WorkbenchCommand;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in-process, as a script sees it: exit code, stdout, stderr. */
public record CliRun(int code, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WorkbenchCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }
}
