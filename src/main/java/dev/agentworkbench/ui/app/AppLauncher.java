package dev.agentworkbench.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/**
 * Starts the desktop app from the plain {@code Main} class (an Application main class fails on the
 * class path).
 */
public final class AppLauncher {
  /**
   * {@code --startup-rehearsal=HOME}: the start-up training walks the window through its rooms with
   * a throw-away app home, then exits.
   */
  public static final String REHEARSAL = "--startup-rehearsal";

  private AppLauncher() {}

  /** Options the desktop app takes on the command line. */
  public record Options(
      Optional<Path> workspace,
      boolean startupReport,
      boolean exitAfterFirstFrame,
      Optional<Path> rehearsalHome) {
    static Options parse(java.util.List<String> args) {
      Optional<Path> workspace = Optional.empty();
      Optional<Path> rehearsal = Optional.empty();
      boolean report = false;
      boolean exit = false;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.equals("--startup-report")) {
          report = true;
        } else if (a.equals("--startup-report=exit")) {
          report = true;
          exit = true;
        } else if (a.equals("--workspace") && i + 1 < args.size()) {
          workspace = Optional.of(Path.of(args.get(++i)));
        } else if (a.startsWith(REHEARSAL + "=")) {
          rehearsal = Optional.of(Path.of(a.substring(REHEARSAL.length() + 1)));
        } else if (a.startsWith("--workspace=")) {
          workspace = Optional.of(Path.of(a.substring("--workspace=".length())));
        }
      }
      return new Options(workspace, report, exit, rehearsal);
    }
  }

  public static void launch(String[] args) {
    Application.launch(WorkbenchApp.class, args);
  }
}
