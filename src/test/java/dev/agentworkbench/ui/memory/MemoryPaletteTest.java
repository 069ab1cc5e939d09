package dev.agentworkbench.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.ui.app.PaletteAction;
import dev.agentworkbench.ui.app.TestRoomContext;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Memory room's commands in the palette act on the room as its buttons do. */
@ExtendWith(ApplicationExtension.class)
class MemoryPaletteTest {
  @TempDir Path temp;
  MemoryRoom room;
  Path root;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    root = Fixtures.copy("memory/main", temp.resolve("notes"));
    room =
        new MemoryRoom(
            TestRoomContext.of(
                new SimpleObjectProperty<Optional<Workspace>>(Optional.empty()),
                AppSettings.load(temp.resolve("app")),
                stage,
                TestRoomContext.QUIET,
                new SimpleStringProperty("")));
    stage.setScene(new Scene((Parent) room.view(), 1200, 800));
    stage.show();
  }

  private void run(FxRobot robot, String name) {
    PaletteAction action =
        room.actions().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    robot.interact(action.action());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theRoomsCommandsAreInThePaletteAndAct(FxRobot robot) {
    assertTrue(room.actions().size() >= 6, "search, new, save, copy link, move, delete");
    robot.interact(() -> room.model().useFolder(root));
    robot.interact(() -> room.model().openNote("people/Ada Lovelace.md"));

    run(robot, "Copy the open note's memory:// link");
    String[] copied = new String[1];
    robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
    assertEquals("memory://main/people/ada-lovelace", copied[0]);

    run(robot, "Search notes");
    assertTrue(robot.lookup("#memory-search").queryAs(TextField.class).isFocused());
  }
}
