package dev.agentworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the first-run tour with the mouse, as a new user would. */
@ExtendWith(ApplicationExtension.class)
class TourTest {
  @TempDir static Path dir;
  private MainWindow window;
  private Path appHome;

  @Start
  void start(Stage stage) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
    appHome = home.resolve("app");
    Path empty = Files.createDirectories(home.resolve("nothing-here"));
    UserEnvironment env =
        new UserEnvironment(home, Map.of("AGENT_WORKBENCH_HOME", appHome.toString()));
    window = new MainWindow(stage, env, AppSettings.load(appHome), new SameThreadWork());
    window.show(empty);
    window.offerTour();
  }

  @Test
  void newUserWalksEveryRoomOnTheSampleWorkspace(FxRobot robot) throws Exception {
    assertTrue(robot.lookup("#tour-card").query().isVisible(), "the tour greets a new user");
    List<String> rooms = new ArrayList<>();
    for (int step = 0; step < TourViewModel.STEPS.size() - 1; step++) {
      robot.clickOn("#tour-next");
      WaitForAsyncUtils.waitForFxEvents();
      rooms.add(window.model().room().get());
    }
    assertEquals(List.of("spec", "memory", "quality", "commit", "commit"), rooms);
    Label repository = robot.lookup("#status-repository").queryAs(Label.class);
    assertTrue(repository.getText().startsWith("fraud-service"), repository.getText());
    assertEquals("You are set", robot.lookup("#tour-title").queryAs(Label.class).getText());

    robot.clickOn("#tour-next");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(robot.lookup("#tour-card").query().isVisible(), "finished");
    assertTrue(Files.readString(appHome.resolve("settings.json")).contains("\"tour.seen\" : true"));
  }
}
