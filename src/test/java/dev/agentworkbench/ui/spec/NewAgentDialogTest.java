package dev.agentworkbench.ui.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.spec.CatalogEntry;
import dev.agentworkbench.spec.Diagnostic;
import dev.agentworkbench.spec.LintContext;
import dev.agentworkbench.spec.SpecParser;
import dev.agentworkbench.spec.SpecService;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.ui.app.MainWindow;
import dev.agentworkbench.ui.app.TestRoomContext;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user creates an agent through the room's new-agent form. */
@ExtendWith(ApplicationExtension.class)
class NewAgentDialogTest {
  @TempDir Path temp;
  Stage stage;
  Path project;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    javafx.application.Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    stage.setScene(new Scene(new StackPane(), 1200, 800));
    stage.show();
  }

  private void openRoom(FxRobot robot) throws Exception {
    project = Fixtures.copy("agents/project", temp.resolve("project"));
    Path home = Files.createDirectories(temp.resolve("home"));
    Workspace ws = new WorkspaceLocator(new UserEnvironment(home, Map.of())).open(project);
    robot.interact(
        () -> {
          SpecRoom room =
              new SpecRoom(
                  TestRoomContext.of(
                      new SimpleObjectProperty<>(Optional.of(ws)),
                      AppSettings.load(temp.resolve("app")),
                      stage,
                      TestRoomContext.QUIET,
                      new SimpleStringProperty("")));
          Scene scene = new Scene(new StackPane((javafx.scene.Parent) room.view()), 1200, 800);
          scene.getStylesheets().add(MainWindow.STYLESHEET);
          stage.setScene(scene);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void createsAnAgentThatIsSelectedAndLintsClean(FxRobot robot) throws Exception {
    openRoom(robot);
    robot.clickOn("New agent…");
    WaitForAsyncUtils.waitForFxEvents();
    Label problems = robot.lookup("#new-agent-problems").queryAs(Label.class);
    Node ok = robot.lookup("OK").query();

    robot.clickOn("#new-agent-name").write("Data Scientist");
    assertTrue(problems.getText().contains("lowercase letters, digits and hyphens"));
    assertTrue(ok.isDisabled());

    robot.clickOn("#new-agent-name").push(KeyCode.SHORTCUT, KeyCode.A).write("data-scientist");
    robot.clickOn("#new-agent-description").write("Use for exploring data sets and models.");
    assertEquals("", problems.getText());
    assertFalse(ok.isDisabled());

    robot.clickOn(checkBox(robot, "Bash"));
    robot.clickOn(checkBox(robot, "mcp__basic-memory"));
    robot.clickOn(checkBox(robot, "Glob"));
    ComboBox<String> model = robot.lookup("#new-agent-model").queryComboBox();
    ComboBox<String> color = robot.lookup("#new-agent-color").queryComboBox();
    robot.interact(() -> model.getSelectionModel().select("sonnet"));
    robot.interact(() -> color.getSelectionModel().select("green"));
    robot.clickOn(ok);
    WaitForAsyncUtils.waitForFxEvents();

    Path created = project.resolve(".claude/agents/data-scientist.md");
    assertTrue(Files.exists(created), "the spec is written into the project's agents folder");
    String text = Files.readString(created);
    assertTrue(text.contains("tools: Read, Bash, Grep, mcp__basic-memory\n"), text);
    assertTrue(text.contains("model: sonnet\n") && text.contains("color: green\n"), text);

    ListView<CatalogEntry> catalog = robot.lookup("#spec-catalog-list").queryListView();
    assertEquals("data-scientist", catalog.getSelectionModel().getSelectedItem().name());
    ListView<Diagnostic> diagnostics = robot.lookup("#spec-diagnostics-list").queryListView();
    assertEquals(List.of(), diagnostics.getItems(), "the room shows no diagnostics");
    List<Diagnostic> lint =
        new SpecService()
            .lint(
                SpecParser.parse(text),
                new LintContext(
                    Optional.of(created), Optional.of(Set.of("basic-memory", "github"))));
    assertEquals(List.of(), lint);
  }

  private static CheckBox checkBox(FxRobot robot, String text) {
    return robot.lookup(".check-box").queryAllAs(CheckBox.class).stream()
        .filter(c -> c.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tool " + text + " in the form"));
  }
}
