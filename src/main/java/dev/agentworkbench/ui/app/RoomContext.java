package dev.agentworkbench.ui.app;

import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.NotesProject;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceEvents;
import dev.agentworkbench.workspace.tasks.BackgroundWork;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;

/**
 * What every room is given: the open workspace (it changes when the user opens another folder), the
 * background executor, the file-change events, the settings, a way to tell the user something, and
 * the window to own dialogs, the active agent (set by the spec room, read by the others and the
 * status bar), the notes project shown (the workspace's default until the memory room switches;
 * null without a workspace; the status bar names it), and the app's one quality service, whose
 * results the commit gate reads.
 */
public record RoomContext(
    ReadOnlyObjectProperty<Optional<Workspace>> workspace,
    BackgroundWork work,
    WorkspaceEvents events,
    AppSettings settings,
    Notifier notifier,
    Supplier<Window> window,
    Navigator navigator,
    StringProperty activeAgent,
    ObjectProperty<NotesProject> notesProject,
    QualityService quality) {

  /** Shows short messages to the user in the status bar. */
  public interface Notifier {
    void info(String message);

    void error(String message);
  }

  /** Lets a room send the user to another room or start app-level actions. */
  public interface Navigator {
    void showRoom(String roomId);

    void openFolder();
  }
}
