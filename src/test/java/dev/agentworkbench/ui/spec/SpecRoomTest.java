package dev.agentworkbench.ui.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.spec.CatalogEntry;
import dev.agentworkbench.spec.Diagnostic;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.ui.app.MainWindow;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.app.TestRoomContext;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SpecRoomTest {
  @TempDir static Path temp;
  SpecRoom room;
  final SimpleStringProperty activeAgent = new SimpleStringProperty("");

  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    javafx.application.Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1200, 800));
    stage.show();
  }

  /** Builds the room on the fixture workspace (slow work stays out of the toolkit's setup). */
  void openRoom(FxRobot robot) {
    robot.interact(this::build);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void build() {
    try {
      buildRoom();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path project() {
    return Fixtures.copy("agents/project", temp.resolve("p" + System.nanoTime()));
  }

  private void buildRoom() throws java.io.IOException {
    buildRoom(project());
  }

  private void buildRoom(Path project) throws java.io.IOException {
    Path home = Files.createDirectories(temp.resolve("home"));
    Workspace ws = new WorkspaceLocator(new UserEnvironment(home, Map.of())).open(project);
    RoomContext context =
        TestRoomContext.of(
            new SimpleObjectProperty<>(Optional.of(ws)),
            AppSettings.load(temp.resolve("app")),
            stage,
            TestRoomContext.QUIET,
            activeAgent);
    room = new SpecRoom(context);
    Scene scene =
        new Scene(new javafx.scene.layout.StackPane((javafx.scene.Parent) room.view()), 1200, 800);
    scene.getStylesheets().add(MainWindow.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }

  private static boolean rendered(FxRobot robot, String text) {
    return robot.lookup("#spec-rendered .md-text").queryAllAs(Text.class).stream()
        .anyMatch(t -> t.getText().contains(text));
  }

  @Test
  void selectingAnAgentRendersItAndMakesItActive(FxRobot robot) {
    openRoom(robot);
    assertTrue(rendered(robot, "Machine Learning Engineer Agent"));
    assertEquals("machine-learning-engineer", activeAgent.get());
    ListView<CatalogEntry> list = robot.lookup("#spec-catalog-list").queryListView();
    int index = 0;
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i).name().equals("release-manager")) {
        index = i;
      }
    }
    int target = index;
    robot.interact(() -> list.scrollTo(target));
    robot.clickOn(
        robot.lookup(".spec-entry-name").queryAllAs(javafx.scene.control.Label.class).stream()
            .filter(l -> l.getText().equals("release-manager"))
            .findFirst()
            .orElseThrow());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("release-manager", activeAgent.get());
    assertTrue(rendered(robot, "Release checklist"));
  }

  @Test
  void applyingAFixDropsTheDiagnostic(FxRobot robot) {
    openRoom(robot);
    ListView<Diagnostic> list = robot.lookup("#spec-diagnostics-list").queryListView();
    int before = list.getItems().size();
    int index = 0;
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i).rule().equals("FM003")) {
        index = i;
      }
    }
    int target = index;
    robot.interact(() -> list.getSelectionModel().select(target));
    robot.clickOn("#spec-apply-fix");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(before - 1, list.getItems().size());
    assertTrue(list.getItems().stream().noneMatch(d -> d.rule().equals("FM003")));
    Button save = robot.lookup("#spec-save").queryButton();
    assertTrue(!save.isDisabled());
  }

  @Test
  void emptyWorkspaceOffersTheSampleSpec(FxRobot robot) throws Exception {
    Path empty = Files.createDirectories(temp.resolve("empty" + System.nanoTime()));
    robot.interact(
        () -> {
          try {
            buildRoom(empty);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Open sample spec");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("Sample spec (read-only)").tryQuery().isPresent());
    assertTrue(rendered(robot, "Machine Learning Engineer Agent"));
    robot.clickOn("#spec-find").write("FORBIDDEN");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("1 found").tryQuery().isPresent());
  }

  @Test
  void aOneMegabyteSpecRendersToItsEnd(FxRobot robot) throws Exception {
    Path project = project();
    Path spec = project.resolve(".claude/agents/machine-learning-engineer.md");
    String seed = Files.readString(spec);
    String head = seed.substring(0, seed.indexOf("\n---\n") + 5);
    String body = seed.substring(head.length());
    StringBuilder big = new StringBuilder(head);
    while (big.length() < 1_000_000) {
      big.append(body);
    }
    big.append("\n## The very end\n\nA zebra-marker paragraph, last of all.\n");
    Files.writeString(spec, big);
    robot.interact(
        () -> {
          try {
            buildRoom(project);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
    ListView<dev.agentworkbench.ui.common.MarkdownDocument.OutlineItem> outline =
        robot.lookup(".spec-outline").queryListView();
    var last = outline.getItems().get(outline.getItems().size() - 1);
    assertEquals("The very end", last.text());
    assertTrue(!rendered(robot, "zebra-marker"), "only the blocks on screen have nodes");
    robot.clickOn("#spec-find").write("zebra-marker");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("1 found").tryQuery().isPresent());
    assertTrue(rendered(robot, "zebra-marker"), "find scrolled to the last block");
    robot.interact(() -> outline.getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(!rendered(robot, "zebra-marker"));
    robot.interact(() -> outline.getSelectionModel().select(last));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(rendered(robot, "The very end"), "the outline jumps to the last heading");
  }

  @Test
  void aSpecWithWindowsLineEndsKeepsThemWhenEditedAndSaved(FxRobot robot) throws Exception {
    Path project = project();
    Path spec = project.resolve(".claude/agents/machine-learning-engineer.md");
    String lf = Files.readString(spec).replace("\r\n", "\n");
    Files.writeString(spec, lf.replace("\n", "\r\n"));
    robot.interact(
        () -> {
          try {
            buildRoom(project);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Source");
    robot.clickOn("#spec-source");
    robot.write("zz");
    WaitForAsyncUtils.waitFor(
        10,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> !robot.lookup("#spec-save").queryButton().isDisabled());
    robot.clickOn("#spec-save");
    WaitForAsyncUtils.waitFor(
        10, java.util.concurrent.TimeUnit.SECONDS, () -> Files.readString(spec).contains("zz"));
    String saved = Files.readString(spec);
    assertEquals(lf.split("\n", -1).length, saved.split("\r\n", -1).length, "every line end kept");
    assertTrue(saved.replace("\r\n", "").indexOf('\n') < 0, "no lone LF after the edit");
    assertEquals(
        lf.replace("\n", "\r\n").length() + 2, saved.length(), "only the typed text added");
  }
}
