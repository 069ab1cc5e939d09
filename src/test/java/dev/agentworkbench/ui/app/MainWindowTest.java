package dev.agentworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  @TempDir static Path dir;
  private MainWindow window;
  private Path repo;
  private Path appHome;

  @Start
  void start(Stage stage) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
    appHome = home.resolve("app");
    repo = Files.createDirectories(home.resolve("my-repo"));
    Git.init().setInitialBranch("main").setDirectory(repo.toFile()).call().close();
    Files.createDirectories(repo.resolve(".claude/agents"));
    Files.writeString(
        repo.resolve(".claude/agents/release-helper.md"),
        "---\nname: release-helper\ndescription: Prepares releases.\n---\n\n# Release helper\n");
    // two basic-memory projects, "main" the default
    for (String project : new String[] {"main", "research"}) {
      Files.createDirectories(home.resolve(project + "-notes"));
      Files.writeString(
          home.resolve(project + "-notes/Start.md"), "---\ntitle: Start\n---\n\nFirst note.\n");
    }
    Files.createDirectories(home.resolve(".basic-memory"));
    Files.writeString(
        home.resolve(".basic-memory/config.json"),
        "{\"projects\": {\"main\": \""
            + home.resolve("main-notes")
            + "\", \"research\": \""
            + home.resolve("research-notes")
            + "\"}, \"default_project\": \"main\"}");
    UserEnvironment env =
        new UserEnvironment(home, Map.of("AGENT_WORKBENCH_HOME", appHome.toString()));
    window = new MainWindow(stage, env, AppSettings.load(appHome), new SameThreadWork());
    window.show(repo);
  }

  @Test
  void titleAndStatusBarNameTheWorkspaceAndBranch(FxRobot robot) {
    Stage stage = (Stage) robot.window(0);
    assertTrue(stage.getTitle().contains(repo.toString()), stage.getTitle());
    Label status = robot.lookup("#status-repository").queryAs(Label.class);
    assertEquals("my-repo · main", status.getText());
  }

  @Test
  void statusBarNamesTheActiveAgentWhateverRoomIsShown(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    Label agent = robot.lookup("#status-agent").queryAs(Label.class);
    assertEquals("Agent: release-helper", agent.getText());
  }

  @Test
  @SuppressWarnings("unchecked")
  void statusBarNamesTheNotesProjectTheMemoryRoomShows(FxRobot robot) throws Exception {
    Label notes = robot.lookup("#status-notes").queryAs(Label.class);
    assertEquals("Notes: main", notes.getText());

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    var projects = robot.lookup("#memory-project").queryAs(javafx.scene.control.ComboBox.class);
    robot.interact(
        () ->
            projects
                .getSelectionModel()
                .select(
                    projects.getItems().stream()
                        .filter(p -> p.toString().equals("research"))
                        .findFirst()
                        .orElseThrow()));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Notes: research", notes.getText());

    // its folder goes away while it is open, then comes back and is looked for again
    java.nio.file.Path folder = repo.getParent().resolve("research-notes");
    String start = Files.readString(folder.resolve("Start.md"));
    Files.delete(folder.resolve("Start.md"));
    Files.delete(folder);
    // the room's watcher of the notes folder reports it
    WaitForAsyncUtils.waitFor(
        20,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> notes.getText().equals("Notes: research · folder missing"));
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("Start.md"), start);
    robot.clickOn("Look again");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Notes: research", notes.getText());
  }

  @Test
  void ctrlNumberSwitchesRooms(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("memory", window.model().room().get());
    assertTrue(robot.lookup("#room-memory").queryAs(ToggleButton.class).isSelected());

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("commit", window.model().room().get());
  }

  @Test
  void paletteFindsAnActionByNameAndRunsIt(FxRobot robot) throws Exception {
    Theme before = window.model().theme().get();
    robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("switch theme");
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(before.other(), window.model().theme().get());
    String saved = Files.readString(appHome.resolve("settings.json"));
    assertTrue(
        saved.contains(before.other().name().toLowerCase()), "theme is remembered: " + saved);
  }

  @Test
  void helpListsTheRoomsActionsWithoutAnEmptyColumnOfKeys(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    robot.press(KeyCode.F1).release(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node help = robot.lookup("#room-help-popup").query();
    assertTrue(
        robot.from(help).lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
            .anyMatch(l -> l.getText().equals("\u2022 Search notes")),
        "the memory room's actions are listed");
    assertTrue(
        robot.from(help).lookup(".help-shortcut").queryAll().isEmpty(),
        "none of them has a key of its own: no column of blank keys");
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
  }

  @Test
  void everyRoomIsInThePaletteAndTheSidebar(FxRobot robot) {
    for (String id : new String[] {"spec", "memory", "quality", "commit"}) {
      assertTrue(robot.lookup("#room-" + id).tryQuery().isPresent(), id);
    }
    assertTrue(
        window.allActions().stream().anyMatch(a -> a.label().equals("Go to: Memory")),
        "palette lists room navigation");
  }

  @Test
  void aFileChangedInTheOpenWorkspaceReachesTheRooms() throws Exception {
    var seen = new java.util.concurrent.CopyOnWriteArrayList<Path>();
    try (AutoCloseable sub = window.model().events().subscribe(seen::addAll)) {
      Path changed = repo.resolve("notes.txt");
      Files.writeString(changed, "changed after the workspace opened");
      WaitForAsyncUtils.waitFor(
          10, java.util.concurrent.TimeUnit.SECONDS, () -> seen.contains(changed));
    }
  }
}
