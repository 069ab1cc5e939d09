package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.ContextResult;
import dev.agentworkbench.memory.NoteDrafts;
import dev.agentworkbench.memory.NoteFile;
import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesLocation;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.Permalinks;
import dev.agentworkbench.memory.index.SearchBoxQuery;
import dev.agentworkbench.memory.index.SearchHit;
import dev.agentworkbench.memory.index.SearchRequest;
import dev.agentworkbench.memory.links.Backlink;
import dev.agentworkbench.workspace.NotesConfig;
import dev.agentworkbench.workspace.NotesProject;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.files.WriteConflictException;
import dev.agentworkbench.workspace.tasks.BackgroundWork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Memory room's state and logic: projects, notes, search, the open note, its editor text,
 * drafts and conflicts. Every service call goes through {@link BackgroundWork}.
 */
public final class MemoryViewModel {
  /**
   * A project as the switcher shows it, and whether its folder was missing when last looked for.
   */
  public static final class ProjectChoice {
    private final NotesProject project;

    /** Looked for off the FX thread (a missing folder may be a network share that hangs). */
    private boolean missing;

    ProjectChoice(NotesProject project) {
      this.project = project;
    }

    public NotesProject project() {
      return project;
    }

    /** A configured project whose folder was not there when last looked for. */
    public boolean missing() {
      return missing;
    }

    /** Whether its folder is missing now: for a background thread. */
    boolean missingNow() {
      return project.fromConfig() && project.isMissing();
    }

    @Override
    public String toString() {
      return project.name() + (missing ? " (missing)" : "");
    }
  }

  /** At most this many notes and relations are drawn around the open note. */
  static final int GRAPH_SHOWN = 200;

  /** The open note and what surrounds it. */
  public record OpenNote(
      NoteFile file,
      List<Backlink> backlinks,
      List<Link> links,
      List<ContextResult.Related> graph,
      Optional<org.commonmark.node.Node> document,
      boolean binary,
      int graphTotal) {

    /** The open note's text can be edited and saved without losing a byte of its file. */
    public boolean editable() {
      return file.utf8();
    }
  }

  /** A relation of the open note with the note it resolves to, if any. */
  public record Link(dev.agentworkbench.memory.Relation relation, Optional<NoteSummary> target) {}

  /**
   * A save refused because the file changed on disk: both versions, for the user to choose. When
   * the file is gone, {@code onDisk} is empty and {@code deleted} says so.
   */
  public record Conflict(
      String filePath,
      String mine,
      String onDisk,
      List<ConflictLine> differences,
      boolean deleted) {
    /**
     * Compares the two versions here: a conflict is made in the background, never on the FX thread.
     */
    public Conflict(String filePath, String mine, String onDisk) {
      this(filePath, mine, onDisk, compare(filePath, mine, onDisk), false);
    }

    /** The user's version of a note whose file is gone from disk. */
    static Conflict deleted(String filePath, String mine) {
      return new Conflict(filePath, mine, "", compare(filePath, mine, ""), true);
    }

    /** The version on disk now, or the file's absence. */
    static Conflict of(String filePath, String mine, Optional<String> onDisk) {
      return onDisk
          .map(d -> new Conflict(filePath, mine, d))
          .orElseGet(() -> deleted(filePath, mine));
    }
  }

  /**
   * A line of a conflict's comparison: a hunk's header, or a line kept, only on disk, or only
   * yours.
   */
  public record ConflictLine(String kind, String text) {}

  /** The disk's version against the user's, as hunks: "-" only on disk, "+" only yours. */
  static List<ConflictLine> compare(String filePath, String mine, String onDisk) {
    dev.agentworkbench.git.FileDiff diff =
        dev.agentworkbench.git.DiffBuilder.build(
            filePath,
            dev.agentworkbench.git.ChangeArea.UNSTAGED,
            onDisk.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            mine.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<ConflictLine> out = new java.util.ArrayList<>();
    if (diff.binary()) {
      out.add(
          new ConflictLine(
              "hunk", "One version holds binary content: compare them whole in the tabs."));
      return out;
    }
    for (dev.agentworkbench.git.Hunk h : diff.hunks()) {
      out.add(
          new ConflictLine(
              "hunk", "Lines " + h.newStart() + "–" + (h.newStart() + h.newCount() - 1)));
      for (dev.agentworkbench.git.DiffLine l : h.lines()) {
        out.add(
            new ConflictLine(
                switch (l.kind()) {
                  case CONTEXT -> "same";
                  case REMOVED -> "disk";
                  case ADDED -> "mine";
                },
                l.text()));
      }
    }
    if (out.isEmpty()) {
      out.add(new ConflictLine("hunk", "The two versions are the same."));
    }
    return out;
  }

  /** The reader's parser; blocks' source spans let the reader keep what a save left unchanged. */
  private static final org.commonmark.parser.Parser MARKDOWN =
      org.commonmark.parser.Parser.builder()
          .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS)
          .build();

  private final BackgroundWork work;
  private final Path appHome;
  private final NoteDrafts drafts;
  private NotesService service;
  private final ObservableList<ProjectChoice> projects = FXCollections.observableArrayList();
  private final ObjectProperty<ProjectChoice> project = new SimpleObjectProperty<>();
  private final ObservableList<NoteSummary> notes = FXCollections.observableArrayList();
  private final ObservableList<String> folders = FXCollections.observableArrayList();
  private final StringProperty folder = new SimpleStringProperty("");
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<SearchHit> results = FXCollections.observableArrayList();

  /**
   * The project's notes with unsaved edits kept from an earlier session (a crash, or the app closed
   * with edits), in path order; a note leaves the list when it is opened.
   */
  private final ObservableList<String> recoveredDrafts = FXCollections.observableArrayList();

  /** How many times each note's edits were discarded: a draft taken before is not written. */
  private final java.util.concurrent.ConcurrentHashMap<String, Long> discards =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final StringProperty resultsSummary = new SimpleStringProperty("");
  private final ObjectProperty<Optional<OpenNote>> open =
      new SimpleObjectProperty<>(Optional.empty());
  private final StringProperty editorText = new SimpleStringProperty("");
  private final BooleanProperty dirty = new SimpleBooleanProperty(false);
  private final BooleanProperty changedOnDisk = new SimpleBooleanProperty(false);
  private final BooleanProperty deletedOnDisk = new SimpleBooleanProperty(false);
  private final BooleanProperty projectMissing = new SimpleBooleanProperty(false);
  private final StringProperty opening = new SimpleStringProperty("");

  /** The project last chosen, opened (or found missing) once however often it is chosen. */
  private ProjectChoice selected;

  /** basic-memory's config the projects came from (none for a folder opened directly). */
  private NotesConfig notesConfig;

  /** The summary last put in the status line, to tell it from other messages. */
  private String shownSummary = "";

  /** True while an opened note and its text are being put in place. */
  private boolean reading;

  private final IntegerProperty depth = new SimpleIntegerProperty(1);
  private final ObjectProperty<Optional<Conflict>> conflict =
      new SimpleObjectProperty<>(Optional.empty());
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private final BooleanProperty empty = new SimpleBooleanProperty(false);
  private final ObjectProperty<Optional<Path>> openRoot =
      new SimpleObjectProperty<>(Optional.empty());
  private String loadedText = "";

  /**
   * The checksum of the file version the open note's edits were made on (set whenever a note is
   * opened); a save checks it.
   */
  private String editsBase = "";

  /** The text the app last wrote to the open note: the watcher reports that write too. */
  private String savedText = "";

  private dev.agentworkbench.workspace.UserEnvironment environment =
      new dev.agentworkbench.workspace.UserEnvironment(Path.of("."), Map.of());

  public MemoryViewModel(BackgroundWork work, Path appHome) {
    this.work = work;
    this.appHome = appHome;
    this.drafts = new NoteDrafts(appHome);
    editorText.addListener((o, was, now) -> updateDirty());
    open.addListener((o, was, now) -> updateDirty());
    depth.addListener(
        (o, was, now) -> open.get().ifPresent(n -> openNote(n.file().note().filePath())));
  }

  public ObservableList<ProjectChoice> projects() {
    return projects;
  }

  public ObjectProperty<ProjectChoice> project() {
    return project;
  }

  public ObservableList<NoteSummary> notes() {
    return notes;
  }

  public ObservableList<String> folders() {
    return folders;
  }

  public StringProperty folder() {
    return folder;
  }

  public StringProperty query() {
    return query;
  }

  /** The notes with unsaved edits kept from an earlier session, not opened yet. */
  public ObservableList<String> recoveredDrafts() {
    return recoveredDrafts;
  }

  /** Opens the first note with unsaved edits kept from an earlier session. */
  public void openRecoveredDraft() {
    if (!recoveredDrafts.isEmpty()) {
      openNote(recoveredDrafts.get(0));
    }
  }

  public ObservableList<SearchHit> results() {
    return results;
  }

  /** How many notes the search box's words found, said for the user ("" with no search). */
  public StringProperty resultsSummary() {
    return resultsSummary;
  }

  public ObjectProperty<Optional<OpenNote>> open() {
    return open;
  }

  public StringProperty editorText() {
    return editorText;
  }

  /**
   * Unsaved: the editor's text differs from the note as last read. Recomputed when either changes:
   * after a save the note read back equals the text, which then does not change.
   */
  private void updateDirty() {
    if (reading) {
      return;
    }
    dirty.set(open.get().isPresent() && !editorText.get().equals(loadedText));
  }

  public BooleanProperty dirty() {
    return dirty;
  }

  /**
   * True when the open note's file changed on disk while it had unsaved edits: the edits are kept,
   * and the user can compare the two versions before choosing (a save would ask them too).
   */
  public BooleanProperty changedOnDisk() {
    return changedOnDisk;
  }

  /** True when the open note's file was deleted on disk while it had unsaved edits. */
  public ReadOnlyBooleanProperty deletedOnDisk() {
    return deletedOnDisk;
  }

  /**
   * True when the open note cannot be edited here: its file is not UTF-8, so the editor's text
   * shows "\uFFFD" for bytes that a save would lose.
   */
  public javafx.beans.binding.BooleanBinding readOnly() {
    return readOnly;
  }

  private final javafx.beans.binding.BooleanBinding readOnly =
      javafx.beans.binding.Bindings.createBooleanBinding(
          () -> open.get().map(n -> !n.editable()).orElse(false), open);

  /** The encoding a note that is not UTF-8 is offered to be read in: Western European Windows. */
  public static final java.nio.charset.Charset LEGACY =
      java.nio.charset.Charset.forName("windows-1252");

  /** The open note's text as it would read in {@link #LEGACY}, for the user to judge. */
  public void previewConversion(Consumer<String> shown) {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty() || service == null) {
      return;
    }
    NotesService s = service;
    String path = n.get().file().note().filePath();
    work.submit(
        "memory-preview", () -> s.decodedAs(path, LEGACY), shown, fail("Cannot read " + path));
  }

  /**
   * Rewrites the open note, which is not UTF-8, as UTF-8 read in {@link #LEGACY}; nothing is
   * written when the file changed on disk since it was opened.
   */
  public void convertToUtf8() {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty() || service == null) {
      return;
    }
    NotesService s = service;
    String path = n.get().file().note().filePath();
    String checksum = n.get().file().checksum();
    work.submit(
        "memory-convert",
        () -> {
          try {
            s.convertToUtf8(path, checksum, LEGACY);
            return true;
          } catch (WriteConflictException e) {
            return false;
          }
        },
        converted -> {
          message.set(
              converted
                  ? "Converted " + path + " to UTF-8, read as Windows-1252."
                  : path + " changed on disk since you opened it: nothing was converted.");
          refreshLists();
          openNote(path);
        },
        fail("Cannot convert " + path));
  }

  /** Shows the open note's edits beside its file as it is on disk now, to choose one. */
  public void compareWithDisk() {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty() || service == null) {
      return;
    }
    NotesService s = service;
    String path = n.get().file().note().filePath();
    String text = editorText.get();
    work.submit(
        "memory-compare",
        () -> Conflict.of(path, text, onDisk(s, path)),
        c -> conflict.set(Optional.of(c)),
        fail("Cannot read " + path));
  }

  /** A note's text as it is on disk now; empty when the file is gone. */
  private static Optional<String> onDisk(NotesService s, String path)
      throws IOException, NotesException {
    Path f = s.fileOf(path);
    return Files.exists(f) ? Optional.of(Files.readString(f)) : Optional.empty();
  }

  /** Unsaved edits follow a moved note: its draft is written at the new path, the old one goes. */
  private void carryDraft(NotesService s, String from, String to, String unsaved)
      throws IOException, NotesException {
    drafts.save(s.fileOf(to), unsaved);
    drafts.discard(s.fileOf(from));
  }

  public IntegerProperty depth() {
    return depth;
  }

  public ObjectProperty<Optional<Conflict>> conflict() {
    return conflict;
  }

  /** The note the status message is about, when it is about the open note only. */
  private Optional<String> messageAbout = Optional.empty();

  {
    message.addListener((o, was, now) -> messageAbout = Optional.empty());
    // "Saved …" gives way once the note is edited again: it is no longer as saved
    dirty.addListener(
        (o, was, now) -> {
          if (now && messageAbout.isPresent() && service != null) {
            showSummary(service);
          }
        });
  }

  /** A status message about one note, replaced when another note is opened. */
  private void noteMessage(String path, String text) {
    message.set(text);
    messageAbout = Optional.of(path);
  }

  /** "1 note", "2 notes". */
  static String notes(long count) {
    return count + (count == 1 ? " note" : " notes");
  }

  /**
   * The project's summary ("12 notes in main") in the status line, kept up as notes come and go.
   */
  private void showSummary(NotesService s) {
    shownSummary = notes(s.size()) + " in " + s.location().projectName();
    message.set(shownSummary);
  }

  public StringProperty message() {
    return message;
  }

  public BooleanProperty loading() {
    return loading;
  }

  public BooleanProperty empty() {
    return empty;
  }

  /** The folder of the open project, for watching it when it lies outside the workspace. */
  public ObjectProperty<Optional<Path>> openRoot() {
    return openRoot;
  }

  /**
   * Runs {@code compute} off the FX thread (the room's one background executor) and gives its
   * result on it; a newer request with the same {@code key} drops an older one's result. For the
   * view's own work on text, such as the editor's highlighting.
   */
  <T> void inBackground(
      String key, java.util.concurrent.Callable<T> compute, Consumer<T> onResult) {
    work.submit(key, compute, onResult, e -> message.set("Failed: " + e.getMessage()));
  }

  public Optional<NotesService> service() {
    return Optional.ofNullable(service);
  }

  /** Takes the projects of the workspace's basic-memory config and opens the default one. */
  public void useWorkspace(Optional<Workspace> workspace) {
    projects.clear();
    projectMissing.set(false);
    notesConfig = null;
    selected = null;
    workspace.ifPresent(
        ws -> {
          environment = ws.environment();
          NotesConfig config = ws.notes();
          notesConfig = config;
          for (NotesProject p : config.projects()) {
            projects.add(new ProjectChoice(p));
          }
          // the switcher marks every missing project; the chosen one is looked for as it opens
          List<ProjectChoice> all = List.copyOf(projects);
          work.submit(
              "memory-project-folders",
              () -> all.stream().map(ProjectChoice::missingNow).toList(),
              missing -> {
                for (int i = 0; i < all.size(); i++) {
                  all.get(i).missing = missing.get(i);
                }
              },
              e -> {});
          ProjectChoice first =
              projects.stream()
                  .filter(c -> c.project().name().equals(config.defaultProject()))
                  .findFirst()
                  .orElse(projects.isEmpty() ? null : projects.get(0));
          selectProject(first, config);
        });
  }

  /** Opens a project folder directly (tests, or a folder the user chose). */
  public void useFolder(Path root) {
    NotesProject p = new NotesProject(root.getFileName().toString(), root, false);
    projects.setAll(new ProjectChoice(p));
    selectProject(projects.get(0), null);
  }

  /**
   * Shows a project: opens it, or says its folder is missing. Choosing it may come back here
   * through the switcher, which follows {@link #project}: a project is opened once.
   */
  public void selectProject(ProjectChoice choice, NotesConfig config) {
    project.set(choice);
    if (choice != null && choice == selected) {
      return; // opened already, by the switcher's call back
    }
    selected = choice;
    if (choice == null) {
      projectMissing.set(false);
      return;
    }
    if (!choice.project().fromConfig()) {
      // a folder opened as it is (no config to read it with), as useFolder opens it
      projectMissing.set(false);
      openService(() -> NotesLocation.folder(choice.project().root(), appHome));
      return;
    }
    work.submit(
        "memory-project-folder",
        choice::missingNow,
        missing -> {
          if (project.get() != choice) {
            return; // another project was chosen meanwhile
          }
          choice.missing = missing;
          if (missing) {
            showMissing(choice);
          } else {
            projectMissing.set(false);
            openService(() -> NotesLocation.of(choice.project(), config, envWithAppHome()));
          }
        },
        fail("Cannot look for the project's folder"));
  }

  /** Looks for the chosen project's folder again, and opens it when it is there. */
  public void lookAgain() {
    if (notesConfig != null) {
      selected = null;
      selectProject(project.get(), notesConfig);
    }
  }

  /** The note being read to be opened, or "" (a note of many megabytes takes seconds). */
  public ReadOnlyStringProperty opening() {
    return opening;
  }

  /** True while the chosen project's folder is missing: the room says so instead of its notes. */
  public ReadOnlyBooleanProperty projectMissing() {
    return projectMissing;
  }

  private void showMissing(ProjectChoice choice) {
    projectMissing.set(true);
    closeService();
    notes.clear();
    shownNotes = List.of();
    folders.clear();
    results.clear();
    empty.set(false);
    message.set(
        "Project '"
            + choice.project().name()
            + "' is missing: its folder "
            + choice.project().root()
            + " does not exist. Restore it or pick another project.");
  }

  private dev.agentworkbench.workspace.UserEnvironment envWithAppHome() {
    Map<String, String> vars = new java.util.HashMap<>(environment.variables());
    vars.put("AGENT_WORKBENCH_HOME", appHome.toString());
    return new dev.agentworkbench.workspace.UserEnvironment(environment.home(), vars);
  }

  private void openService(java.util.function.Supplier<NotesLocation> location) {
    closeService();
    // nothing of the project before stays on screen while this one is read: its folders, notes
    // and search results belong to it
    notes.clear();
    shownNotes = List.of();
    folders.clear();
    results.clear();
    resultsSummary.set("");
    folder.set("");
    loading.set(true);
    message.set("Indexing notes…");
    work.submit(
        "memory-open",
        () -> {
          NotesService opened = NotesService.open(location.get());
          return java.util.Map.entry(opened, keptDrafts(opened));
        },
        opened -> {
          NotesService s = opened.getKey();
          service = s;
          recoveredDrafts.setAll(opened.getValue());
          openRoot.set(Optional.of(s.location().root()));
          loading.set(false);
          showSummary(s);
          refreshLists(); // which searches the words in the search box again, in this project
          work.submit(
              "memory-warm",
              () -> {
                s.warmUpdates();
                return Boolean.TRUE;
              },
              done -> {},
              e -> {}); // a save would then pay the first update's cost itself: nothing lost
        },
        fail("Cannot open the notes project"));
  }

  /** The project's notes that have a draft left by an earlier session (none when unreadable). */
  private List<String> keptDrafts(NotesService s) {
    Path root = s.location().root().toAbsolutePath().normalize();
    try {
      return drafts.kept(root).stream()
          .map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
          .filter(rel -> s.byPath(rel).isPresent())
          .toList();
    } catch (IOException e) {
      return List.of(); // each draft is still found when its note is opened
    }
  }

  private void closeService() {
    keepDraftNow();
    recoveredDrafts.clear();
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        message.set("Closing the previous project's index failed: " + e.getMessage());
      }
      service = null;
    }
    open.set(Optional.empty());
  }

  private Consumer<Throwable> fail(String what) {
    return e -> {
      loading.set(false);
      message.set(what + ": " + forTheRoom(e));
    };
  }

  /** An error's text as the room shows it: without the command line's advice. */
  static String forTheRoom(Throwable e) {
    return e instanceof NotesException n ? n.withoutAdvice() : String.valueOf(e.getMessage());
  }

  /**
   * The note list, folders and emptiness, computed off the FX thread: the lists to show; {@code
   * changedRows} are the rows whose note changed when the notes are the same ones, in the same
   * order, as in {@code before} (null when they are not).
   */
  private record Lists(
      List<NoteSummary> notes,
      List<String> folders,
      boolean empty,
      List<NoteSummary> before,
      int[] changedRows) {}

  /** What {@link #notes} holds, as an immutable list that the background work may read. */
  private volatile List<NoteSummary> shownNotes = List.of();

  /**
   * The rows whose note differs, when both lists hold the same notes (by path) in the same order;
   * null when they do not.
   */
  static int[] changedRows(List<NoteSummary> before, List<NoteSummary> after) {
    if (before.size() != after.size()) {
      return null;
    }
    java.util.stream.IntStream.Builder changed = java.util.stream.IntStream.builder();
    for (int i = 0; i < after.size(); i++) {
      NoteSummary was = before.get(i);
      NoteSummary now = after.get(i);
      if (!was.filePath().equals(now.filePath())) {
        return null;
      }
      if (!was.equals(now)) {
        changed.add(i);
      }
    }
    return changed.build().toArray();
  }

  /**
   * Refreshes the note list and folders: sorting and filtering thousands of notes happens in the
   * background; the FX thread only swaps in lists that changed.
   */
  private void refreshLists() {
    refreshLists(shown -> {});
  }

  /** The same; {@code listed} is then told how many notes the list shows. */
  private void refreshLists(java.util.function.IntConsumer listed) {
    if (service == null) {
      return;
    }
    NotesService s = service;
    String f = folder.get();
    work.submit(
        "memory-lists",
        () -> {
          List<NoteSummary> all = s.notes();
          List<NoteSummary> shown =
              f.isEmpty() ? all : all.stream().filter(n -> inFolder(n, f)).toList();
          List<NoteSummary> before = shownNotes;
          List<NoteSummary> after = List.copyOf(shown);
          return new Lists(after, s.folders(), all.isEmpty(), before, changedRows(before, after));
        },
        l -> {
          if (s != service) {
            return;
          }
          if (l.before() == shownNotes && l.changedRows() != null) {
            // a save or an edit on disk: only its row changes, so the table keeps its place
            for (int row : l.changedRows()) {
              notes.set(row, l.notes().get(row));
            }
          } else {
            notes.setAll(l.notes());
          }
          shownNotes = l.notes();
          recoveredDrafts.removeIf(p -> s.byPath(p).isEmpty()); // deleted, here or on disk
          if (!l.folders().equals(folders)) {
            folders.setAll(l.folders());
          }
          empty.set(l.empty());
          if (!query.get().isBlank()) {
            search(query.get());
          }
          listed.accept(l.notes().size());
        },
        fail("Listing the notes failed"));
  }

  /** Whether a note is in folder {@code f} or below it. */
  private static boolean inFolder(NoteSummary n, String f) {
    return n.folder().equals(f) || n.folder().startsWith(f + "/");
  }

  public void showFolder(String f) {
    showFolder(f, false);
  }

  /**
   * Shows the notes of a folder; with {@code say}, the user chose it, and the line under the list
   * counts what it then shows (a folder selected again as the tree is rebuilt says nothing, so the
   * message of what rebuilt it stays).
   */
  public void showFolder(String f, boolean say) {
    folder.set(f == null ? "" : f);
    String shown = folder.get();
    refreshLists(
        count -> {
          NotesService s = service;
          // while search results are shown, a count of the folder would contradict them
          if (say && s != null && query.get().isBlank()) {
            message.set(
                notes(count)
                    + " in "
                    + (shown.isEmpty() ? s.location().projectName() : shown + "/"));
          }
        });
  }

  /**
   * Searches as the user types; older searches are dropped. The text may hold the filters {@code
   * type:}, {@code folder:} and {@code after:} (see {@link SearchBoxQuery}).
   */
  public void search(String text) {
    query.set(text);
    if (service != null && text.strip().startsWith("memory://")) {
      showUrl(service, text.strip());
      return;
    }
    SearchBoxQuery asked = SearchBoxQuery.parse(text);
    if (service == null || asked.isEmpty()) {
      results.clear();
      resultsSummary.set("");
      return;
    }
    SearchRequest request;
    try {
      request = asked.request(SHOWN_RESULTS, Instant.now(), java.time.ZoneId.systemDefault());
    } catch (NotesException e) {
      results.clear();
      resultsSummary.set(e.getMessage());
      return;
    }
    NotesService s = service;
    work.submit(
        "memory-search",
        () -> s.search(request),
        page -> {
          results.setAll(page.results());
          resultsSummary.set(summary(page.total(), page.totalIsExact(), asked));
        },
        e -> message.set("Search failed: " + e.getMessage()));
  }

  /**
   * A memory:// link pasted in the search box (agents and basic-memory's build_context name notes
   * so): the notes it names, as results; with {@code *}, every note it matches.
   */
  private void showUrl(NotesService s, String url) {
    work.submit(
        "memory-search",
        () -> s.atUrl(url),
        found -> {
          results.setAll(
              found.stream()
                  .limit(SHOWN_RESULTS)
                  .map(n -> SearchHit.of(n, "memory://" + n.permalink()))
                  .toList());
          resultsSummary.set(
              found.isEmpty()
                  ? "No note is at " + url + "."
                  : (found.size() == 1
                          ? "1 note at this link"
                          : found.size() + " notes match this link")
                      + (found.size() > SHOWN_RESULTS
                          ? "; the first " + SHOWN_RESULTS + " are shown"
                          : ""));
        },
        e -> {
          results.clear();
          resultsSummary.set(e.getMessage());
        });
  }

  private static final int SHOWN_RESULTS = 50;

  /** The line above the results: how many match, with the filters in words. */
  static String summary(long total, SearchBoxQuery asked) {
    return summary(total, true, asked);
  }

  /** The same; a total that is not exact is a lower bound ("at least 10000 notes match"). */
  static String summary(long total, boolean exact, SearchBoxQuery asked) {
    String filters = asked.filtersInWords();
    if (total == 0) {
      return asked.text().isBlank()
          ? "No notes " + filters + ". Try other filters."
          : "No notes match \u201c"
              + asked.text()
              + "\u201d"
              + (filters.isEmpty() ? "" : ", " + filters)
              + asked
                  .problem()
                  .map(why -> ": " + why)
                  .orElse(". Try other words, or the start of a word.");
    }
    String found =
        !exact
            ? "At least " + total + " notes match"
            : total == 1 ? "1 note matches" : total + " notes match";
    return found
        + (filters.isEmpty() ? "" : ", " + filters)
        + (total > SHOWN_RESULTS ? "; the best " + SHOWN_RESULTS + " are shown" : "");
  }

  /**
   * Opens a note: reads it, its backlinks and its neighbourhood. Unsaved edits of the note open
   * before are kept as its draft first, however soon after the last key the user moves on.
   */
  public void openNote(String filePath) {
    Optional<String> leaving =
        open.get().map(n -> n.file().note().filePath()).filter(p -> !p.equals(filePath));
    if (leaving.isPresent()) {
      boolean unsaved = dirty.get();
      saveDraft();
      if (unsaved) {
        // nothing asks before leaving a note with unsaved edits: say where they are, and name the
        // note in the bar of notes with kept edits until it is opened again
        if (deletedOnDisk.get()) {
          // no note to open again: the draft comes back with a note written at that path
          message.set(
              leaving.get()
                  + " is deleted on disk: your unsaved edits of it are kept in a draft, which"
                  + " comes back when a note is written there again.");
        } else {
          if (!recoveredDrafts.contains(leaving.get())) {
            recoveredDrafts.add(leaving.get());
          }
          message.set(
              "Your unsaved edits of "
                  + leaving.get()
                  + " are kept as a draft: open it again to go on or save them.");
        }
      }
    }
    openNote(filePath, Optional.empty());
  }

  /**
   * Opens a note; with {@code saved}, the text just saved from the editor: if the editor holds more
   * than that by the time the note is read back (typing went on during the save), it keeps it.
   */
  private void openNote(String filePath, Optional<String> saved) {
    if (service == null) {
      return;
    }
    NotesService s = service;
    int d = depth.get();
    opening.set(filePath);
    work.submit(
        "memory-open-note",
        () -> {
          NoteFile f = s.readFile(filePath);
          List<Link> links =
              f.note().relations().stream()
                  .map(r -> new Link(r, s.resolve(r.target(), Optional.of(filePath))))
                  .toList();
          NoteSummary self = s.byPath(filePath).orElse(f.note().summary());
          // the nearest are drawn; how many there are in all is said beside them
          List<ContextResult.Related> around =
              s.neighbourhood(self, d, Instant.MIN, Integer.MAX_VALUE);
          List<ContextResult.Related> graph =
              around.subList(0, Math.min(GRAPH_SHOWN, around.size()));
          Optional<NoteDrafts.Draft> draft;
          synchronized (drafts) {
            draft = drafts.load(s.fileOf(filePath));
            if (draft.isPresent() && draft.get().text().equals(f.text())) {
              // it holds what the note holds (a draft written as a save ended): nothing to recover
              drafts.discard(s.fileOf(filePath));
              draft = Optional.empty();
            }
          }
          boolean binary = f.text().indexOf('\0') >= 0;
          Optional<org.commonmark.node.Node> doc =
              binary || f.note().content().length() > 200_000
                  ? Optional.empty()
                  : Optional.of(MARKDOWN.parse(f.note().content()));
          return new Object[] {
            new OpenNote(
                f, s.backlinks(filePath), links, List.copyOf(graph), doc, binary, around.size()),
            draft
          };
        },
        r -> {
          opening.set("");
          OpenNote n = (OpenNote) r[0];
          @SuppressWarnings("unchecked")
          Optional<NoteDrafts.Draft> recovered = (Optional<NoteDrafts.Draft>) r[1];
          loadedText = n.file().text();
          Optional<NoteDrafts.Draft> draft = recovered.filter(t -> !t.text().equals(loadedText));
          // edits recovered from a draft made on an older version of the file: a save is a
          // conflict, never a silent overwrite of what changed on disk since
          boolean stale =
              draft
                  .flatMap(NoteDrafts.Draft::base)
                  .filter(b -> !b.equals(n.file().checksum()))
                  .isPresent();
          editsBase = stale ? draft.get().base().get() : n.file().checksum();
          deletedOnDisk.set(false);
          changedOnDisk.set(false);
          boolean typedSince =
              saved.isPresent()
                  && open.get().map(o -> o.file().note().filePath().equals(filePath)).orElse(false)
                  && !editorText.get().equals(saved.get());
          if (messageAbout.filter(p -> !p.equals(filePath)).isPresent()) {
            // "Saved …" of the note before does not stay beside another one
            showSummary(s);
          }
          recoveredDrafts.remove(filePath);
          if (typedSince) {
            open.set(Optional.of(n));
            updateDirty(); // the editor keeps what was typed during the save, still unsaved
            conflict.set(Optional.empty());
            return;
          }
          // the note and its text are put in place together: between the two, the text of the
          // note before is no edit of this one
          reading = true;
          try {
            open.set(Optional.of(n));
            editorText.set(draft.map(NoteDrafts.Draft::text).orElse(loadedText));
          } finally {
            reading = false;
          }
          updateDirty();
          draft.ifPresent(t -> drafted.add(filePath));
          draft.ifPresent(
              t ->
                  message.set(
                      stale
                          ? "Recovered unsaved edits of "
                              + filePath
                              + " from a draft, but the file changed on disk since: compare"
                              + " before saving."
                          : "Recovered unsaved edits of " + filePath + " from a draft."));
          changedOnDisk.set(stale);
          conflict.set(Optional.empty());
        },
        e -> {
          opening.set("");
          fail("Cannot open " + filePath).accept(e);
        });
  }

  /** The title and folder the new-note form starts with. */
  public record NewNoteProposal(String title, String folder) {}

  /**
   * What the new-note form proposes for {@code named}, a title or a link's target, so that the link
   * resolves to the note made: {@code folder/Note} is Note in that folder; {@code project/Note} (as
   * the parser stores {@code [[project::Note]]}) naming this project is Note at its root, found by
   * its permalink; anything else starts in the folder shown.
   */
  public NewNoteProposal proposeNote(String named) {
    int slash = named.lastIndexOf('/');
    if (slash <= 0 || slash == named.length() - 1) {
      return new NewNoteProposal(named, folder.get());
    }
    String in = named.substring(0, slash);
    ProjectChoice choice = project.get();
    if (choice != null && Permalinks.slug(in).equals(Permalinks.slug(choice.project().name()))) {
      in = "";
    }
    return new NewNoteProposal(named.substring(slash + 1), in);
  }

  /**
   * What the move dialog says of the open note: the extension its new path keeps, and whether its
   * permalink stays (basic-memory's default) or follows the new path ({@code
   * update_permalinks_on_move}).
   */
  public String moveHint() {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty()) {
      return "";
    }
    dev.agentworkbench.memory.Note note = n.get().file().note();
    boolean follows = service != null && service.location().updatePermalinksOnMove();
    return "New path in the project, ending in "
        + dev.agentworkbench.memory.NoteExtensions.of(note.filePath())
        + " (added when left out; a folder ending in / keeps the file's name). "
        + (follows
            ? "The permalink follows the new path (update_permalinks_on_move is set); links by"
                + " title keep working."
            : "The permalink " + note.permalink() + " stays, so links keep working.");
  }

  /** Follows a [[link]] from the open note: resolved as basic-memory resolves it. */
  public void openLink(String target) {
    if (service == null) {
      return;
    }
    NotesService s = service;
    Optional<String> from = open.get().map(n -> n.file().note().filePath());
    work.submit(
        "memory-open-link",
        () -> s.resolve(target, from),
        hit ->
            hit.ifPresentOrElse(
                n -> openNote(n.filePath()),
                () ->
                    message.set(
                        "[[" + target + "]] does not exist yet: use \"create\" under Relations.")),
        fail("Cannot follow the link"));
  }

  /** Notes whose recovery draft was written or recovered while they were open (FX thread). */
  private final java.util.Set<String> drafted = new java.util.HashSet<>();

  /** Saves the typed text as a recovery draft (called, debounced, while typing). */
  public void saveDraft() {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty() || service == null) {
      return;
    }
    NotesService s = service;
    String text = editorText.get();
    String path = n.get().file().note().filePath();
    if (!dirty.get()) {
      // undone back to the note as read: a draft of the edits would bring them back later (only
      // a note with a draft has one to drop: leaving a note untouched touches no file)
      if (drafted.remove(path)) {
        dropDraft(s, path, () -> {}, "Could not drop the recovery draft");
      }
      return;
    }
    drafted.add(path);
    Optional<String> base = Optional.of(editsBase);
    long discardsSeen = discards.getOrDefault(path, 0L);
    work.submit(
        "memory-draft:" + path, // a newer draft replaces an older one of the same note only
        () -> {
          synchronized (drafts) {
            // edits discarded since this draft was taken are not written back
            if (discards.getOrDefault(path, 0L) == discardsSeen) {
              drafts.save(s.fileOf(path), text, base);
            }
          }
          return true;
        },
        ok -> {},
        fail("Could not save a recovery draft"));
  }

  /**
   * Drops a note's recovery draft in the background (after any draft save of it), then {@code
   * then}.
   */
  private void dropDraft(NotesService s, String path, Runnable then, String failure) {
    work.submit(
        "memory-draft:" + path,
        () -> {
          synchronized (drafts) {
            drafts.discard(s.fileOf(path));
          }
          return true;
        },
        done -> then.run(),
        fail(failure));
  }

  /**
   * Drops the open note's unsaved edits and their recovery draft, and reads the note again as it is
   * on disk.
   */
  public void discardEdits() {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty() || service == null || !dirty.get()) {
      return;
    }
    NotesService s = service;
    String path = n.get().file().note().filePath();
    editorText.set(loadedText);
    discards.merge(path, 1L, Long::sum); // a draft save already under way writes nothing
    dropDraft(
        s,
        path,
        () -> {
          noteMessage(path, "Discarded the unsaved edits of " + path + ".");
          openNote(path);
        },
        "Cannot discard the recovery draft of " + path);
  }

  /**
   * Writes the open note's unsaved edits to its draft at once, on this thread: the project or the
   * app is closing, and a draft written later might not be written at all.
   */
  private void keepDraftNow() {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty() || service == null || !dirty.get()) {
      return;
    }
    try {
      drafts.save(
          service.fileOf(n.get().file().note().filePath()),
          editorText.get(),
          Optional.of(editsBase));
    } catch (IOException | NotesException | RuntimeException e) {
      message.set("Could not save a recovery draft: " + e.getMessage());
    }
  }

  /** Saves the editor; a change on disk since it was read opens the conflict view instead. */
  public void save() {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty() || service == null) {
      return;
    }
    NotesService s = service;
    String text = editorText.get();
    NoteFile file = n.get().file();
    String path = file.note().filePath();
    String base = editsBase;
    work.submit(
        "memory-save",
        () -> {
          try {
            s.save(path, text, base);
            drafts.discard(s.fileOf(path));
            return Optional.<Conflict>empty();
          } catch (WriteConflictException e) {
            Optional<String> now = onDisk(s, path);
            if (now.isEmpty()) {
              // deleted on disk meanwhile: Save writes it again, as the room said it would
              try {
                s.saveAgain(path, text);
                drafts.discard(s.fileOf(path));
                return Optional.<Conflict>empty();
              } catch (WriteConflictException back) {
                now = onDisk(s, path); // a file came back at that path in between
              }
            }
            return Optional.of(Conflict.of(path, text, now));
          }
        },
        found -> {
          conflict.set(found);
          if (found.isPresent()) {
            message.set(
                found.get().deleted()
                    ? path + " is gone from disk and could not be written again: choose."
                    : path + " changed on disk while you edited it: choose which version to keep.");
          } else {
            savedText = text;
            noteMessage(path, "Saved " + path);
            refreshLists();
            openNote(path, Optional.of(text));
          }
        },
        fail("Save failed"));
  }

  /** Resolves a conflict: keep mine (written over the disk version) or take the disk version. */
  public void resolveConflict(boolean keepMine) {
    Optional<Conflict> c = conflict.get();
    if (c.isEmpty() || service == null) {
      return;
    }
    NotesService s = service;
    conflict.set(Optional.empty());
    if (!keepMine) {
      // the user's edits are dropped by their choice: their draft too, or reopening would bring
      // them back
      boolean gone = c.get().deleted();
      if (!gone) {
        editorText.set(c.get().onDisk());
      }
      work.submit(
          "memory-save",
          () -> {
            drafts.discard(s.fileOf(c.get().filePath()));
            return c.get().filePath();
          },
          path -> {
            if (gone) {
              // the note is gone and the user lets it go: it closes
              dirty.set(false);
              changedOnDisk.set(false);
              deletedOnDisk.set(false);
              open.set(Optional.empty());
              message.set(path + " stays deleted; your edits were dropped.");
              refreshLists();
            } else {
              noteMessage(
                  path, "Took the version on disk of " + path + "; your edits were dropped.");
              openNote(path, Optional.empty());
            }
          },
          fail("Could not drop the draft"));
      return;
    }
    work.submit(
        "memory-save",
        () -> {
          s.overwrite(c.get().filePath(), c.get().mine());
          drafts.discard(s.fileOf(c.get().filePath()));
          return c.get().filePath();
        },
        path -> {
          noteMessage(path, "Kept your version of " + path + "; the version on disk was replaced.");
          afterChange(path);
        },
        fail("Save failed"));
  }

  /** A new note from the form; refused when it exists unless {@code overwrite}. */
  public void create(NewNoteForm form, Consumer<String> onCreated) {
    if (service == null) {
      return;
    }
    NotesService s = service;
    work.submit(
        "memory-create",
        () ->
            s.write(
                form.title(),
                form.folder(),
                form.body(),
                form.tagList(),
                form.type(),
                Map.of(),
                form.overwrite()),
        r -> {
          noteMessage(
              r.note().filePath(),
              "Created " + r.note().filePath() + " (" + r.note().permalink() + ")");
          afterChange(r.note().filePath());
          onCreated.accept(r.note().filePath());
        },
        e ->
            message.set(
                e instanceof NotesException
                    ? e.getMessage()
                    : "Could not create the note: " + e.getMessage()));
  }

  /**
   * The path a move goes to, as the room takes it: a folder ({@code archive/}) keeps the note's
   * file name, and a path without the note's extension is given it ({@code archive/Old Ideas} goes
   * to {@code archive/Old Ideas.md}).
   */
  static String withNoteName(String typed, String from) {
    if (typed.isEmpty() || typed.endsWith("/")) {
      return typed + from.substring(from.lastIndexOf('/') + 1);
    }
    return dev.agentworkbench.memory.NoteExtensions.isNote(typed)
        ? typed
        : typed + dev.agentworkbench.memory.NoteExtensions.of(from);
  }

  /** Moves or renames the open note; its permalink stays unless the settings say otherwise. */
  public void move(String destinationPath) {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty() || service == null) {
      return;
    }
    NotesService s = service;
    String from = n.get().file().note().filePath();
    String oldPermalink = n.get().file().note().permalink();
    String to = withNoteName(destinationPath.strip(), from);
    // unsaved edits go with the note: their draft moves too, and the moved note opens with them
    Optional<String> unsaved = dirty.get() ? Optional.of(editorText.get()) : Optional.empty();
    work.submit(
        "memory-move",
        () -> {
          var moved = s.move(from, to, false);
          if (unsaved.isPresent()) {
            carryDraft(s, from, moved.note().filePath(), unsaved.get());
          }
          return moved;
        },
        r -> {
          message.set(
              "Moved to "
                  + r.note().filePath()
                  + (r.note().permalink().equals(oldPermalink)
                      ? "; permalink " + oldPermalink + " kept"
                      : "; its permalink is now " + r.note().permalink()));
          afterChange(r.note().filePath());
        },
        e -> message.set(e.getMessage()));
  }

  /** Deletes the open note with the given remover (system trash or permanent), then forgets it. */
  public void delete(Trash trash) {
    Optional<OpenNote> n = open.get();
    if (n.isEmpty() || service == null) {
      return;
    }
    NotesService s = service;
    String path = n.get().file().note().filePath();
    work.submit(
        "memory-delete",
        () -> {
          Path f = s.fileOf(path);
          String how = trash.remove(f);
          s.update(List.of(f));
          drafts.discard(f);
          return how;
        },
        how -> {
          open.set(Optional.empty());
          message.set("Deleted " + path + " (" + how + ")");
          refreshLists();
        },
        fail("Delete failed"));
  }

  /** How many notes a folder (and its subfolders) holds, for the folder actions' dialogs. */
  public long notesInFolder(String f) {
    return service == null ? 0 : service.notes().stream().filter(n -> inFolder(n, f)).count();
  }

  /** The open note, when it has unsaved edits and lies in folder {@code f}: they go with it. */
  public Optional<String> unsavedUnder(String f) {
    return dirty.get() && openIsUnder(f)
        ? open.get().map(o -> o.file().note().filePath())
        : Optional.empty();
  }

  private boolean openIsUnder(String f) {
    return open.get().map(o -> o.file().note().filePath().startsWith(f + "/")).orElse(false);
  }

  /** Moves a whole folder; every note keeps its permalink. */
  public void moveFolder(String from, String to) {
    if (service == null) {
      return;
    }
    NotesService s = service;
    Optional<String> reopen =
        open.get().map(o -> o.file().note().filePath()).filter(p -> p.startsWith(from + "/"));
    Optional<String> unsaved =
        reopen.isPresent() && dirty.get() ? Optional.of(editorText.get()) : Optional.empty();
    work.submit(
        "memory-move-folder",
        () -> {
          var moved = s.moveFolder(from, to);
          if (unsaved.isPresent()) {
            String old = reopen.get();
            carryDraft(s, old, moved.destination() + old.substring(from.length()), unsaved.get());
          }
          // the drafts of the folder's other notes go with them: kept from an earlier session, or
          // left by a note edited and then left in this one
          Path was = s.fileOf(from).toAbsolutePath().normalize();
          Path now = s.fileOf(moved.destination()).toAbsolutePath().normalize();
          synchronized (drafts) {
            for (Path old : drafts.kept(was)) {
              Optional<NoteDrafts.Draft> d = drafts.load(old);
              if (d.isPresent()) {
                drafts.save(now.resolve(was.relativize(old)), d.get().text(), d.get().base());
                drafts.discard(old);
              }
            }
          }
          return moved;
        },
        c -> {
          recoveredDrafts.replaceAll(
              p -> p.startsWith(from + "/") ? c.destination() + p.substring(from.length()) : p);
          message.set(
              "Moved folder "
                  + c.folder()
                  + " to "
                  + c.destination()
                  + " ("
                  + notes(c.notes().size())
                  + ", permalinks kept)");
          if (folder.get().equals(from) || folder.get().startsWith(from + "/")) {
            folder.set(c.destination() + folder.get().substring(from.length()));
          }
          refreshLists();
          reopen.ifPresent(p -> openNote(c.destination() + p.substring(from.length())));
        },
        e -> message.set(e.getMessage()));
  }

  /** Deletes a whole folder with the given remover (system trash or permanent). */
  public void deleteFolder(String f, NotesService.Remover remover) {
    if (service == null) {
      return;
    }
    NotesService s = service;
    boolean closeOpen = openIsUnder(f);
    work.submit(
        "memory-delete-folder",
        () -> s.deleteFolder(f, remover),
        c -> {
          if (closeOpen) {
            open.set(Optional.empty());
          }
          if (folder.get().equals(f) || folder.get().startsWith(f + "/")) {
            folder.set("");
          }
          message.set(
              c.map(x -> "Deleted folder " + x.folder() + " (" + notes(x.notes().size()) + ")")
                  .orElse("Folder " + f + " was already gone"));
          refreshLists();
        },
        fail("Delete failed"));
  }

  /** How a deleted note leaves: to the system trash where there is one. */
  public interface Trash {
    /** Removes the file and says how ("moved to the trash", "deleted permanently"). */
    String remove(Path file) throws IOException;
  }

  private void afterChange(String filePath) {
    refreshLists();
    openNote(filePath);
  }

  /** What happened on disk to the open note's file, by someone other than the app. */
  private enum DiskChange {
    NONE,
    CHANGED,
    DELETED,
    /** The project's folder itself is gone. */
    FOLDER_GONE
  }

  /** File changes from the watcher: the index is updated, lists refreshed. */
  public void filesChanged(Collection<Path> paths) {
    if (service == null) {
      return;
    }
    NotesService s = service;
    ProjectChoice chosen = project.get();
    Optional<String> touched =
        open.get()
            .map(n -> n.file().note().filePath())
            .filter(path -> paths.stream().anyMatch(p -> p.endsWith(path)));
    // the app's own writes come back from the watcher too: only a text it neither read nor wrote
    // is someone else's change
    List<String> ours = List.of(loadedText, savedText);
    work.submit(
        () -> {
          if (chosen != null && chosen.missingNow()) {
            return DiskChange.FOLDER_GONE;
          }
          s.update(paths);
          if (touched.isEmpty()) {
            return DiskChange.NONE;
          }
          Optional<String> now = onDisk(s, touched.get());
          if (now.isEmpty()) {
            return DiskChange.DELETED;
          }
          return ours.contains(now.get()) ? DiskChange.NONE : DiskChange.CHANGED;
        },
        foreign -> {
          if (s != service) {
            return; // another project was opened meanwhile: this answer is not about it
          }
          if (foreign == DiskChange.FOLDER_GONE) {
            // the project's folder itself went away: the room says so, as when it was missing
            chosen.missing = true;
            showMissing(chosen);
            return;
          }
          refreshLists();
          if (message.get().equals(shownSummary)) {
            showSummary(s); // the count follows notes added or removed outside the app
          }
          open.get()
              .filter(n -> touched.isPresent() && touched.get().equals(n.file().note().filePath()))
              .ifPresent(
                  n -> {
                    if (!dirty.get() && foreign == DiskChange.DELETED) {
                      // nothing typed to keep: the note closes, as the list no longer holds it
                      open.set(Optional.empty());
                      changedOnDisk.set(false);
                      deletedOnDisk.set(false);
                      message.set(n.file().note().filePath() + " was deleted outside the app.");
                    } else if (!dirty.get()) {
                      openNote(n.file().note().filePath());
                    } else if (foreign == DiskChange.NONE) {
                      // back as it was read (or as saved here): nothing to warn of any more
                      changedOnDisk.set(false);
                      deletedOnDisk.set(false);
                    } else {
                      changedOnDisk.set(true);
                      deletedOnDisk.set(foreign == DiskChange.DELETED);
                      message.set(
                          n.file().note().filePath()
                              + (foreign == DiskChange.DELETED
                                  ? " was deleted on disk while you were editing it; your edits"
                                      + " are kept, and Save writes the note again."
                                  : " changed on disk while you were editing it; your edits are"
                                      + " kept."));
                    }
                  });
        },
        fail("Updating the index failed"));
  }

  /**
   * Whether a link written in the open note ({@code [[target]]}) resolves to a note, as the reader
   * marks it; true while no project is open. Taken on the FX thread, asked off it: the project and
   * the note are the ones open when it was taken.
   */
  java.util.function.Predicate<String> linkResolver() {
    NotesService s = service;
    if (s == null) {
      return target -> true;
    }
    Optional<String> from = open.get().map(n -> n.file().note().filePath());
    return target ->
        s.resolve(dev.agentworkbench.memory.parse.NoteParser.linkTarget(target), from).isPresent();
  }

  public void close() {
    closeService();
  }
}
