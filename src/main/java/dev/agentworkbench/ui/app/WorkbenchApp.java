package dev.agentworkbench.ui.app;

import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The desktop application: settings, theme, main window. */
public final class WorkbenchApp extends Application {
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    AppLauncher.Options options = AppLauncher.Options.parse(getParameters().getRaw());
    UserEnvironment env = UserEnvironment.current();
    AppSettings settings = AppSettings.load(env.appHome());
    window = new MainWindow(stage, env, settings, new FxBackgroundWork());
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      var icon =
          WorkbenchApp.class.getResource(
              "/dev/agentworkbench/ui/icons/agent-workbench-" + size + ".png");
      if (icon != null) {
        stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
      }
    }
    Path start =
        options
            .workspace()
            .or(() -> settings.recentWorkspaces().stream().findFirst())
            .orElse(Path.of("").toAbsolutePath());
    if (options.workspace().isEmpty() && settings.recentWorkspaces().isEmpty()) {
      start = Path.of("").toAbsolutePath();
    }
    window.show(start);
    if (!options.startupReport()) {
      window.offerTour();
    }
    if (options.startupReport()) {
      reportFirstFrame(stage, options.exitAfterFirstFrame());
    }
  }

  private static void reportFirstFrame(Stage stage, boolean exit) {
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          stage.getScene().removePostLayoutPulseListener(listener[0]);
          // The pulse after layout is the first frame being drawn; runLater lands after it.
          Platform.runLater(
              () -> {
                long ms =
                    System.currentTimeMillis()
                        - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup: first frame after " + ms + " ms");
                System.out.flush();
                if (exit) {
                  Platform.exit();
                }
              });
        };
    stage.getScene().addPostLayoutPulseListener(listener[0]);
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
  }
}
