package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.index.SearchHit;
import dev.agentworkbench.ui.common.EmptyState;
import dev.agentworkbench.workspace.files.FreedesktopTrash;
import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Memory room's layout: project bar, folders and notes, search, the note (read, edit, graph).
 */
final class MemoryView extends BorderPane {
  /** The room's own styles; its dialogs take them too. */
  static final String STYLESHEET =
      MemoryView.class.getResource("/dev/agentworkbench/ui/memory.css").toExternalForm();

  private final MemoryViewModel model;
  private final Supplier<Window> window;
  private final TableView<NoteSummary> table = new TableView<>();
  private final ListView<SearchHit> results = new ListView<>();
  private final TreeView<String> tree = new TreeView<>();
  private ComboBox<MemoryViewModel.ProjectChoice> projects;
  private TextField search;
  private final NoteReader reader;

  /** Built when the Edit tab is first shown: a fresh RichTextFX area costs a visible stall. */
  private NoteEditor editor;

  private final NeighbourhoodGraph graph;
  private final StackPane center = new StackPane();
  private final TabPane tabs = new TabPane();

  /** True while the chosen project's folder is missing. */
  private final javafx.beans.binding.BooleanBinding projectMissing;

  MemoryView(MemoryViewModel model, Supplier<Window> window) {
    this(
        model, window, FreedesktopTrash.of(dev.agentworkbench.workspace.UserEnvironment.current()));
  }

  /**
   * The room, with the trash of a Linux desktop that deleted notes go to ({@code freedesktop}, when
   * Java's own move to the trash is not supported).
   */
  MemoryView(
      MemoryViewModel model, Supplier<Window> window, Optional<FreedesktopTrash> freedesktop) {
    this.model = model;
    this.window = window;
    this.freedesktop = freedesktop;
    projectMissing =
        javafx.beans.binding.Bindings.createBooleanBinding(
            () -> model.projectMissing().get(), model.projectMissing());
    getStyleClass().add("memory-room");
    getStylesheets().add(STYLESHEET);
    reader = new NoteReader(model::openNote, t -> newNote(t), model::openLink);
    graph = new NeighbourhoodGraph(model::openNote);
    setTop(new VBox(toolbar(), recoveredBar()));
    SplitPane split = new SplitPane(left(), centre());
    split.setDividerPositions(0.37);
    setCenter(split);
    Label status = new Label();
    status.textProperty().bind(model.message());
    status.getStyleClass().add("memory-status");
    status.setPadding(new Insets(2, 8, 2, 8));
    setBottom(status);
    model.open().addListener((o, was, now) -> showNote(now));
    model.conflict().addListener((o, was, now) -> now.ifPresent(this::conflict));
    showNote(model.open().get());
    // the room's keys, wherever the focus is while the room is shown (at start it is in the
    // rooms' list; a room not shown is out of the scene): Ctrl+F (Cmd+F) to the search box,
    // Ctrl+N (Cmd+N) for a new note
    javafx.event.EventHandler<javafx.scene.input.KeyEvent> keys =
        e -> {
          if (FIND_KEYS.match(e)) {
            search.requestFocus();
            search.selectAll();
            e.consume();
          } else if (NEW_KEYS.match(e) && !projectMissing.get()) {
            newNote("");
            e.consume();
          }
        };
    sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (was != null) {
                was.removeEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
              }
              if (now != null) {
                now.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
              }
            });
  }

  private static final javafx.scene.input.KeyCombination FIND_KEYS =
      new javafx.scene.input.KeyCodeCombination(
          javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
  private static final javafx.scene.input.KeyCombination NEW_KEYS =
      new javafx.scene.input.KeyCodeCombination(
          javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

  private ToolBar toolbar() {
    projects = new ComboBox<>(model.projects());
    projects.setId("memory-project");
    // one width whatever the project's name, so the search box beside it stays in place
    projects.setPrefWidth(180);
    projects.setMinWidth(120);
    // "(missing)" follows the folder: it may go or come back while the project is chosen
    ListCell<MemoryViewModel.ProjectChoice> chosen =
        new ListCell<>() {
          @Override
          protected void updateItem(MemoryViewModel.ProjectChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
          }
        };
    projects.setButtonCell(chosen);
    model
        .projectMissing()
        .addListener((o, was, now) -> chosen.setText(String.valueOf(projects.getValue())));
    projects.valueProperty().bindBidirectional(model.project());
    projects.setOnAction(
        e -> {
          MemoryViewModel.ProjectChoice c = projects.getValue();
          if (c != null
              && model
                  .service()
                  .map(
                      s ->
                          !s.location()
                              .root()
                              .equals(c.project().root().toAbsolutePath().normalize()))
                  .orElse(true)) {
            model.selectProject(c, configOf());
          }
        });
    search = new TextField();
    search.setId("memory-search");
    search.setPromptText(
        "Search notes (Ctrl+F): words, \"phrases\", AND/OR/NOT, tag:name, type:, folder:, after:");
    javafx.scene.control.Tooltip syntax =
        new javafx.scene.control.Tooltip(
            "Words match from their start: warm finds warmup (with AND, OR or NOT, whole words).\n"
                + "\"a phrase\" in quotes; AND, OR, NOT between words.\n"
                + "tag:lora \u2014 notes with that tag\n"
                + "type:experiment \u2014 notes of that type (repeat it for either)\n"
                + "folder:ml/experiments \u2014 notes in that folder and below\n"
                + "after:2025-03-01, after:7d, after:\"2 weeks\" \u2014 notes changed since\n"
                + "memory://main/people/ada, memory://main/ml/* \u2014 the notes a link names\n"
                + "Enter opens the best result; Down goes into the results.");
    syntax.setShowDelay(javafx.util.Duration.millis(600));
    search.setTooltip(syntax);
    search.textProperty().addListener((o, was, now) -> model.search(now));
    // Escape clears the words (back to the folder's notes); with none, it does nothing here
    search.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            e.consume();
          }
        });
    // Down goes into the results, opening the first; Enter opens the best (or the chosen) one
    search.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          boolean down = e.getCode() == javafx.scene.input.KeyCode.DOWN;
          boolean enter = e.getCode() == javafx.scene.input.KeyCode.ENTER;
          if ((!down && !enter) || results.getItems().isEmpty()) {
            return;
          }
          if (results.getSelectionModel().isEmpty()) {
            results.getSelectionModel().selectFirst(); // opens it
          } else if (enter) {
            model.openNote(results.getSelectionModel().getSelectedItem().filePath());
          }
          if (down) {
            results.requestFocus();
          }
          e.consume();
        });
    HBox.setHgrow(search, Priority.ALWAYS);
    Button create = new Button("New note");
    create.setId("memory-new");
    create.setTooltip(new javafx.scene.control.Tooltip("A new note (Ctrl+N)"));
    // a project whose folder is missing has nowhere to put a note, nothing to search
    create.disableProperty().bind(projectMissing);
    search.disableProperty().bind(projectMissing);
    create.setOnAction(e -> newNote(""));
    return new ToolBar(new Label("Project"), projects, search, create);
  }

  private dev.agentworkbench.workspace.NotesConfig config;

  void useConfig(dev.agentworkbench.workspace.NotesConfig c) {
    this.config = c;
  }

  private dev.agentworkbench.workspace.NotesConfig configOf() {
    return config;
  }

  private SplitPane left() {
    TreeItem<String> root = new TreeItem<>("All notes");
    root.setExpanded(true);
    tree.setRoot(root);
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) ->
                model.showFolder(now == null || now == root ? "" : pathOf(now), !rebuilding));
    model
        .folders()
        .addListener((javafx.collections.ListChangeListener<String>) c -> rebuildTree(root));
    tree.setContextMenu(folderMenu(root));
    tree.setCellFactory(
        v -> {
          javafx.scene.control.TreeCell<String> cell =
              new javafx.scene.control.TreeCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                  super.updateItem(item, empty);
                  setText(empty ? null : item);
                }
              };
          // a right click acts on the folder under the pointer, not on the one selected before
          cell.setOnContextMenuRequested(
              e -> {
                if (!cell.isEmpty()) {
                  tree.getSelectionModel().select(cell.getTreeItem());
                  tree.getFocusModel().focus(tree.getRow(cell.getTreeItem()));
                }
              });
          return cell;
        });
    TableColumn<NoteSummary, NoteSummary> title = NoteColumns.title();
    TableColumn<NoteSummary, String> type = column("Type", NoteSummary::type, 88);
    type.setMinWidth(44);
    type.setMaxWidth(130);
    TableColumn<NoteSummary, String> tags = column("Tags", n -> String.join(", ", n.tags()), 90);
    tags.setMinWidth(44);
    tags.setMaxWidth(220);
    TableColumn<NoteSummary, java.time.Instant> modified = NoteColumns.modified();
    table.getColumns().addAll(java.util.List.of(title, type, tags, modified));
    table.setId("memory-notes");
    // the title takes what room there is; the date keeps its width and is read whole
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    javafx.collections.transformation.SortedList<NoteSummary> sorted =
        new javafx.collections.transformation.SortedList<>(model.notes());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              // as in the results: a selection moved by rows changing under it is not the user's
              boolean movedByTheList = was != null && !sorted.contains(was);
              if (now != null
                  && !movedByTheList
                  && !now.filePath().equals(openPath().orElse(null))) {
                model.openNote(now.filePath());
              }
            });
    // a saved or changed note's row is replaced: the open note's row stays selected
    sorted.addListener(
        (javafx.collections.ListChangeListener<NoteSummary>)
            c -> javafx.application.Platform.runLater(() -> selectOpenRow(sorted)));
    model.open().addListener((o, was, now) -> selectOpenRow(sorted));
    results.setId("memory-results");
    results.setItems(model.results());
    results.setCellFactory(v -> new ResultCell());
    results
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              // a selection moved by the results changing under it (the open note was deleted,
              // or searched again) is no choice of the user's: the open note stays open
              boolean movedByTheList = was != null && !results.getItems().contains(was);
              if (now != null && !movedByTheList) {
                model.openNote(now.filePath());
              }
            });
    // The room's own empty state speaks for an empty project; the table's default text would
    // overlap it.
    javafx.scene.control.Label placeholder = new javafx.scene.control.Label();
    placeholder
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.loading())
                .then("Reading the notes…")
                .otherwise("No notes in this folder."));
    table.setPlaceholder(placeholder);
    javafx.scene.control.Label found = new javafx.scene.control.Label();
    found.setId("memory-results-summary");
    found.getStyleClass().add("memory-results-summary");
    found.setWrapText(true);
    found.setMaxWidth(Double.MAX_VALUE);
    found.textProperty().bind(model.resultsSummary());
    VBox searched = new VBox(found, results);
    VBox.setVgrow(results, Priority.ALWAYS);
    StackPane list = new StackPane(table, searched);
    searched.visibleProperty().bind(model.query().isNotEmpty());
    table.visibleProperty().bind(model.query().isEmpty());
    EmptyState empty =
        new EmptyState(
            Feather.FILE_PLUS,
            "No notes yet",
            "This project has no notes. Create the first note.",
            EmptyState.step("Create the first note", () -> newNote(""), true));
    empty.visibleProperty().bind(model.empty().and(model.query().isEmpty()));
    javafx.beans.binding.BooleanBinding missing = projectMissing;
    EmptyState gone =
        new EmptyState(
            Feather.FOLDER_MINUS,
            "Folder missing",
            "basic-memory's config names a folder for this project that is not there (the line at"
                + " the bottom gives its path). Restore the folder, or pick another project.",
            EmptyState.step(
                "Pick another project",
                () -> {
                  projects.requestFocus();
                  projects.show();
                },
                true),
            EmptyState.step("Look again", model::lookAgain, false));
    gone.setId("memory-project-missing");
    gone.visibleProperty().bind(missing);
    table
        .placeholderProperty()
        .get()
        .visibleProperty()
        .bind(empty.visibleProperty().or(missing).not());
    list.getChildren().addAll(empty, gone);
    SplitPane left = new SplitPane(tree, list);
    left.setOrientation(Orientation.VERTICAL);
    left.setDividerPositions(0.3);
    // never narrower than the list's columns at their narrowest (and a scroll bar): in a small
    // window the note pane gives way rather than the Tags and Modified columns being cut off
    left.setMinWidth(table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 20);
    return left;
  }

  /**
   * A search result: title and snippet with the hits marked. Its nodes are made once per cell and
   * reused as the results change with every key typed.
   */
  private static final class ResultCell extends ListCell<SearchHit> {
    /** The title as text (read by tests and screen readers), drawn by its marked flow. */
    private final Label title = new Label();

    private final javafx.scene.text.TextFlow titleFlow = new javafx.scene.text.TextFlow();

    /** Where the note is and its type: two notes may have one title in different folders. */
    private final Label where = new Label();

    private final javafx.scene.text.TextFlow snippet = new javafx.scene.text.TextFlow();
    private final VBox box = new VBox(2, title, where, snippet);

    ResultCell() {
      title.getStyleClass().add("result-title");
      title.setGraphic(titleFlow);
      title.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
      where.getStyleClass().add("result-where");
      snippet.getStyleClass().add("result-snippet");
      // the cell takes the list's width: a long title wraps instead of widening the list
      setPrefWidth(0);
      title.setWrapText(true);
      title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      where.setWrapText(true);
      listViewProperty()
          .addListener(
              (o, was, list) -> {
                if (list != null) {
                  snippet.maxWidthProperty().bind(list.widthProperty().subtract(36));
                  title.prefWidthProperty().bind(snippet.maxWidthProperty());
                  titleFlow.maxWidthProperty().bind(snippet.maxWidthProperty());
                  where.prefWidthProperty().bind(snippet.maxWidthProperty());
                }
              });
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
      super.updateItem(hit, empty);
      setText(null);
      if (empty || hit == null) {
        setGraphic(null);
        return;
      }
      title.setText(hit.title());
      if (hit.title().contains("**")) { // its own asterisks: shown as they are, unmarked
        javafx.scene.text.Text whole = new javafx.scene.text.Text(hit.title());
        whole.getStyleClass().add("result-title-text");
        titleFlow.getChildren().setAll(whole);
      } else {
        titleFlow.getChildren().setAll(marked(hit.markedTitle(), "result-title"));
      }
      where.setText(where(hit));
      snippet.getChildren().setAll(marked(readable(hit.snippet(), hit.title()), "result-snippet"));
      setGraphic(box);
    }

    /** Text marked **so** as pieces: the marked ones styled as hits. */
    private static java.util.List<javafx.scene.text.Text> marked(String text, String style) {
      String[] parts = HIGHLIGHT.split(text, -1);
      java.util.List<javafx.scene.text.Text> pieces = new java.util.ArrayList<>(parts.length);
      for (int k = 0; k < parts.length; k++) {
        javafx.scene.text.Text piece = new javafx.scene.text.Text(parts[k]);
        piece.getStyleClass().add(k % 2 == 1 ? "result-hit" : style + "-text");
        pieces.add(piece);
      }
      return pieces;
    }
  }

  /** A heading's marks in a snippet, after a highlight's mark if any. */
  private static final java.util.regex.Pattern HEADING_MARK =
      java.util.regex.Pattern.compile("(^|\\s)(\\*\\*)?#{1,6}\\s+");

  /** The marks around a snippet's matched words. */
  private static final java.util.regex.Pattern HIGHLIGHT =
      java.util.regex.Pattern.compile("\\*\\*");

  /**
   * A snippet as read: without Markdown's heading marks, and without the title it starts with when
   * the body opens with {@code # Title} (the title is shown above it). The {@code **} around the
   * matched words are kept.
   */
  static String readable(String snippet, String title) {
    String s = HEADING_MARK.matcher(snippet).replaceAll("$1$2").strip();
    // drop the title at the start, counting only the characters that are not highlight marks
    String want = title.strip();
    int i = 0;
    int matched = 0;
    while (matched < want.length() && i < s.length()) {
      if (s.startsWith("**", i)) {
        i += 2;
      } else if (s.charAt(i) == want.charAt(matched)) {
        i++;
        matched++;
      } else {
        return s;
      }
    }
    if (matched < want.length() || want.isEmpty()) {
      return s;
    }
    while (s.startsWith("**", i)) {
      i += 2; // the mark closing a highlight in the title
    }
    if (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      return s; // "Warmup" is not the title "Warm"
    }
    String rest = s.substring(i).strip();
    // a highlight the title's end cut in two opens again before the rest
    long open = HIGHLIGHT.split(s.substring(0, i), -1).length - 1;
    return rest.isEmpty() ? s : (open % 2 == 1 ? "**" : "") + rest;
  }

  /** "ml/training · concept"; a note at the project's top shows its type only. */
  static String where(SearchHit hit) {
    int slash = hit.filePath().lastIndexOf('/');
    String folder = slash < 0 ? "" : hit.filePath().substring(0, slash) + "/";
    String type = hit.type() == null ? "" : hit.type();
    return folder.isEmpty() || type.isEmpty() ? folder + type : folder + "  \u00b7  " + type;
  }

  private javafx.scene.control.ContextMenu folderMenu(TreeItem<String> root) {
    javafx.scene.control.MenuItem move = new javafx.scene.control.MenuItem("Move folder…");
    move.setId("memory-move-folder");
    move.setOnAction(e -> selectedFolder(root).ifPresent(this::moveFolder));
    javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem("Delete folder…");
    delete.setId("memory-delete-folder");
    delete.setOnAction(e -> selectedFolder(root).ifPresent(this::deleteFolder));
    javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(move, delete);
    menu.setOnShowing(
        e -> {
          boolean none = selectedFolder(root).isEmpty();
          move.setDisable(none);
          delete.setDisable(none);
        });
    return menu;
  }

  private Optional<String> selectedFolder(TreeItem<String> root) {
    TreeItem<String> item = tree.getSelectionModel().getSelectedItem();
    return item == null || item == root ? Optional.empty() : Optional.of(pathOf(item));
  }

  /**
   * A dialog asking for a path, centred over the window: its width is set, as its header's long
   * text would otherwise be measured on one line and the dialog placed by that width.
   */
  private TextInputDialog pathDialog(String path) {
    TextInputDialog d = new TextInputDialog(path);
    d.initOwner(window.get());
    d.getDialogPane().setPrefWidth(560);
    d.getDialogPane().setMaxWidth(560);
    return d;
  }

  private void moveFolder(String folder) {
    TextInputDialog d = pathDialog(folder);
    d.setTitle("Move folder");
    d.setHeaderText(
        "Move the folder "
            + folder
            + " and its "
            + MemoryViewModel.notes(model.notesInFolder(folder))
            + " to a new folder path.\nEvery note keeps its permalink, so links keep"
            + " working.");
    d.setContentText("New folder path:");
    ((Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText("Move");
    d.showAndWait()
        .map(String::strip)
        .filter(p -> !p.isBlank() && !p.equals(folder))
        .ifPresent(to -> model.moveFolder(folder, to));
  }

  private void deleteFolder(String folder) {
    // unsaved edits of a note in the folder go with it: said before, not after
    String unsaved =
        model
            .unsavedUnder(folder)
            .map(p -> "\n\nYour unsaved edits of " + p + " will be lost with it.")
            .orElse("");
    askToDelete(
        folder,
        "Delete folder",
        "Delete folder " + folder,
        "the folder \""
            + folder
            + "\" and the "
            + MemoryViewModel.notes(model.notesInFolder(folder))
            + " in it",
        unsaved,
        trash ->
            model.deleteFolder(
                folder,
                d -> {
                  if (trash) {
                    moveToTrash(d);
                  } else {
                    dev.agentworkbench.memory.NotesService.PERMANENTLY.remove(d);
                  }
                }));
  }

  /**
   * Asks before deleting the note or folder at {@code relative}, saying where it goes: to the
   * system trash when the trash takes it (a look at the disk, made off the FX thread), else for
   * good. {@code what} names it in the question; {@code delete} is told whether it goes to the
   * trash. Cancel is the default answer.
   */
  private void askToDelete(
      String relative,
      String title,
      String header,
      String what,
      String warning,
      Consumer<Boolean> delete) {
    Optional<Path> target = model.openRoot().get().map(r -> r.resolve(relative));
    model.inBackground(
        "memory-trash-check",
        () -> target.map(this::trashHolds).orElse(false),
        trash -> {
          String message =
              (trash
                      ? "Move " + what + " to the system trash?"
                      : "This system has no trash the app can use for it: "
                          + what
                          + " will be deleted permanently.")
                  + warning;
          if (confirmDeletion(title, header, message, trash)) {
            delete.accept(trash);
          }
        });
  }

  /** The trash of Linux desktops, which Java's own move to the trash does not reach. */
  private final Optional<FreedesktopTrash> freedesktop;

  private static boolean desktopTrash() {
    return Desktop.isDesktopSupported()
        && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH);
  }

  /**
   * Whether a file or folder can go to the system trash: the Linux desktop's (given to the room, so
   * tests use their own), else Java's own (Windows, macOS).
   */
  private boolean trashHolds(Path file) {
    return freedesktop.isPresent() ? freedesktop.get().holds(file) : desktopTrash();
  }

  /**
   * Moves a file or folder to the system trash; an error, nothing deleted, when it could not (the
   * user was promised the trash, never a permanent deletion instead).
   */
  private void moveToTrash(Path file) throws java.io.IOException {
    if (freedesktop.isPresent()) {
      freedesktop.get().moveToTrash(file);
    } else if (!desktopTrash() || !Desktop.getDesktop().moveToTrash(file.toFile())) {
      throw new java.io.IOException(
          "could not move " + file.getFileName() + " to the system trash; nothing was deleted");
    }
  }

  /**
   * Shows the note's first lines as they would read from Windows-1252 and asks before rewriting it
   * as UTF-8; Cancel is the default button.
   */
  private void confirmConversion(String preview) {
    List<String> lines =
        preview
            .lines()
            .limit(14)
            .map(l -> l.length() > 110 ? l.substring(0, 110) + "…" : l)
            .toList();
    String message =
        "Read as Windows-1252 (Western European), its first lines are:\n\n"
            + String.join("\n", lines)
            + "\n\nIf they look right, the note is rewritten as UTF-8 and can be edited here."
            + " If not, it has another encoding: convert it with a tool that knows which.";
    String header =
        "Convert "
            + model.open().get().map(o -> o.file().note().filePath()).orElse("")
            + " to UTF-8?";
    if (confirm("Convert to UTF-8", header, message, "Convert to UTF-8")) {
      model.convertToUtf8();
    }
  }

  /**
   * Asks before a deletion, naming what the confirm button does; Cancel is the default button, so
   * Enter never deletes.
   */
  private boolean confirmDeletion(String title, String header, String message, boolean trash) {
    return confirm(title, header, message, trash ? "Move to trash" : "Delete permanently");
  }

  /**
   * Asks before a step that cannot be taken back, its button naming the step; Cancel is the default
   * button, so Enter never takes it.
   */
  private boolean confirm(String title, String header, String message, String step) {
    Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
    a.initOwner(window.get());
    a.setTitle(title);
    // a header does not wrap: a long path would widen the dialog past the screen's edge
    a.setHeaderText(shortened(header, 90));
    a.getDialogPane().setMaxWidth(640);
    Button ok = (Button) a.getDialogPane().lookupButton(ButtonType.OK);
    ok.setText(step);
    ok.setDefaultButton(false);
    ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
    return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  /** The text cut in its middle to at most {@code max} characters, both ends kept. */
  static String shortened(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int head = (max - 1) / 2;
    return text.substring(0, head) + "\u2026" + text.substring(text.length() - (max - 1 - head));
  }

  private static String pathOf(TreeItem<String> item) {
    if (item instanceof FolderItem f) {
      return f.path;
    }
    StringBuilder p = new StringBuilder(item.getValue());
    for (TreeItem<String> up = item.getParent();
        up != null && up.getParent() != null;
        up = up.getParent()) {
      p.insert(0, up.getValue() + "/");
    }
    return p.toString();
  }

  private java.util.List<String> shownFolders = java.util.List.of();

  private void rebuildTree(TreeItem<String> root) {
    // the list is set again on every refresh; rebuilding an unchanged tree would drop the
    // selection the user just made
    if (shownFolders.equals(model.folders())) {
      return;
    }
    shownFolders = java.util.List.copyOf(model.folders());
    // the folders below a folder get tree items when it is first expanded: a project with
    // thousands of folders made (and attached) thousands of items on the FX thread at once
    java.util.Map<String, java.util.List<String>> below = new java.util.HashMap<>();
    java.util.Set<String> known = new java.util.HashSet<>(shownFolders);
    for (String f : shownFolders) {
      int slash = f.lastIndexOf('/');
      // a folder whose parent is not listed hangs at the top, as before
      String parent =
          slash < 0 || !known.contains(f.substring(0, slash)) ? "" : f.substring(0, slash);
      below.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(f);
    }
    rebuilding = true;
    try {
      root.getChildren()
          .setAll(
              below.getOrDefault("", java.util.List.of()).stream()
                  .map(f -> (TreeItem<String>) new FolderItem(f, below))
                  .toList());
    } finally {
      rebuilding = false;
    }
  }

  /** True while the tree is rebuilt: a selection it changes is not the user's. */
  private boolean rebuilding;

  /** A folder of the tree whose subfolders get items when they are first asked for. */
  private static final class FolderItem extends TreeItem<String> {
    private final String path;
    private final java.util.Map<String, java.util.List<String>> below;
    private boolean filled;

    FolderItem(String path, java.util.Map<String, java.util.List<String>> below) {
      super(path.substring(path.lastIndexOf('/') + 1));
      this.path = path;
      this.below = below;
    }

    @Override
    public boolean isLeaf() {
      return !below.containsKey(path);
    }

    @Override
    public javafx.collections.ObservableList<TreeItem<String>> getChildren() {
      if (!filled) {
        filled = true;
        super.getChildren()
            .setAll(
                below.getOrDefault(path, java.util.List.of()).stream()
                    .map(f -> (TreeItem<String>) new FolderItem(f, below))
                    .toList());
      }
      return super.getChildren();
    }
  }

  private Optional<String> openPath() {
    return model.open().get().map(n -> n.file().note().filePath());
  }

  /** Selects the open note's row when the table shows it and another row (or none) is selected. */
  private void selectOpenRow(List<NoteSummary> rows) {
    openPath()
        .ifPresent(
            path -> {
              NoteSummary selected = table.getSelectionModel().getSelectedItem();
              if (selected != null && selected.filePath().equals(path)) {
                return;
              }
              for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).filePath().equals(path)) {
                  table.getSelectionModel().select(i);
                  return;
                }
              }
            });
  }

  private static TableColumn<NoteSummary, String> column(
      String name, java.util.function.Function<NoteSummary, String> value, double width) {
    TableColumn<NoteSummary, String> c = new TableColumn<>(name);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private static final javafx.scene.input.KeyCombination SAVE_KEYS =
      new javafx.scene.input.KeyCodeCombination(
          javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

  /**
   * Names the notes whose unsaved edits are kept in drafts, left by an earlier session (after a
   * crash they are found only by opening the note otherwise) or by leaving a note unsaved, and
   * opens them one by one.
   */
  private HBox recoveredBar() {
    javafx.collections.ObservableList<String> kept = model.recoveredDrafts();
    Label what = new Label();
    what.setId("memory-recovered-drafts");
    what.setWrapText(true);
    what.textProperty()
        .bind(javafx.beans.binding.Bindings.createStringBinding(() -> recoveredText(kept), kept));
    Button openFirst = new Button();
    openFirst.setId("memory-open-recovered");
    openFirst
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> kept.isEmpty() ? "" : "Open " + noteName(kept.get(0)), kept));
    openFirst.setOnAction(e -> model.openRecoveredDraft());
    HBox bar = banner(javafx.beans.binding.Bindings.isNotEmpty(kept), what, openFirst);
    HBox.setHgrow(what, javafx.scene.layout.Priority.ALWAYS);
    bar.setPadding(new Insets(4, 8, 4, 8));
    return bar;
  }

  /** The setting that keeps the note list's sort across restarts. */
  static final String SORT_SETTING = "memory.sort";

  /**
   * Sorts the note list as {@code settings} last kept it, and keeps each change of its sort there
   * ("Modified:desc,Title:asc": columns by their heading, the first sorts first).
   */
  void keepListSort(dev.agentworkbench.workspace.AppSettings settings) {
    java.util.List<TableColumn<NoteSummary, ?>> order = new java.util.ArrayList<>();
    for (String part : settings.string(SORT_SETTING).orElse("").split(",")) {
      String[] kv = part.split(":", 2);
      table.getColumns().stream()
          .filter(c -> kv.length == 2 && c.getText().equals(kv[0]) && !order.contains(c))
          .findFirst()
          .ifPresent(
              c -> {
                c.setSortType(
                    kv[1].equals("desc")
                        ? TableColumn.SortType.DESCENDING
                        : TableColumn.SortType.ASCENDING);
                order.add(c);
              });
    }
    table.getSortOrder().setAll(order);
    javafx.beans.InvalidationListener keep =
        o ->
            settings.put(
                SORT_SETTING,
                String.join(
                    ",",
                    table.getSortOrder().stream()
                        .map(
                            c ->
                                c.getText()
                                    + (c.getSortType() == TableColumn.SortType.DESCENDING
                                        ? ":desc"
                                        : ":asc"))
                        .toList()));
    table.getSortOrder().addListener(keep);
    table.getColumns().forEach(c -> c.sortTypeProperty().addListener(keep));
  }

  static String recoveredText(List<String> kept) {
    if (kept.isEmpty()) {
      return "";
    }
    List<String> names = kept.stream().limit(3).map(MemoryView::noteName).toList();
    String more = kept.size() > 3 ? " and " + (kept.size() - 3) + " more" : "";
    return (kept.size() == 1
            ? "1 note has unsaved edits kept in a recovery draft: "
            : kept.size() + " notes have unsaved edits kept in recovery drafts: ")
        + String.join(", ", names)
        + more
        + ". Open each to save or discard them.";
  }

  private static String noteName(String filePath) {
    return dev.agentworkbench.memory.NoteExtensions.strip(filePath);
  }

  private static HBox banner(
      javafx.beans.value.ObservableBooleanValue shown, javafx.scene.Node... content) {
    HBox bar = new HBox(8, content);
    bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    bar.getStyleClass().add("note-changed-bar");
    bar.visibleProperty().bind(shown);
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private StackPane centre() {
    // the Read tab shows the note as saved: unsaved edits (typed, or recovered from a draft after
    // a crash) are said, with the way to them
    Label unsavedHere = new Label("This note has unsaved edits, kept in the Edit tab.");
    unsavedHere.setId("memory-unsaved-in-edit");
    Button showEdits = new Button("Show them");
    BorderPane readPane = new BorderPane(reader);
    readPane.setTop(banner(model.dirty(), unsavedHere, showEdits));
    Tab read = new Tab("Read", readPane);
    Button save = new Button("Save");
    save.setId("memory-save");
    save.disableProperty().bind(model.dirty().not());
    save.setOnAction(e -> model.save());
    Button undo = new Button("Undo");
    undo.setOnAction(
        e -> {
          if (editor != null) {
            editor.area().undo();
          }
        });
    Button discard = new Button("Discard edits…");
    discard.setId("memory-discard");
    discard.setTooltip(
        new javafx.scene.control.Tooltip(
            "Drops the unsaved edits and their recovery draft; the note stays as it is on disk"));
    discard.disableProperty().bind(model.dirty().not());
    discard.setOnAction(
        e ->
            model
                .open()
                .get()
                .ifPresent(
                    n -> {
                      String path = n.file().note().filePath();
                      if (confirm(
                          "Discard edits",
                          "Discard the unsaved edits of " + path + "?",
                          "The editor shows the note as it is on disk again, and the recovery"
                              + " draft of these edits is deleted.",
                          "Discard edits")) {
                        model.discardEdits();
                      }
                    }));
    Label dirty = new Label();
    dirty
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.dirty())
                .then("Unsaved (draft kept)")
                .otherwise(""));
    dirty.setId("memory-unsaved");
    dirty.setTooltip(
        new javafx.scene.control.Tooltip(
            "Your edits are not saved yet; a recovery draft is kept while you type, so a crash"
                + " loses nothing."));
    Label onDisk = new Label();
    onDisk
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.deletedOnDisk())
                .then("Deleted on disk since you opened it: Save writes it again")
                .otherwise("Changed on disk since you opened it"));
    onDisk.getStyleClass().add("note-changed-on-disk");
    onDisk.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
    Button compare = new Button("Compare…");
    compare.setId("memory-compare");
    compare.setOnAction(e -> model.compareWithDisk());
    HBox changed = banner(model.changedOnDisk(), onDisk, compare);
    Label notUtf8 = new Label();
    // binary data is no text in any encoding: the banner says so rather than offer a conversion
    notUtf8
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.open().get().map(MemoryViewModel.OpenNote::binary).orElse(false)
                        ? "This file holds binary data, not text, so it is shown read-only; the"
                            + " words readable in it stay searchable."
                        : "This file is not UTF-8 text, so it is shown read-only: a save would"
                            + " lose the bytes shown as \uFFFD. Convert it to UTF-8 to edit it"
                            + " here.",
                model.open()));
    notUtf8.setId("memory-read-only");
    notUtf8.getStyleClass().add("note-changed-on-disk");
    notUtf8.setGraphic(new FontIcon(Feather.LOCK));
    notUtf8.setWrapText(true);
    Button convert = new Button("Convert from Windows-1252…");
    convert.setId("memory-convert");
    convert.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    convert.setOnAction(e -> model.previewConversion(this::confirmConversion));
    // binary data is no text in any encoding: nothing to convert
    convert
        .visibleProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.open().get().map(o -> !o.binary()).orElse(false), model.open()));
    convert.managedProperty().bind(convert.visibleProperty());
    HBox.setHgrow(notUtf8, javafx.scene.layout.Priority.ALWAYS);
    HBox readOnly = banner(model.readOnly(), notUtf8, convert);
    undo.disableProperty().bind(model.readOnly());
    BorderPane edit = new BorderPane();
    edit.setTop(new VBox(new ToolBar(save, undo, discard, dirty), changed, readOnly));
    // Ctrl+S (Cmd+S) saves, as in the spec room's editor
    edit.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (SAVE_KEYS.match(e) && model.dirty().get()) {
            model.save();
            e.consume();
          }
        });
    Tab editTab = new Tab("Edit", edit);
    // unsaved edits are marked on the tab too: a narrow window puts the toolbar's words out of
    // sight
    editTab
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.dirty())
                .then("Edit \u2022")
                .otherwise("Edit"));
    showEdits.setOnAction(e -> tabs.getSelectionModel().select(editTab));
    // hidden tabs still take CSS and layout: the editor is made on first view and follows the
    // model only while shown, the graph draws only while shown
    editTab
        .selectedProperty()
        .addListener(
            (o, was, now) -> {
              if (now && editor == null) {
                editor = new NoteEditor(model);
                editor.area().editableProperty().bind(model.readOnly().not());
                edit.setCenter(editor);
                // Undo is offered when there is something to undo
                undo.disableProperty().unbind();
                undo.disableProperty()
                    .bind(
                        model
                            .readOnly()
                            .or(
                                javafx.beans.binding.BooleanExpression.booleanExpression(
                                        editor.area().undoAvailableProperty())
                                    .not()));
              }
              if (editor != null) {
                editor.setActive(now);
              }
            });
    Spinner<Integer> depth = new Spinner<>(1, 3, 1);
    depth.setPrefWidth(76);
    depth.getValueFactory().valueProperty().addListener((o, a, b) -> model.depth().set(b));
    BorderPane graphPane = new BorderPane(graph);
    // how many of a large neighbourhood are drawn is said in the graph, where no width hides it
    Label shown = new Label("Click a note to open it");
    shown.setId("memory-graph-shown");
    graphPane.setTop(new ToolBar(new Label("Depth"), depth, shown));
    Tab graphTab = new Tab("Graph", graphPane);
    graphTab.selectedProperty().addListener((o, was, now) -> graph.setActive(now));
    tabs.getTabs().addAll(read, editTab, graphTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    Button move = new Button("Move / rename file…");
    move.setTooltip(
        new javafx.scene.control.Tooltip(
            "A new path for the note's file; its title and permalink stay, as with basic-memory's"
                + " move_note. Change the title in the Edit tab."));
    move.setOnAction(e -> move());
    Button delete = new Button("Delete…");
    delete
        .getStyleClass()
        .addAll(atlantafx.base.theme.Styles.BUTTON_OUTLINED, atlantafx.base.theme.Styles.DANGER);
    delete.setOnAction(e -> delete());
    BorderPane note = new BorderPane(tabs);
    note.setTop(new ToolBar(move, delete));
    note.setId("memory-note");
    Label none = new Label();
    none.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(projectMissing)
                .then("This project's folder is missing: its notes cannot be shown.")
                .otherwise("Pick a note on the left, or search."));
    none.getStyleClass().add("memory-hint");
    // a note that takes long to read (many megabytes) says so after a moment; the note before
    // stays in view meanwhile
    Label opening = new Label();
    opening.setId("memory-opening");
    opening.getStyleClass().add("memory-opening");
    opening.setVisible(false);
    opening.setMouseTransparent(true);
    StackPane.setAlignment(opening, javafx.geometry.Pos.TOP_CENTER);
    javafx.animation.PauseTransition moment =
        new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
    moment.setOnFinished(e -> opening.setVisible(!model.opening().get().isEmpty()));
    model
        .opening()
        .addListener(
            (o, was, now) -> {
              opening.setVisible(false);
              moment.stop();
              if (!now.isEmpty()) {
                opening.setText("Opening " + now + "…");
                moment.playFromStart();
              }
            });
    center.getChildren().addAll(none, note, opening);
    note.visibleProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.open().get().isPresent(), model.open()));
    note.getStyleClass().add("memory-note");
    none.visibleProperty().bind(note.visibleProperty().not());
    return center;
  }

  private void showNote(Optional<MemoryViewModel.OpenNote> open) {
    open.ifPresent(
        n -> {
          reader.show(n);
          graph.show(n.file().note().summary(), n.graph(), n.graphTotal());
        });
  }

  /** Puts the keyboard in the search box, its text selected. */
  void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  /**
   * Copies the open note's {@code memory://} URL, the form agents and basic-memory's tools take;
   * false when no note is open.
   */
  boolean copyLink() {
    return model
        .open()
        .get()
        .map(
            n -> {
              javafx.scene.input.ClipboardContent link = new javafx.scene.input.ClipboardContent();
              link.putString("memory://" + n.file().note().permalink());
              javafx.scene.input.Clipboard.getSystemClipboard().setContent(link);
              return true;
            })
        .orElse(false);
  }

  /**
   * The new-note form; {@code named} may be a link's target ({@link MemoryViewModel#proposeNote}).
   */
  void newNote(String named) {
    MemoryViewModel.NewNoteProposal proposed = model.proposeNote(named);
    NewNoteDialog d = new NewNoteDialog(model.service(), proposed.title(), proposed.folder());
    d.initOwner(window.get());
    Optional<NewNoteForm> asked = d.showAndWait();
    if (asked.isPresent()) {
      // until the new note is loaded, keys typed must not reach the editor, which still holds the
      // note open before (the dialog gives the focus back to it)
      tabs.requestFocus();
    }
    asked.ifPresent(
        form ->
            model.create(
                form,
                path -> {
                  // the new note opens for writing, the cursor at its end: once it is read
                  // (the editor puts the cursor at the top of a note it loads)
                  tabs.getSelectionModel().select(1);
                  whenOpen(
                      path,
                      () -> {
                        if (editor != null) {
                          editor.area().requestFocus();
                          editor.area().moveTo(editor.area().getLength());
                          editor.area().requestFollowCaret();
                        }
                      });
                }));
  }

  /**
   * Runs {@code action} once the note at {@code path} is open and loaded in the editor (after
   * everything the opening changes), now if it is open already.
   */
  private void whenOpen(String path, Runnable action) {
    java.util.function.Predicate<Optional<MemoryViewModel.OpenNote>> isIt =
        o -> o.map(n -> n.file().note().filePath().equals(path)).orElse(false);
    if (isIt.test(model.open().get())) {
      javafx.application.Platform.runLater(action);
      return;
    }
    javafx.beans.value.ChangeListener<Optional<MemoryViewModel.OpenNote>> once =
        new javafx.beans.value.ChangeListener<>() {
          @Override
          public void changed(
              javafx.beans.value.ObservableValue<? extends Optional<MemoryViewModel.OpenNote>> o,
              Optional<MemoryViewModel.OpenNote> was,
              Optional<MemoryViewModel.OpenNote> now) {
            if (isIt.test(now)) {
              model.open().removeListener(this);
              javafx.application.Platform.runLater(action);
            }
          }
        };
    model.open().addListener(once);
  }

  void move() {
    model
        .open()
        .get()
        .ifPresent(
            n -> {
              TextInputDialog d = pathDialog(n.file().note().filePath());
              d.setTitle("Rename or move");
              d.setHeaderText(model.moveHint());
              d.showAndWait().filter(p -> !p.isBlank()).ifPresent(model::move);
            });
  }

  void delete() {
    model
        .open()
        .get()
        .ifPresent(
            n -> {
              String path = n.file().note().filePath();
              askToDelete(
                  path,
                  "Delete note",
                  "Delete " + path,
                  "\"" + n.file().note().title() + "\"",
                  "",
                  trash -> {
                    model.delete(
                        f -> {
                          if (trash) {
                            moveToTrash(f);
                            return "moved to the system trash";
                          }
                          Files.deleteIfExists(f);
                          return "deleted permanently";
                        });
                    // the keyboard stays in the list of notes, not on the window's first button
                    table.requestFocus();
                  });
            });
  }

  private void conflict(MemoryViewModel.Conflict c) {
    ConflictDialog d = new ConflictDialog(c);
    d.initOwner(window.get());
    d.showAndWait()
        .ifPresentOrElse(
            keepMine -> {
              model.resolveConflict(keepMine);
              if (!keepMine && c.deleted()) {
                table.requestFocus(); // the note closed: the keyboard goes back to the list
              }
            },
            () -> model.conflict().set(Optional.empty()));
  }
}
