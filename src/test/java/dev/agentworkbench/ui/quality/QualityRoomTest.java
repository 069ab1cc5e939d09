package dev.agentworkbench.ui.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.PyRepo;
import dev.agentworkbench.quality.Scope;
import dev.agentworkbench.quality.plan.QualitySettingsStore;
import dev.agentworkbench.quality.plan.RepoQualitySettings;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.app.TestRoomContext;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The room as a user sees it: run, read the findings, open one at its line, the scope note. */
@ExtendWith(ApplicationExtension.class)
class QualityRoomTest {
  @TempDir static Path dir;
  private final SimpleObjectProperty<Optional<Workspace>> workspace =
      new SimpleObjectProperty<>(Optional.empty());
  private QualityRoom room;
  private static Path repo;
  private static UserEnvironment env;
  private static Workspace opened;

  /** The repository is made once (slow on a busy machine), before the toolkit's setup limit. */
  @BeforeAll
  static void makeRepository() throws Exception {
    // Start the toolkit and load the theme here, outside the setup time limit of @Start.
    // Building the room (CSS, table, code area) takes more than 10 s on a loaded 2-core machine.
    org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    org.testfx.api.FxToolkit.registerPrimaryStage();
    org.testfx.api.FxToolkit.setupFixture(
        () ->
            javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    env = PyRepo.environment(dir.resolve("app"));
    if (PyRepo.canRun("black") && PyRepo.onPath("isort")) {
      repo = PyRepo.create(dir.resolve("repo"));
      RepoQualitySettings s = RepoQualitySettings.empty();
      for (String n : List.of("pyright", "ruff", "bandit", "pytest")) {
        s = s.withEnabled(n, false);
      }
      new QualitySettingsStore(env.appHome()).save(repo, s);
    }
  }

  @Start
  void start(Stage stage) throws Exception {
    Path folder = repo != null ? repo : Files.createDirectories(dir.resolve("plain"));
    if (opened == null) {
      opened = new WorkspaceLocator(env).open(folder);
    }
    workspace.set(Optional.of(opened));
    RoomContext context =
        TestRoomContext.of(
            workspace,
            AppSettings.load(env.appHome()),
            stage,
            TestRoomContext.QUIET,
            new SimpleStringProperty(""),
            new dev.agentworkbench.quality.QualityService(
                env, new dev.agentworkbench.workspace.process.ProcessRunner()));
    room = new QualityRoom(context);
    stage.setScene(new Scene((javafx.scene.Parent) room.view(), 1200, 760));
    stage.show();
  }

  @Test
  void runAllShowsFailedTilesFindingsAndOpensAFindingAtItsLine(FxRobot robot) throws Exception {
    assumeTrue(repo != null, "black or isort not installed");
    robot.clickOn("#run-all");
    WaitForAsyncUtils.waitFor(
        90,
        TimeUnit.SECONDS,
        () ->
            "failed".equals(robot.lookup("#status-black").queryAs(Label.class).getText())
                && "failed".equals(robot.lookup("#status-isort").queryAs(Label.class).getText()));
    assertEquals("off", robot.lookup("#status-pyright").queryAs(Label.class).getText());
    @SuppressWarnings("unchecked")
    TableView<Finding> table = robot.lookup("#findings").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

    robot.clickOn("#filter-file").write("scorer.py");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(2, table.getItems().size());
    // the first row that shows a finding (the table recycles cells: some hold no item)
    robot.clickOn(
        (javafx.scene.Node)
            robot.lookup("#findings .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && r.getIndex() == 0)
                .findFirst()
                .orElseThrow());
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#viewer-title").queryAs(Label.class).getText().startsWith("Select"));
    String title = robot.lookup("#viewer-title").queryAs(Label.class).getText();
    assertTrue(title.endsWith("scorer.py"), title);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  @Test
  void theSpecScopeSaysPlainlyWhatItLeavesOut(FxRobot robot) {
    assumeTrue(repo != null, "black or isort not installed");
    @SuppressWarnings("unchecked")
    ComboBox<Scope> scope = robot.lookup("#scope").queryAs(ComboBox.class);
    robot.interact(() -> scope.setValue(Scope.SPEC));
    String note = robot.lookup("#scope-note").queryAs(Label.class).getText();
    assertTrue(note.contains("staged and untracked files are left out"), note);
  }

  @Test
  void aFolderOutsideGitShowsTheEmptyState(FxRobot robot) throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain-" + System.nanoTime()));
    Workspace ws = new WorkspaceLocator(PyRepo.environment(dir.resolve("h"))).open(plain);
    robot.interact(() -> workspace.set(Optional.of(ws)));
    assertTrue(robot.lookup("This folder is not a git repository").tryQuery().isPresent());
  }
}
