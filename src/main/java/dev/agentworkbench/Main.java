package dev.agentworkbench;

import dev.agentworkbench.cli.WorkbenchCommand;
import dev.agentworkbench.ui.app.AppLauncher;
import dev.agentworkbench.ui.app.StartupTraining;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Entry point. No arguments, or only the desktop options ({@code --workspace DIR}, {@code
 * --startup-report}): the desktop app. Anything else: the command line.
 */
public final class Main {
  private static final Set<String> DESKTOP_FLAGS =
      Set.of("--startup-report", "--startup-report=exit");
  private static final Set<String> DESKTOP_OPTIONS = Set.of("--workspace");

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 1 && args[0].equals("--cds-training")) {
      System.exit(StartupTraining.run());
    }
    if (isDesktopLaunch(List.of(args))) {
      AppLauncher.launch(args);
      return;
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(WorkbenchCommand.execute(args, out, err));
  }

  static boolean isDesktopLaunch(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (DESKTOP_FLAGS.contains(a)) {
        continue;
      }
      if (DESKTOP_OPTIONS.contains(a) && i + 1 < args.size()) {
        i++;
        continue;
      }
      if (a.startsWith("--workspace=")) {
        continue;
      }
      return false;
    }
    return true;
  }
}
