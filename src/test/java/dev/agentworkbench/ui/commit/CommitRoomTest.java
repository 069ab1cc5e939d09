package dev.agentworkbench.ui.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.agentworkbench.git.ChangeArea;
import dev.agentworkbench.git.DiffBuilder;
import dev.agentworkbench.git.TestRepo;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.app.TestRoomContext;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceLocator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The room in its frame: empty state outside a repository, and a huge diff stays virtual. */
@ExtendWith(ApplicationExtension.class)
class CommitRoomTest {
  @TempDir Path temp;
  final SimpleObjectProperty<Optional<Workspace>> workspace =
      new SimpleObjectProperty<>(Optional.empty());
  CommitRoom room;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    RoomContext context =
        TestRoomContext.of(
            workspace,
            AppSettings.load(temp.resolve("app")),
            stage,
            TestRoomContext.STRICT,
            new SimpleStringProperty(""));
    room = new CommitRoom(context);
    stage.setScene(new Scene((javafx.scene.Parent) room.view(), 1200, 760));
    stage.show();
  }

  private Workspace open(Path folder) throws Exception {
    UserEnvironment env = new UserEnvironment(temp.resolve("home"), Map.of());
    return new WorkspaceLocator(env).open(folder);
  }

  @Test
  void showsTheEmptyStateOutsideARepositoryAndTheRoomInside(FxRobot robot) throws Exception {
    Node empty = robot.lookup(".empty-state").query();
    assertTrue(empty.isVisible());
    Path plain = Files.createDirectories(temp.resolve("plain"));
    Workspace notRepo = open(plain);
    robot.interact(() -> workspace.set(Optional.of(notRepo)));
    assertTrue(empty.isVisible());

    TestRepo repo = TestRepo.init(temp.resolve("repo"));
    repo.write("a.txt", "a\n");
    Workspace inRepo = open(repo.root());
    robot.interact(() -> workspace.set(Optional.of(inRepo)));
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(empty.isVisible());
    assertEquals(1, room.model().unstaged().size());
  }

  @Test
  void aTenThousandLineDiffBuildsOnlyTheVisibleRows(FxRobot robot) throws Exception {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12_000; i++) {
      String line = "value_" + i + " = compute(alpha, beta)\n";
      a.append(line);
      b.append(i % 12 < 3 ? line.replace("beta", "gamma") : line);
    }
    var diff =
        DiffBuilder.build(
            "big.txt",
            ChangeArea.UNSTAGED,
            a.toString().getBytes(StandardCharsets.UTF_8),
            b.toString().getBytes(StandardCharsets.UTF_8));
    TestRepo repo = TestRepo.init(temp.resolve("repo"));
    Workspace inRepo = open(repo.root());
    robot.interact(() -> workspace.set(Optional.of(inRepo)));
    robot.interact(() -> room.model().diff().set(diff));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.ListView<?> list = robot.lookup("#diff-list").queryListView();
    assertTrue(list.getItems().size() > 10_000);
    int built = robot.lookup(".diff-row").queryAll().size();
    assertTrue(built < 100, "only visible rows are built, not " + built);
    robot.interact(() -> list.scrollTo(9_000));
    robot.interact(() -> room.model().sideBySide().set(true));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup(".diff-row").queryAll().size() < 100);
  }
}
