package dev.agentworkbench.ui.spec;

import dev.agentworkbench.spec.AgentCatalog;
import dev.agentworkbench.spec.CatalogEntry;
import dev.agentworkbench.spec.Diagnostic;
import dev.agentworkbench.spec.Severity;
import dev.agentworkbench.spec.SpecService;
import dev.agentworkbench.ui.app.PaletteAction;
import dev.agentworkbench.ui.app.Room;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.common.CodeEditor;
import dev.agentworkbench.ui.common.EmptyState;
import dev.agentworkbench.ui.common.MarkdownView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Agent spec room: catalog, rendered spec with outline, frontmatter card and the two readings,
 * source editor with live diagnostics, fixes with preview and undo, save and new agent.
 */
public final class SpecRoom implements Room {
  public static final String STYLESHEET =
      SpecRoom.class.getResource("/dev/agentworkbench/ui/spec.css").toExternalForm();

  private final RoomContext context;
  private final SpecRoomViewModel model;
  private final StackPane root = new StackPane();
  private final BorderPane main = new BorderPane();
  private final MarkdownView markdown = new MarkdownView();
  private final ListView<dev.agentworkbench.ui.common.MarkdownDocument.OutlineItem> outline =
      new ListView<>();
  private final AgentCardView card = new AgentCardView();
  private final CodeEditor editor = new CodeEditor();
  private final TabPane tabs = new TabPane();
  private final Tab renderedTab = new Tab("Rendered");
  private final Tab sourceTab = new Tab("Source");
  private CatalogListView catalog;
  private boolean built;
  private SpecRoomViewModel.Analysis renderedFor;
  private Optional<java.nio.file.Path> renderedFile = Optional.empty();
  private final javafx.scene.control.TextField find = new javafx.scene.control.TextField();
  private final Label found = new Label();

  public SpecRoom(RoomContext context) {
    this.context = context;
    this.model = new SpecRoomViewModel(new SpecService(), context.work(), context.notifier()::info);
    model.keepDraftsIn(
        new dev.agentworkbench.spec.SpecDrafts(
            context.settings().appHome().resolve("spec-drafts")));
  }

  /** The ViewModel, for tests. */
  public SpecRoomViewModel model() {
    return model;
  }

  @Override
  public String id() {
    return "spec";
  }

  @Override
  public String title() {
    return "Agent spec";
  }

  @Override
  public Ikon icon() {
    return Feather.FILE_TEXT;
  }

  @Override
  public Node view() {
    if (!built) {
      built = true;
      build();
      context.workspace().addListener((o, was, now) -> model.open(now));
      context.events().subscribe(this::filesChanged);
      model.open(context.workspace().get());
    }
    return root;
  }

  private void build() {
    root.getStylesheets().add(STYLESHEET);
    root.getStyleClass().add("spec-room");
    catalog = new CatalogListView(model);
    catalog
        .list
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, e) -> {
              if (e != null && !model.file().get().equals(Optional.of(e.file()))) {
                model.select(e);
              }
            });
    DiagnosticsView diagnostics = new DiagnosticsView(model, this::jumpTo);
    buildTabs();
    SplitPane center = new SplitPane(tabs, diagnostics);
    center.setOrientation(Orientation.VERTICAL);
    center.setDividerPositions(0.68);
    BorderPane detail = new BorderPane(center);
    detail.setTop(header());
    SplitPane split = new SplitPane(catalog, detail);
    split.setDividerPositions(0.27);
    SplitPane.setResizableWithParent(catalog, false);
    main.setCenter(split);
    root.getChildren().setAll(main);
    wire();
    root.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
            model.save();
            e.consume();
          }
        });
  }

  private Node header() {
    Label name = new Label();
    name.getStyleClass().addAll("title-3", "spec-title");
    name.textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    (model.dirty().get() ? "● " : "")
                        + (model.agentName().get().isBlank()
                            ? "No agent selected"
                            : model.agentName().get()),
                model.agentName(),
                model.dirty()));
    Label sample = new Label("Sample spec (read-only)");
    sample.getStyleClass().addAll("badge", "badge-sample");
    sample.visibleProperty().bind(model.sample());
    sample.managedProperty().bind(model.sample());
    Label path = new Label();
    path.getStyleClass().add("spec-path");
    path.setMinWidth(0);
    name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    path.textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model
                        .file()
                        .get()
                        .map(Object::toString)
                        .orElse(model.sample().get() ? "bundled with Agent Workbench" : ""),
                model.file(),
                model.sample()));
    Button save = new Button("Save");
    save.setId("spec-save");
    save.disableProperty().bind(model.dirty().not());
    save.setOnAction(e -> model.save());
    Button restore = new Button("Restore unsaved draft");
    restore.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
    restore
        .visibleProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.draft().get().isPresent(), model.draft()));
    restore.managedProperty().bind(restore.visibleProperty());
    restore.setOnAction(e -> model.restoreDraft());
    Button newAgent = new Button("New agent…");
    newAgent.setOnAction(e -> newAgent());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    newAgent.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox.setHgrow(path, Priority.SOMETIMES);
    HBox bar = new HBox(10, name, sample, path, grow, restore, newAgent, save);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 12, 8, 12));
    bar.getStyleClass().add("spec-header");
    return bar;
  }

  private void buildTabs() {
    outline.getStyleClass().add("spec-outline");
    outline.setPrefWidth(220);
    outline.setCellFactory(
        v ->
            new javafx.scene.control.ListCell<>() {
              @Override
              protected void updateItem(
                  dev.agentworkbench.ui.common.MarkdownDocument.OutlineItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                    empty || item == null
                        ? null
                        : "  ".repeat(Math.max(0, item.level() - 1)) + item.text());
              }
            });
    outline
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, item) -> {
              if (item != null) {
                markdown.jumpTo(item);
              }
            });
    markdown.setId("spec-rendered");
    find.setId("spec-find");
    find.setPromptText("Find in page (Ctrl+F, Enter for next)");
    found.getStyleClass().add("spec-path");
    find.textProperty()
        .addListener(
            (o, was, now) -> {
              int n = markdown.find(now);
              found.setText(now.isBlank() ? "" : n + " found");
            });
    find.setOnAction(e -> markdown.findNext());
    HBox findBar = new HBox(8, find, found);
    findBar.setAlignment(Pos.CENTER_LEFT);
    findBar.setPadding(new Insets(4, 8, 4, 8));
    HBox.setHgrow(find, Priority.ALWAYS);
    VBox page = new VBox(findBar, markdown);
    VBox.setVgrow(markdown, Priority.ALWAYS);
    SplitPane rendered = new SplitPane(outline, page);
    rendered.setDividerPositions(0.22);
    renderedTab.setContent(rendered);
    root.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
            tabs.getSelectionModel().select(renderedTab);
            find.requestFocus();
            e.consume();
          }
        });
    Tab agent = new Tab("Agent", card);
    sourceTab.setContent(editor);
    editor.setId("spec-source");
    tabs.getTabs().setAll(renderedTab, agent, sourceTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> render());
  }

  private void wire() {
    editor.onEdited(
        Duration.ofMillis(300),
        now -> {
          if (!now.equals(model.text().get())) {
            model.edited(now);
          }
        });
    editor.area().editableProperty().bind(model.sample().not());
    model.text().addListener((o, was, now) -> showInEditor(now));
    model
        .analysis()
        .addListener(
            (o, was, now) -> {
              render();
              now.ifPresent(
                  a -> {
                    card.show(
                        a.effective(),
                        a.intended(),
                        a.policies(),
                        model.catalog().get().flatMap(AgentCatalog::mcpServers));
                    context
                        .work()
                        .submit(
                            "spec-highlight",
                            () ->
                                CodeEditor.prepare(a.text(), SpecHighlighter.styles(a.document())),
                            editor::restyle,
                            e -> context.notifier().error(String.valueOf(e.getMessage())));
                  });
            });
    model.agentName().addListener((o, was, now) -> context.activeAgent().set(now));
    model.file().addListener((o, was, now) -> selectInCatalog(now));
    model.catalog().addListener((o, was, now) -> showEmptyStateIfNeeded());
    model.sample().addListener((o, was, now) -> showEmptyStateIfNeeded());
  }

  /**
   * The spec's text changed from outside the editor (opened, fixed, undone): the styled document is
   * built off the FX thread and swapped in at once, unless the user typed meanwhile.
   */
  private void showInEditor(String text) {
    if (editor.text().equals(text)) {
      return;
    }
    long changes = editor.changeCount();
    context
        .work()
        .submit(
            "spec-editor-text",
            () ->
                CodeEditor.prepare(
                    text, SpecHighlighter.styles(dev.agentworkbench.spec.SpecParser.parse(text))),
            styled -> {
              if (editor.changeCount() == changes && model.text().get().equals(styled.text())) {
                editor.show(styled);
              }
            },
            e -> context.notifier().error(String.valueOf(e.getMessage())));
  }

  private void selectInCatalog(Optional<java.nio.file.Path> file) {
    if (file.isEmpty()) {
      catalog.list.getSelectionModel().clearSelection();
      return;
    }
    for (CatalogEntry e : catalog.list.getItems()) {
      if (e.file().equals(file.get())) {
        catalog.list.getSelectionModel().select(e);
      }
    }
  }

  /** Spec files changed on disk (a background thread): re-scan the catalog on the FX thread. */
  private void filesChanged(java.util.Set<java.nio.file.Path> paths) {
    boolean specs =
        paths.stream()
            .anyMatch(p -> p.toString().endsWith(".md") || p.toString().endsWith(".mcp.json"));
    if (specs) {
      dev.agentworkbench.ui.app.FxBackgroundWork.onFx(model::refreshCatalog);
    }
  }

  private void showEmptyStateIfNeeded() {
    boolean empty = model.catalog().get().map(c -> c.entries().isEmpty()).orElse(false);
    if (empty && !model.sample().get()) {
      root.getChildren()
          .setAll(
              new EmptyState(
                  Feather.FILE_TEXT,
                  "No agent specs here yet",
                  "This workspace has no .claude/agents folder and you have no personal agents. Look at the sample spec to see what the room shows, or open a repository that has agent specs.",
                  EmptyState.step("Open sample spec", model::openSample, true),
                  EmptyState.step("Open folder…", context.navigator()::openFolder, false)));
    } else {
      root.getChildren().setAll(main);
    }
  }

  private void render() {
    if (tabs.getSelectionModel().getSelectedItem() != renderedTab) {
      return;
    }
    model
        .analysis()
        .get()
        .filter(a -> a != renderedFor)
        .ifPresent(
            a ->
                context
                    .work()
                    .submit(
                        "spec-render",
                        () -> MarkdownView.parse(a.intended().prompt()),
                        doc -> {
                          boolean sameSpec =
                              renderedFor != null && model.file().get().equals(renderedFile);
                          renderedFor = a;
                          renderedFile = model.file().get();
                          markdown.show(doc, sameSpec);
                          if (!sameSpec) {
                            find.clear();
                          } else if (!find.getText().isBlank()) {
                            found.setText(markdown.matchCount() + " found");
                          }
                          outline.getItems().setAll(markdown.outline());
                        },
                        e -> context.notifier().error(String.valueOf(e.getMessage()))));
  }

  private void jumpTo(Diagnostic d) {
    tabs.getSelectionModel().select(sourceTab);
    editor.goTo(d.line(), d.column());
  }

  private void newAgent() {
    if (context.workspace().get().isEmpty()) {
      context.notifier().info("Open a folder first: new agents go into its .claude/agents.");
      return;
    }
    NewAgentDialog dialog = new NewAgentDialog(model);
    Optional.ofNullable(context.window().get()).ifPresent(dialog::initOwner);
    dialog.getDialogPane().getStylesheets().add(STYLESHEET);
    dialog.showAndWait().ifPresent(model::create);
  }

  private void lintAll() {
    model.refreshCatalog();
    model
        .catalog()
        .get()
        .ifPresent(
            c -> {
              long errors = c.entries().stream().mapToLong(e -> e.count(Severity.ERROR)).sum();
              long warnings = c.entries().stream().mapToLong(e -> e.count(Severity.WARNING)).sum();
              context
                  .notifier()
                  .info(
                      "Linted "
                          + c.entries().size()
                          + " specs: "
                          + errors
                          + " errors, "
                          + warnings
                          + " warnings.");
            });
  }

  @Override
  public List<PaletteAction> actions() {
    return List.of(
        PaletteAction.of("Agent spec", "Lint all", this::lintAll),
        PaletteAction.of("Agent spec", "New agent…", this::newAgent),
        PaletteAction.of("Agent spec", "Open sample spec", model::openSample),
        PaletteAction.of("Agent spec", "Fix all safe problems", model::applyAllFixes),
        PaletteAction.of("Agent spec", "Undo fix", model::undoFix),
        PaletteAction.of("Agent spec", "Save", model::save));
  }

  @Override
  public void shown() {
    render();
  }
}
