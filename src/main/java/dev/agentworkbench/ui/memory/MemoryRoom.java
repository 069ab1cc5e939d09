package dev.agentworkbench.ui.memory;

import dev.agentworkbench.ui.app.PaletteAction;
import dev.agentworkbench.ui.app.Room;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.workspace.FileWatchService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Memory room: browse, search, read, edit, link and create basic-memory notes. */
public final class MemoryRoom implements Room {
  private final RoomContext context;
  private MemoryView view;
  private MemoryViewModel model;
  private FileWatchService watch;

  public MemoryRoom(RoomContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "memory";
  }

  @Override
  public String title() {
    return "Memory";
  }

  @Override
  public Ikon icon() {
    return Feather.BOOK_OPEN;
  }

  @Override
  public Node view() {
    if (view == null) {
      model = new MemoryViewModel(context.work(), context.settings().appHome());
      view = new MemoryView(model, context.window());
      view.keepListSort(context.settings()); // saved with the other settings when the app closes
      context.workspace().addListener((o, was, now) -> use(now));
      use(context.workspace().get());
      context.events().subscribe(paths -> Platform.runLater(() -> model.filesChanged(paths)));
      model.openRoot().addListener((o, was, now) -> now.ifPresent(this::watch));
      // the status bar names the project the room shows
      model
          .project()
          .addListener(
              (o, was, now) -> {
                if (now != null) {
                  context.notesProject().set(now.project());
                }
              });
      // and says again whether its folder is missing when the room finds it gone or back
      model
          .projectMissing()
          .addListener(
              (o, was, now) -> {
                MemoryViewModel.ProjectChoice chosen = model.project().get();
                if (chosen != null) {
                  context.notesProject().set(null);
                  context.notesProject().set(chosen.project());
                }
              });
    }
    return view;
  }

  private void use(java.util.Optional<dev.agentworkbench.workspace.Workspace> ws) {
    ws.ifPresent(w -> view.useConfig(w.notes()));
    model.useWorkspace(ws);
  }

  /** Watches a notes folder that the workspace's own watcher does not cover. */
  private void watch(Path root) {
    closeWatch();
    boolean covered =
        context
            .workspace()
            .get()
            .map(w -> root.startsWith(w.repositoryRoot().orElse(w.folder())))
            .orElse(false);
    if (covered) {
      return;
    }
    context
        .work()
        .submit(
            "memory-watch",
            () -> new FileWatchService(List.of(root), Duration.ofMillis(300), p -> false),
            w -> {
              watch = w;
              w.subscribe(paths -> Platform.runLater(() -> model.filesChanged(paths)));
            },
            e ->
                context
                    .notifier()
                    .error("Changes to notes in " + root + " are not followed: " + e.getMessage()));
  }

  /** Unsaved edits are kept as a draft, the index is synced to disk, the watcher stops. */
  @Override
  public void closing() {
    closeWatch();
    if (model != null) {
      model.close();
    }
  }

  private void closeWatch() {
    if (watch != null) {
      try {
        watch.close();
      } catch (java.io.IOException e) {
        context.notifier().error("Stopping the notes watcher failed: " + e.getMessage());
      }
      watch = null;
    }
  }

  /** The view model, for tests that drive the room. */
  public MemoryViewModel model() {
    view();
    return model;
  }

  @Override
  public List<PaletteAction> actions() {
    return List.of(
        PaletteAction.of("Memory", "Search notes", () -> inRoom(MemoryView::focusSearch)),
        PaletteAction.of("Memory", "New note…", () -> inRoom(v -> v.newNote(""))),
        // no window-wide shortcut: Ctrl+S saves in whichever room's editor has the keys
        PaletteAction.of("Memory", "Save the open note", () -> inRoom(v -> model.save())),
        PaletteAction.of(
            "Memory", "Copy the open note's memory:// link", () -> inRoom(this::copyLink)),
        PaletteAction.of("Memory", "Rename or move the open note…", () -> inRoom(MemoryView::move)),
        PaletteAction.of("Memory", "Delete the open note…", () -> inRoom(MemoryView::delete)));
  }

  private void copyLink(MemoryView v) {
    model.message().set(v.copyLink() ? "Copied the note's memory:// link." : "No note is open.");
  }

  /** Shows the room, building it if needed, then acts on its view. */
  private void inRoom(java.util.function.Consumer<MemoryView> act) {
    context.navigator().showRoom(id());
    view();
    act.accept(view);
  }
}
