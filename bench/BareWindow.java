import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Baseline for bench/startup.sh: the smallest JavaFX window, timed to its first frame like the app. */
public final class BareWindow {
  public static void main(String[] args) {
    Application.launch(App.class, args);
  }

  /** The window. */
  public static final class App extends Application {
    @Override
    public void start(Stage stage) {
      Scene scene = new Scene(new Label("bare"), 1280, 820);
      Runnable[] listener = new Runnable[1];
      listener[0] =
          () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(
                () -> {
                  long ms =
                      System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                  System.out.println("startup: first frame after " + ms + " ms");
                  Platform.exit();
                });
          };
      scene.addPostLayoutPulseListener(listener[0]);
      stage.setScene(scene);
      stage.show();
    }
  }
}
