package dev.agentworkbench.ui.app;

import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.FileWatchService;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceEvents;
import dev.agentworkbench.workspace.WorkspaceLocator;
import dev.agentworkbench.workspace.tasks.BackgroundWork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the open workspace, the title and status bar texts, the theme, the
 * recent workspaces and the room shown. Opening a workspace runs in the background; the newest
 * request wins.
 */
public final class MainWindowViewModel {
  private final UserEnvironment environment;
  private final AppSettings settings;
  private final BackgroundWork work;
  private final dev.agentworkbench.quality.QualityService quality;
  private final ObjectProperty<Optional<Workspace>> workspace =
      new SimpleObjectProperty<>(Optional.empty());
  private final StringProperty title = new SimpleStringProperty("Agent Workbench");
  private final StringProperty repositoryStatus = new SimpleStringProperty("No workspace");
  private final ObjectProperty<dev.agentworkbench.workspace.NotesProject> notesProject =
      new SimpleObjectProperty<>();
  private final StringProperty notesStatus = new SimpleStringProperty("");
  private final StringProperty activeAgent = new SimpleStringProperty("");
  private final javafx.beans.property.BooleanProperty sampleAgent =
      new javafx.beans.property.SimpleBooleanProperty(false);
  private final StringProperty message = new SimpleStringProperty("");
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
  private final StringProperty room = new SimpleStringProperty("spec");
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  private final WatchedEvents events = new WatchedEvents();
  private FileWatchService watch;

  public MainWindowViewModel(
      UserEnvironment environment,
      AppSettings settings,
      BackgroundWork work,
      dev.agentworkbench.quality.QualityService quality) {
    this.environment = environment;
    this.quality = quality;
    this.settings = settings;
    this.work = work;
    notesStatus.bind(
        javafx.beans.binding.Bindings.createStringBinding(
            () -> notesProject.get() == null ? "" : "Notes: " + describe(notesProject.get()),
            notesProject));
    theme.set(Theme.parse(settings.string("theme").orElse("light")));
    room.set(settings.string("room").orElse("spec"));
    recent.setAll(settings.recentWorkspaces());
    settings.problem().ifPresent(message::set);
    activeAgent.addListener((o, was, now) -> updateTitle());
  }

  /** The watch over a workspace's files, or why its files are not followed. */
  private record Watched(Optional<FileWatchService> watch, String problem) {}

  /**
   * Opens a folder: the rooms get the workspace as soon as it is located; the watch over its files
   * follows when it has walked the tree (see {@link #watchLater}).
   */
  public void open(Path folder) {
    message.set("Opening " + folder + " …");
    work.submit(
        "open-workspace",
        () -> new WorkspaceLocator(environment).open(folder),
        opened -> applyWorkspace(opened, true),
        failure -> message.set(failure.getMessage()));
  }

  /**
   * Watches the workspace's files from a background walk of its tree (a home folder can hold
   * hundreds of thousands of folders), then feeds the rooms' subscriptions.
   */
  private void watchLater(Workspace opened) {
    work.submit(
        "workspace-watch",
        () -> watched(opened),
        result -> {
          boolean current = workspace.get().filter(w -> w == opened).isPresent();
          if (!current) {
            result.watch().ifPresent(this::closeStale);
            return;
          }
          closeWatch();
          watch = result.watch().orElse(null);
          if (watch != null) {
            events.source(watch);
          }
          if (!result.problem().isEmpty()) {
            message.set(result.problem());
          }
        },
        failure -> message.set("File changes are not followed: " + failure.getMessage()));
  }

  /** Closes the watch of a workspace the user has already left. */
  private void closeStale(FileWatchService stale) {
    try {
      stale.close();
    } catch (IOException e) {
      message.set("Stopping the file watch failed: " + e.getMessage());
    }
  }

  private static Watched watched(Workspace workspace) {
    try {
      return new Watched(Optional.of(FileWatchService.forWorkspace(workspace, List.of())), "");
    } catch (IOException e) {
      return new Watched(
          Optional.empty(),
          "File changes in " + workspace.folder() + " are not followed: " + e.getMessage());
    }
  }

  /** Opens the sample workspace of the first-run tour (made under the app home). */
  public void openSample() {
    message.set("Creating the sample workspace …");
    work.submit(
        "open-workspace",
        () -> {
          var sample =
              dev.agentworkbench.workspace.SampleWorkspace.create(
                  settings.appHome().resolve("samples"), environment);
          // The app wrote the sample's spec itself (the bundled seed): its checks need no review.
          quality.trust(sample.projectAgentDirs().get(0).resolve("machine-learning-engineer.md"));
          return sample;
        },
        sample -> applyWorkspace(sample, false),
        failure -> message.set(failure.getMessage()));
  }

  private void applyWorkspace(Workspace opened, boolean remember) {
    closeWatch();
    activeAgent.set("");
    workspace.set(Optional.of(opened));
    if (remember) {
      settings.rememberWorkspace(opened.folder());
      recent.setAll(settings.recentWorkspaces());
    }
    saveSettings();
    repositoryStatus.set(
        opened
            .repositoryRoot()
            .map(
                root ->
                    root.getFileName()
                        + " · "
                        + WorkspaceLocator.currentBranch(root).orElse("no branch"))
            .orElse("Not a git repository"));
    notesProject.set(opened.notes().defaultNotesProject());
    message.set("Opened " + opened.folder());
    findActiveAgent(opened);
    watchLater(opened);
    updateTitle();
  }

  /**
   * The status bar and the other rooms know the active agent before the spec room is ever shown.
   */
  private void findActiveAgent(Workspace opened) {
    work.submit(
        "active-agent",
        () -> new dev.agentworkbench.spec.SpecService().activeSpec(opened),
        active -> {
          sampleAgent.set(active.sample());
          if (activeAgent.get() == null || activeAgent.get().isBlank()) {
            activeAgent.set(active.name());
          }
        },
        failure -> message.set("The active agent could not be found: " + failure.getMessage()));
  }

  static String describe(dev.agentworkbench.workspace.NotesProject project) {
    if (!project.fromConfig()) {
      return project.isMissing()
          ? project.name() + " (default ~/basic-memory, created with the first note)"
          : project.name() + " (default ~/basic-memory)";
    }
    return project.isMissing() ? project.name() + " · folder missing" : project.name();
  }

  private void updateTitle() {
    String folder = workspace.get().map(w -> w.folder().toString()).orElse("no workspace");
    title.set("Agent Workbench — " + folder);
  }

  public void toggleTheme() {
    theme.set(theme.get().other());
    settings.put("theme", theme.get().name().toLowerCase(java.util.Locale.ROOT));
    saveSettings();
  }

  public void showRoom(String id) {
    room.set(id);
    settings.put("room", id);
  }

  public void rememberWindow(double x, double y, double width, double height, boolean maximized) {
    settings.put("window.x", x);
    settings.put("window.y", y);
    settings.put("window.width", width);
    settings.put("window.height", height);
    settings.put("window.maximized", maximized);
    saveSettings();
  }

  public Optional<double[]> windowBounds() {
    var w = settings.number("window.width");
    var h = settings.number("window.height");
    if (w.isEmpty() || h.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new double[] {
          settings.number("window.x").orElse(Double.NaN),
          settings.number("window.y").orElse(Double.NaN),
          w.get(),
          h.get()
        });
  }

  public boolean windowMaximized() {
    return settings.flag("window.maximized", false);
  }

  void saveSettings() {
    try {
      settings.save();
    } catch (IOException e) {
      message.set("Settings could not be saved to " + settings.file() + ": " + e.getMessage());
    }
  }

  public void close() {
    closeWatch();
    saveSettings();
  }

  private void closeWatch() {
    if (watch != null) {
      try {
        watch.close();
      } catch (IOException e) {
        message.set("Stopping the file watch failed: " + e.getMessage());
      }
      watch = null;
    }
  }

  public ReadOnlyObjectProperty<Optional<Workspace>> workspace() {
    return workspace;
  }

  public StringProperty title() {
    return title;
  }

  public StringProperty repositoryStatus() {
    return repositoryStatus;
  }

  /** The notes project shown: the workspace's default until the memory room switches. */
  public ObjectProperty<dev.agentworkbench.workspace.NotesProject> notesProject() {
    return notesProject;
  }

  public javafx.beans.value.ObservableStringValue notesStatus() {
    return notesStatus;
  }

  public StringProperty activeAgent() {
    return activeAgent;
  }

  /** Whether the workspace has no spec of its own and the bundled sample applies. */
  public javafx.beans.property.BooleanProperty sampleAgent() {
    return sampleAgent;
  }

  public StringProperty message() {
    return message;
  }

  public ObjectProperty<Theme> theme() {
    return theme;
  }

  public StringProperty room() {
    return room;
  }

  public ObservableList<Path> recent() {
    return recent;
  }

  public WorkspaceEvents events() {
    return events;
  }

  public AppSettings settings() {
    return settings;
  }

  /**
   * Keeps room subscriptions across workspace switches: the window's watch changes, subscribers
   * stay.
   */
  private static final class WatchedEvents implements WorkspaceEvents {
    private final List<Consumer<Set<Path>>> listeners = new CopyOnWriteArrayList<>();

    void source(FileWatchService watch) {
      watch.subscribe(batch -> listeners.forEach(l -> l.accept(batch)));
    }

    @Override
    public AutoCloseable subscribe(Consumer<Set<Path>> listener) {
      listeners.add(listener);
      return () -> listeners.remove(listener);
    }
  }
}
