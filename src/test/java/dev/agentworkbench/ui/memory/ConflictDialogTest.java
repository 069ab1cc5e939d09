package dev.agentworkbench.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConflictDialogTest {
  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    stage.setScene(new Scene(new StackPane(), 1300, 900));
    stage.show();
  }

  @Test
  void theDifferencesSayWhenThereAreNoneAndWhenTheyCannotBeShown() {
    assertEquals(
        List.of(new MemoryViewModel.ConflictLine("hunk", "The two versions are the same.")),
        new MemoryViewModel.Conflict("a.md", "same\n", "same\n").differences());
    List<MemoryViewModel.ConflictLine> binary =
        new MemoryViewModel.Conflict("a.md", "mine\n", "bin\u0000ary\n").differences();
    assertEquals(1, binary.size());
    assertTrue(binary.get(0).text().contains("binary"), binary.toString());
  }

  @Test
  void bothVersionsHaveRoomToBeRead(FxRobot robot) {
    ConflictDialog[] dialog = new ConflictDialog[1];
    robot.interact(
        () -> {
          dialog[0] =
              new ConflictDialog(
                  new MemoryViewModel.Conflict(
                      "people/Ada Lovelace.md",
                      "---\ntitle: Ada\n---\n\n- [fact] typed in the app\n",
                      "---\ntitle: Ada\n---\n\n- [fact] written by another program\n"));
          dialog[0].initOwner(stage);
          dialog[0].show();
        });
    WaitForAsyncUtils.waitForFxEvents();
    double width = dialog[0].getDialogPane().getWidth();
    javafx.scene.control.Button enter =
        dialog[0].getDialogPane().getButtonTypes().stream()
            .map(t -> (javafx.scene.control.Button) dialog[0].getDialogPane().lookupButton(t))
            .filter(javafx.scene.control.Button::isDefaultButton)
            .findFirst()
            .orElseThrow();
    robot.interact(() -> dialog[0].close());
    assertTrue(width > 800, "the dialog is wider than the theme's 600 px: " + width);
    assertEquals("Cancel", enter.getText(), "Enter overwrites neither version");
  }
}
