package dev.agentworkbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code workbench <group> ...}. */
@Command(
    name = "workbench",
    mixinStandardHelpOptions = true,
    versionProvider = WorkbenchCommand.Version.class,
    description = {
      "Agent Workbench: agent specs, basic-memory notes, quality checks and attributed commits.",
      "Without arguments (or with only --workspace DIR) it opens the desktop app."
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 problems found, 2 bad usage or bad input.",
      "Machine output (--json / --format) goes to stdout; messages go to stderr."
    },
    subcommands = {
      SpecCommand.class,
      MemoryCommand.class,
      CheckCommand.class,
      CommitMsgCommand.class,
      CommitCommand.class,
      HooksCommand.class
    })
public final class WorkbenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Name a command group, for example `workbench spec lint FILE`.");
  }

  /** Runs the command line and returns its exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new WorkbenchCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("workbench: " + ex.getMessage());
          return ExitCode.USAGE;
        });
    cli.setParameterExceptionHandler(
        (ex, parseArgs) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("workbench: " + ex.getMessage());
          c.getErr().println("Run `" + c.getCommandSpec().qualifiedName() + " --help` for usage.");
          return ExitCode.USAGE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The version from the jar's manifest, or the development version. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Agent Workbench " + version()};
    }

    public static String version() {
      String v = WorkbenchCommand.class.getPackage().getImplementationVersion();
      return v == null ? "0.1.0-dev" : v;
    }
  }
}
