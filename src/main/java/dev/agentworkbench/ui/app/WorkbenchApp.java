package dev.agentworkbench.ui.app;

import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop application: settings, theme, main window. */
public final class WorkbenchApp extends Application {
  private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    AppLauncher.Options options = AppLauncher.Options.parse(getParameters().getRaw());
    UserEnvironment env =
        options
            .rehearsalHome()
            .map(StartupRehearsal::environment)
            .orElseGet(UserEnvironment::current);
    AppSettings settings = AppSettings.load(env.appHome());
    window = new MainWindow(stage, env, settings, new FxBackgroundWork());
    Path start =
        options
            .workspace()
            .or(() -> settings.recentWorkspaces().stream().findFirst())
            .orElse(Path.of("").toAbsolutePath());
    if (options.startupReport()) {
      window.afterFirstFrame(() -> reportFirstFrame(options.exitAfterFirstFrame()));
    }
    // Decoding the icons waits until the window is on screen: nothing of them shows before.
    window.afterFirstFrame(() -> addIcons(stage));
    if (options.rehearsalHome().isPresent()) {
      window.afterFirstFrame(() -> new StartupRehearsal(window).run());
    }
    window.show(start);
    if (!options.startupReport()) {
      window.offerTour();
    }
  }

  private static void addIcons(Stage stage) {
    for (int size : ICON_SIZES) {
      var icon =
          WorkbenchApp.class.getResource(
              "/dev/agentworkbench/ui/icons/agent-workbench-" + size + ".png");
      if (icon != null) {
        stage.getIcons().add(new Image(icon.toExternalForm()));
      }
    }
  }

  private static void reportFirstFrame(boolean exit) {
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("startup: first frame after " + ms + " ms");
    System.out.flush();
    if (exit) {
      Platform.exit();
    }
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
  }
}
