package dev.agentworkbench.ui.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.agentworkbench.commit.ClaudeHomeFixture;
import dev.agentworkbench.commit.CommitContext;
import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.git.GitService;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The room as a user drives it: pre-filled chips, live subject, diff, line staging, commit. */
@ExtendWith(ApplicationExtension.class)
class CommitRoomViewTest {
  @TempDir Path temp;
  ClaudeHomeFixture.Setup setup;
  CommitRoomViewModel model;
  final List<String> questions = new ArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    model = new CommitRoomViewModel(new SameThreadWork());
    CommitRoomView view =
        new CommitRoomView(
            model,
            q -> {
              questions.add(q);
              return true;
            },
            () -> {});
    Scene scene = new Scene(view, 1200, 760);
    scene
        .getStylesheets()
        .add(CommitRoom.class.getResource("/dev/agentworkbench/ui/commit.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  /** The repository is built off the FX thread (git processes are slow on a busy machine). */
  private void open(FxRobot robot) throws Exception {
    setup = ClaudeHomeFixture.create(temp);
    CommitService service =
        new CommitService(
            new GitService(setup.repo().root()),
            CommitContext.defaults(setup.claudeHome(), List.of()));
    robot.interact(() -> model.setService(Optional.of(service)));
  }

  @Test
  void composingFromPrefilledChipsCommitsTheAttributedSubject(FxRobot robot) throws Exception {
    open(robot);
    assertEquals(2, robot.lookup(".agent-chip").queryAll().size());
    robot.clickOn("#description").write("retune threshold");
    WaitForAsyncUtils.waitForFxEvents();
    String preview = robot.lookup("#subject-preview").queryAs(Label.class).getText();
    assertEquals(
        "feat(api): retune threshold - @machine-learning-engineer @security-auditor", preview);
    assertEquals(
        preview.length() + " / 72", robot.lookup("#subject-length").queryAs(Label.class).getText());
    robot.clickOn("#commit-button");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(preview, setup.repo().git("log", "-1", "--format=%s").strip());
  }

  @Test
  void aHunkSelectedInTheDiffIsUnstaged(FxRobot robot) throws Exception {
    open(robot);
    ListView<?> staged = robot.lookup("#staged-list").queryAs(ListView.class);
    assertEquals(2, staged.getItems().size());
    robot.clickOn("models/scorer.py");
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> diff = robot.lookup("#diff-list").queryAs(ListView.class);
    assertTrue(diff.getItems().size() > 2, "unified rows shown");
    robot.clickOn("#split-mode");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup(".diff-pair").tryQuery().isPresent(), "side-by-side rows shown");
    assertTrue(robot.lookup(".diff-word").tryQuery().isPresent(), "changed words highlighted");
    robot.clickOn(".diff-hunk");
    robot.clickOn("#apply-lines");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, staged.getItems().size());
    assertEquals(
        "0.62", setup.repo().staged("models/scorer.py").replaceAll("(?s).*= (0\\.6\\d).*", "$1"));
  }

  @Test
  void discardAsksFirst(FxRobot robot) throws Exception {
    open(robot);
    setup.repo().write("notes.txt", "scratch\n");
    robot.interact(model::refresh);
    robot.clickOn("#unstaged-list .button.danger");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, questions.size());
    assertTrue(questions.get(0).contains("notes.txt"));
    assertTrue(!java.nio.file.Files.exists(setup.repo().root().resolve("notes.txt")));
  }
}
