package dev.agentworkbench.ui.spec;

import dev.agentworkbench.spec.ActiveSpec;
import dev.agentworkbench.spec.AgentCatalog;
import dev.agentworkbench.spec.AgentReading;
import dev.agentworkbench.spec.CatalogEntry;
import dev.agentworkbench.spec.Diagnostic;
import dev.agentworkbench.spec.LintContext;
import dev.agentworkbench.spec.NewAgent;
import dev.agentworkbench.spec.SpecDocument;
import dev.agentworkbench.spec.SpecDrafts;
import dev.agentworkbench.spec.SpecFile;
import dev.agentworkbench.spec.SpecFixer;
import dev.agentworkbench.spec.SpecParser;
import dev.agentworkbench.spec.SpecService;
import dev.agentworkbench.spec.policy.SpecPolicies;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.files.WriteConflictException;
import dev.agentworkbench.workspace.tasks.BackgroundWork;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Agent spec room's state and logic: the catalog with its filter, the open spec (text,
 * document, diagnostics, both readings, policies), fixes with undo, save with conflict check, and
 * the new-agent form. Never touches a Node; all slow work goes through {@link BackgroundWork}.
 */
public final class SpecRoomViewModel {
  /** A lint result for a given text: applied only while that text is still the current one. */
  public record Analysis(
      String text,
      SpecDocument document,
      List<Diagnostic> diagnostics,
      AgentReading effective,
      AgentReading intended,
      SpecPolicies policies) {}

  private final SpecService service;
  private Optional<SpecDrafts> drafts = Optional.empty();
  private final ObjectProperty<Optional<String>> draft =
      new SimpleObjectProperty<>(Optional.empty());
  private final BackgroundWork work;
  private final Consumer<String> notify;
  private final ObservableList<CatalogEntry> entries = FXCollections.observableArrayList();
  private final FilteredList<CatalogEntry> filtered =
      new FilteredList<>(entries, CatalogEntry::isAgent);
  private final StringProperty filter = new SimpleStringProperty("");
  private final ObjectProperty<Optional<Workspace>> workspace =
      new SimpleObjectProperty<>(Optional.empty());
  private final ObjectProperty<Optional<AgentCatalog>> catalog =
      new SimpleObjectProperty<>(Optional.empty());
  private final ObjectProperty<Optional<Path>> file = new SimpleObjectProperty<>(Optional.empty());
  private final StringProperty agentName = new SimpleStringProperty("");
  private final BooleanProperty sample = new SimpleBooleanProperty(false);
  private final BooleanProperty dirty = new SimpleBooleanProperty(false);
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private final StringProperty text = new SimpleStringProperty("");
  private final ObjectProperty<Optional<Analysis>> analysis =
      new SimpleObjectProperty<>(Optional.empty());
  private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
  private final Deque<String> undo = new ArrayDeque<>();
  private final BooleanProperty canUndoFix = new SimpleBooleanProperty(false);
  private String savedText = "";
  private String checksum = "";

  public SpecRoomViewModel(SpecService service, BackgroundWork work, Consumer<String> notify) {
    this.service = service;
    this.work = work;
    this.notify = notify;
    filter.addListener((o, was, now) -> filtered.setPredicate(e -> e.isAgent() && matches(e, now)));
    text.addListener((o, was, now) -> dirty.set(!sample.get() && !now.equals(savedText)));
  }

  /** Keeps recovery drafts of unsaved edits in this folder. */
  public void keepDraftsIn(SpecDrafts store) {
    this.drafts = Optional.of(store);
  }

  /** A recovery draft left behind for the open spec (differs from the file), if any. */
  public ObjectProperty<Optional<String>> draft() {
    return draft;
  }

  /** Replaces the text with the recovery draft (the user then saves or undoes). */
  public void restoreDraft() {
    draft
        .get()
        .ifPresent(
            d -> {
              undo.push(text.get());
              canUndoFix.set(true);
              edited(d);
            });
    draft.set(Optional.empty());
  }

  static boolean matches(CatalogEntry e, String filter) {
    String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    return f.isEmpty()
        || e.name().toLowerCase(Locale.ROOT).contains(f)
        || e.description().toLowerCase(Locale.ROOT).contains(f)
        || e.model().orElse("").toLowerCase(Locale.ROOT).contains(f);
  }

  /** Scans the workspace's agents and opens the active one (or nothing, for the empty state). */
  public void open(Optional<Workspace> ws) {
    workspace.set(ws);
    entries.clear();
    catalog.set(Optional.empty());
    if (ws.isEmpty()) {
      return;
    }
    loading.set(true);
    Workspace w = ws.get();
    work.submit(
        "spec-catalog",
        () -> new Object[] {service.catalog(w), service.activeSpec(w)},
        r -> {
          loading.set(false);
          AgentCatalog c = (AgentCatalog) r[0];
          catalog.set(Optional.of(c));
          entries.setAll(c.entries());
          ActiveSpec active = (ActiveSpec) r[1];
          if (!c.entries().isEmpty() && active.file().isPresent() && file.get().isEmpty()) {
            c.entries().stream()
                .filter(e -> e.file().equals(active.file().get()))
                .findFirst()
                .ifPresent(this::select);
          }
        },
        this::failed);
  }

  /** Re-scans the catalog (after a save, a fix or a new agent) keeping the open spec. */
  public void refreshCatalog() {
    workspace
        .get()
        .ifPresent(
            w ->
                work.submit(
                    "spec-catalog",
                    () -> service.catalog(w),
                    c -> {
                      catalog.set(Optional.of(c));
                      entries.setAll(c.entries());
                    },
                    this::failed));
  }

  public void select(CatalogEntry entry) {
    loading.set(true);
    work.submit(
        "spec-open",
        () -> service.read(entry.file()),
        (SpecFile f) -> {
          loading.set(false);
          show(Optional.of(f.path()), entry.name(), false, f.text(), f.checksum());
        },
        this::failed);
  }

  /** Opens the bundled sample spec, read-only, marked as a sample. */
  public void openSample() {
    show(Optional.empty(), SpecService.SAMPLE_NAME, true, SpecService.sampleText(), "");
  }

  private void show(
      Optional<Path> path, String name, boolean isSample, String content, String sum) {
    undo.clear();
    canUndoFix.set(false);
    sample.set(isSample);
    file.set(path);
    agentName.set(name);
    savedText = content;
    checksum = sum;
    text.set(content);
    dirty.set(false);
    draft.set(Optional.empty());
    relint(content);
    path.ifPresent(
        p ->
            drafts.ifPresent(
                d ->
                    work.submit(
                        "spec-draft-load",
                        () -> d.load(p),
                        found ->
                            draft.set(
                                found.filter(x -> !x.equals(content) && file.get().equals(path))),
                        this::failed)));
  }

  /** The user typed: remember the text and re-lint in the background (newest wins). */
  public void edited(String newText) {
    text.set(newText);
    relint(newText);
    if (dirty.get() && file.get().isPresent() && drafts.isPresent()) {
      Path p = file.get().get();
      SpecDrafts d = drafts.get();
      work.submit(
          "spec-draft-save",
          () -> {
            d.save(p, newText);
            return p;
          },
          ignore -> {},
          this::failed);
    }
  }

  public void relint(String current) {
    LintContext context = lintContext();
    work.submit("spec-lint", () -> analyse(current, context), this::applyAnalysis, this::failed);
  }

  private LintContext lintContext() {
    Optional<Path> f = file.get();
    return f.map(service::contextFor)
        .map(
            c ->
                new LintContext(
                    c.file(),
                    c.mcpServers().or(() -> catalog.get().flatMap(AgentCatalog::mcpServers))))
        .orElse(
            new LintContext(
                Optional.of(Path.of(SpecService.SAMPLE_NAME + ".md")),
                catalog.get().flatMap(AgentCatalog::mcpServers)));
  }

  Analysis analyse(String current, LintContext context) {
    SpecDocument doc = SpecParser.parse(current);
    return new Analysis(
        current,
        doc,
        service.lint(doc, context),
        service.effective(doc),
        service.intended(doc),
        service.policies(doc));
  }

  private void applyAnalysis(Analysis a) {
    if (!a.text().equals(text.get())) {
      return; // stale: the user typed since
    }
    analysis.set(Optional.of(a));
    List<Diagnostic> all = new java.util.ArrayList<>(a.diagnostics());
    file.get().flatMap(f -> catalog.get().map(c -> c.catalogFindings(f))).orElse(List.of()).stream()
        .filter(d -> !all.contains(d))
        .forEach(all::add);
    all.sort(
        java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    diagnostics.setAll(all);
  }

  /** The diff a fix would make, for the preview. */
  public List<String> preview(Diagnostic d) {
    return d.fix().map(f -> FixPreview.lines(text.get(), f)).orElse(List.of());
  }

  /** Applies one diagnostic's fix to the open text (undoable). */
  public void applyFix(Diagnostic d) {
    if (d.fix().isEmpty()) {
      return;
    }
    String before = text.get();
    undo.push(before);
    canUndoFix.set(true);
    edited(SpecFixer.apply(before, d));
  }

  /** Applies every safe fix to the open text (one undo step). */
  public void applyAllFixes() {
    String before = text.get();
    SpecFixer.Result r = service.fix(before, lintContext());
    if (r.changed()) {
      undo.push(before);
      canUndoFix.set(true);
      edited(r.text());
      notify.accept("Applied " + r.applied().size() + " fixes. Review them, then save.");
    }
  }

  public void undoFix() {
    if (!undo.isEmpty()) {
      edited(undo.pop());
    }
    canUndoFix.set(!undo.isEmpty());
  }

  /** Saves atomically; a conflict when the file changed on disk since it was read. */
  public void save() {
    if (file.get().isEmpty() || !dirty.get()) {
      return;
    }
    Path f = file.get().get();
    String content = text.get();
    String sum = checksum;
    work.submit(
        "spec-save",
        () -> service.save(f, content, sum),
        newSum -> {
          checksum = newSum;
          savedText = content;
          dirty.set(!text.get().equals(savedText));
          notify.accept("Saved " + f.getFileName() + ".");
          drafts.ifPresent(
              d ->
                  work.submit(
                      "spec-draft-discard",
                      () -> {
                        d.discard(f);
                        return f;
                      },
                      ignore -> {},
                      this::failed));
          refreshCatalog();
        },
        e -> {
          if (e instanceof WriteConflictException) {
            notify.accept(
                f.getFileName()
                    + " changed on disk since it was opened. Nothing was written; copy your edits, reopen the file and apply them again.");
          } else {
            failed(e);
          }
        });
  }

  /** Problems with the new-agent form, in words for the user. */
  public List<String> problems(NewAgent agent) {
    return agent.problems(
        catalog
            .get()
            .map(c -> c.agents().stream().map(CatalogEntry::name).toList())
            .orElse(List.of()));
  }

  /** Writes a new agent into the nearest project agents folder and opens it. */
  public void create(NewAgent agent) {
    Optional<Workspace> ws = workspace.get();
    if (ws.isEmpty() || !problems(agent).isEmpty()) {
      return;
    }
    Path dir = ws.get().projectAgentDirs().get(0);
    work.submit(
        "spec-create",
        () -> service.create(dir, agent),
        path -> {
          notify.accept("Created " + path.getFileName() + ".");
          work.submit(
              "spec-catalog",
              () -> service.catalog(ws.get()),
              c -> {
                catalog.set(Optional.of(c));
                entries.setAll(c.entries());
                c.entries().stream()
                    .filter(e -> e.file().equals(path))
                    .findFirst()
                    .ifPresent(this::select);
              },
              this::failed);
        },
        this::failed);
  }

  /** MCP servers of the workspace, for the new-agent form. */
  public List<String> mcpServers() {
    return catalog
        .get()
        .flatMap(AgentCatalog::mcpServers)
        .map(s -> s.stream().sorted().toList())
        .orElse(List.of());
  }

  private void failed(Throwable e) {
    loading.set(false);
    notify.accept(e.getMessage() == null ? e.toString() : e.getMessage());
  }

  public ObservableList<CatalogEntry> entries() {
    return entries;
  }

  public FilteredList<CatalogEntry> filtered() {
    return filtered;
  }

  public StringProperty filter() {
    return filter;
  }

  public ObjectProperty<Optional<AgentCatalog>> catalog() {
    return catalog;
  }

  public ObjectProperty<Optional<Path>> file() {
    return file;
  }

  public StringProperty agentName() {
    return agentName;
  }

  public BooleanProperty sample() {
    return sample;
  }

  public BooleanProperty dirty() {
    return dirty;
  }

  public BooleanProperty loading() {
    return loading;
  }

  public StringProperty text() {
    return text;
  }

  public ObjectProperty<Optional<Analysis>> analysis() {
    return analysis;
  }

  public ObservableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public BooleanProperty canUndoFix() {
    return canUndoFix;
  }
}
