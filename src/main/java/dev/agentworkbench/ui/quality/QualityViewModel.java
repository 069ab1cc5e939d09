package dev.agentworkbench.ui.quality;

import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.quality.RunListener;
import dev.agentworkbench.quality.Scope;
import dev.agentworkbench.quality.Severity;
import dev.agentworkbench.quality.fix.FixPreview;
import dev.agentworkbench.quality.plan.ArgumentList;
import dev.agentworkbench.quality.plan.CheckPlan;
import dev.agentworkbench.quality.plan.CustomCheck;
import dev.agentworkbench.quality.plan.FilePattern;
import dev.agentworkbench.quality.plan.OutputKind;
import dev.agentworkbench.quality.plan.PlannedCheck;
import dev.agentworkbench.workspace.tasks.BackgroundWork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Quality room's state and logic: the plan's tiles, the findings (filtered), the scope, runs
 * and their progress, live reruns, the file viewer, fix previews and spec trust. Never touches a
 * Node; updates from worker threads are handed to {@code ui} (the FX thread in the app).
 */
public final class QualityViewModel {
  public static final String ALL = "All";

  private final QualityService service;
  private final BackgroundWork work;
  private final Executor ui;

  private final ObjectProperty<Optional<Path>> repository =
      new SimpleObjectProperty<>(Optional.empty());
  private final ObjectProperty<CheckPlan> plan = new SimpleObjectProperty<>();
  private final ObservableList<CheckTileModel> tiles = FXCollections.observableArrayList();
  private final ObservableList<Finding> findings = FXCollections.observableArrayList();
  private final FilteredList<Finding> visibleFindings = new FilteredList<>(findings, f -> true);
  private final ObservableList<String> tools = FXCollections.observableArrayList(ALL);
  private final StringProperty toolFilter = new SimpleStringProperty(ALL);
  private final StringProperty severityFilter = new SimpleStringProperty(ALL);
  private final StringProperty fileFilter = new SimpleStringProperty("");
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.CHANGED);
  private final StringProperty scopeSummary = new SimpleStringProperty("");
  private final IntegerProperty runningCount = new SimpleIntegerProperty();

  /** Checks of the current run that have not finished: a check can finish without ever running. */
  private final java.util.Set<String> pending = new java.util.HashSet<>();

  private final IntegerProperty runTotal = new SimpleIntegerProperty();
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final BooleanProperty trustNeeded = new SimpleBooleanProperty();
  private final StringProperty problem = new SimpleStringProperty("");
  private final BooleanProperty liveReruns = new SimpleBooleanProperty(true);
  private final StringProperty viewedFile = new SimpleStringProperty("");
  private final StringProperty viewedText = new SimpleStringProperty("");
  private final IntegerProperty viewedLine = new SimpleIntegerProperty(0);
  private final ObjectProperty<Optional<FixPreview>> fixPreview =
      new SimpleObjectProperty<>(Optional.empty());
  private final Map<String, CheckTileModel> byName = new LinkedHashMap<>();
  private boolean runWhenPlanned;

  public QualityViewModel(QualityService service, BackgroundWork work, Executor ui) {
    this.service = service;
    this.work = work;
    this.ui = ui;
    toolFilter.addListener((o, a, b) -> refilter());
    severityFilter.addListener((o, a, b) -> refilter());
    fileFilter.addListener((o, a, b) -> refilter());
    scope.addListener((o, a, b) -> tiles.forEach(CheckTileModel::markStale));
  }

  // ---- opening a repository

  /** Shows the repository's plan (no run yet); empty for "not a git repository". */
  public void open(Optional<Path> root) {
    repository.set(root);
    plan.set(null);
    tiles.clear();
    byName.clear();
    findings.clear();
    problem.set("");
    if (root.isEmpty()) {
      return;
    }
    Path repo = root.get();
    work.submit(
        "quality-plan",
        () -> service.plan(repo),
        this::showPlan,
        e -> problem.set("Could not read the check plan: " + e.getMessage()));
  }

  private void showPlan(CheckPlan p) {
    plan.set(p);
    tiles.clear();
    byName.clear();
    for (PlannedCheck c : p.checks()) {
      CheckTileModel tile = new CheckTileModel(c);
      byName.put(c.name(), tile);
      tiles.add(tile);
      repository
          .get()
          .flatMap(r -> service.latest(r, c.name()))
          .ifPresent(r -> tile.apply(r, service.history(repository.get().get(), c.name())));
    }
    trustNeeded.set(p.needsTrust());
    rebuildFindings();
    if (runWhenPlanned) {
      runWhenPlanned = false;
      runAll();
    }
  }

  // ---- runs

  public void runAll() {
    start(List.of());
  }

  /** Runs all checks now, or as soon as the plan has been read. */
  public void runAllWhenPlanned() {
    if (plan.get() != null) {
      runAll();
    } else {
      runWhenPlanned = true;
    }
  }

  public void runOne(String check) {
    start(List.of(check));
  }

  private void start(List<String> only) {
    Optional<Path> root = repository.get();
    CheckPlan p = plan.get();
    if (root.isEmpty() || p == null) {
      return;
    }
    Path repo = root.get();
    Scope chosen = scope.get();
    List<PlannedCheck> checks =
        p.checks().stream()
            .filter(c -> only.isEmpty() ? c.enabled() : only.contains(c.name()))
            .toList();
    checks.forEach(c -> pending.add(c.name()));
    runTotal.set(runTotal.get() - runningCount.get() + pending.size());
    runningCount.set(pending.size());
    progress.set(0);
    work.submit(
        "quality-run",
        () -> {
          List<String> files = service.files(repo, chosen);
          for (PlannedCheck c : checks) {
            service.start(repo, p, c, files, listener());
          }
          return files;
        },
        files -> scopeSummary.set(describeScope(chosen, files)),
        e -> problem.set("Could not start the checks: " + e.getMessage()));
  }

  /** The room's listener: worker-thread updates handed to the UI thread. */
  RunListener listener() {
    return new RunListener() {
      @Override
      public void updated(CheckResult result) {
        ui.execute(() -> apply(result));
      }

      @Override
      public void output(String check, String chunk) {
        ui.execute(
            () -> Optional.ofNullable(byName.get(check)).ifPresent(t -> t.appendOutput(chunk)));
      }
    };
  }

  void apply(CheckResult result) {
    CheckTileModel tile = byName.get(result.name());
    if (tile == null) {
      return;
    }
    tile.apply(
        result, repository.get().map(r -> service.history(r, result.name())).orElse(List.of()));
    if (result.status().isFinished()) {
      if (pending.remove(result.name())) {
        runningCount.set(pending.size());
      }
      int total = Math.max(1, runTotal.get());
      progress.set(runningCount.get() == 0 ? 1.0 : 1.0 - (double) runningCount.get() / total);
      if (runningCount.get() == 0) {
        runTotal.set(0);
      }
      rebuildFindings();
    }
  }

  public void cancelAll() {
    repository.get().ifPresent(service::cancelAll);
  }

  public void cancel(String check) {
    repository.get().ifPresent(r -> service.cancel(r, check));
  }

  /** Watcher events arrive on a background thread: handled on the UI thread. */
  public void filesChangedFromWatcher(Set<Path> changed) {
    ui.execute(() -> filesChanged(changed));
  }

  /** File changes from the watcher (already debounced): mark and rerun the affected checks. */
  public void filesChanged(Set<Path> changed) {
    Optional<Path> root = repository.get();
    CheckPlan p = plan.get();
    if (root.isEmpty() || p == null) {
      return;
    }
    markAffectedStale(root.get(), changed);
    if (!liveReruns.get()) {
      return;
    }
    Path repo = root.get();
    Scope chosen = scope.get();
    work.submit(
        "quality-live",
        () -> service.rerunAffected(repo, p, chosen, changed, listener()),
        started -> {
          // A rerun that already finished (its result came first) is not pending any more.
          started.stream()
              .filter(c -> byName.containsKey(c.name()))
              .filter(c -> !byName.get(c.name()).statusProperty().get().isFinished())
              .forEach(c -> pending.add(c.name()));
          runTotal.set(runTotal.get() + pending.size() - runningCount.get());
          runningCount.set(pending.size());
        },
        e -> problem.set("Live rerun failed: " + e.getMessage()));
  }

  private void markAffectedStale(Path repo, Set<Path> changed) {
    Path base = repo.toAbsolutePath().normalize();
    List<String> relative =
        changed.stream()
            .map(c -> c.toAbsolutePath().normalize())
            .filter(c -> c.startsWith(base))
            .map(c -> base.relativize(c).toString().replace('\\', '/'))
            .toList();
    for (CheckTileModel t : tiles) {
      if (t.check().enabled() && relative.stream().anyMatch(t.check().pattern()::matches)) {
        t.markStale();
      }
    }
  }

  // ---- plan changes

  public void setEnabled(String check, boolean on) {
    repository
        .get()
        .ifPresent(
            repo ->
                work.submit(
                    "quality-settings",
                    () -> {
                      service.saveSettings(repo, service.settings(repo).withEnabled(check, on));
                      return service.plan(repo);
                    },
                    this::showPlan,
                    e -> problem.set("Could not save the settings: " + e.getMessage())));
  }

  /**
   * Adds (or replaces) a custom check from what the user typed; returns the problem to show when
   * the input is not usable.
   */
  public Optional<String> addCustomCheck(
      String name, String command, String pattern, OutputKind kind, boolean takesFiles) {
    Optional<Path> root = repository.get();
    if (root.isEmpty()) {
      return Optional.of("Open a git repository first.");
    }
    CustomCheck check;
    try {
      if (plan.get() != null
          && plan.get().check(name.strip()).filter(c -> !c.tool().equals("custom")).isPresent()) {
        return Optional.of("The plan already has a check named " + name.strip() + ".");
      }
      check =
          new CustomCheck(
              name.strip(),
              ArgumentList.parse(command),
              new FilePattern(pattern.strip()),
              kind,
              takesFiles);
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    Path repo = root.get();
    work.submit(
        "quality-settings",
        () -> {
          service.saveSettings(repo, service.settings(repo).withCustom(check));
          return service.plan(repo);
        },
        this::showPlan,
        e -> problem.set("Could not save the custom check: " + e.getMessage()));
    return Optional.empty();
  }

  public void removeCustomCheck(String name) {
    repository
        .get()
        .ifPresent(
            repo ->
                work.submit(
                    "quality-settings",
                    () -> {
                      service.saveSettings(repo, service.settings(repo).withoutCustom(name));
                      return service.plan(repo);
                    },
                    this::showPlan,
                    e -> problem.set("Could not save the settings: " + e.getMessage())));
  }

  /** Sets (or clears, with an empty path) where to find a tool's program for this repository. */
  public void setToolPath(String tool, Optional<String> path) {
    repository
        .get()
        .ifPresent(
            repo ->
                work.submit(
                    "quality-settings",
                    () -> {
                      service.saveSettings(
                          repo,
                          service
                              .settings(repo)
                              .withToolPath(
                                  tool, path.map(String::strip).filter(p -> !p.isEmpty())));
                      return service.plan(repo);
                    },
                    this::showPlan,
                    e -> problem.set("Could not save the tool path: " + e.getMessage())));
  }

  /** The user read the spec's commands and trusts them. */
  public void trustSpec() {
    CheckPlan p = plan.get();
    if (p == null || p.specFile().isEmpty() || repository.get().isEmpty()) {
      return;
    }
    Path repo = repository.get().get();
    work.submit(
        "quality-trust",
        () -> {
          service.trust(p.specFile().get());
          return service.plan(repo);
        },
        this::showPlan,
        e -> problem.set("Could not remember the trust: " + e.getMessage()));
  }

  /** The commands the trust prompt shows, one per line. */
  public String specCommands() {
    CheckPlan p = plan.get();
    if (p == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    p.checks().stream()
        .filter(c -> c.provenance().needsTrust())
        .forEach(c -> b.append(String.join(" ", c.argv())).append('\n'));
    return b.toString();
  }

  // ---- findings

  private void rebuildFindings() {
    List<Finding> all = new ArrayList<>();
    Set<String> toolNames = new TreeSet<>();
    for (CheckTileModel t : tiles) {
      t.last().ifPresent(r -> all.addAll(r.findings()));
      toolNames.add(t.check().tool().equals("custom") ? t.name() : t.check().tool());
    }
    findings.setAll(all);
    // Only ever add: replacing the items would reset the combo box's value.
    toolNames.stream().filter(t -> !tools.contains(t)).forEach(tools::add);
  }

  private void refilter() {
    String tool = toolFilter.get();
    String sev = severityFilter.get();
    String file = fileFilter.get() == null ? "" : fileFilter.get().strip().toLowerCase();
    visibleFindings.setPredicate(
        f ->
            (tool == null || tool.equals(ALL) || f.tool().equals(tool))
                && (sev == null || sev.equals(ALL) || f.severity().label().equals(sev))
                && (file.isEmpty() || f.file().toLowerCase().contains(file)));
  }

  public static List<String> severityChoices() {
    List<String> s = new ArrayList<>();
    s.add(ALL);
    for (Severity v : Severity.values()) {
      s.add(v.label());
    }
    return s;
  }

  // ---- file viewer

  /** Opens the finding's file in the viewer at its line. */
  public void openFinding(Finding f) {
    Optional<Path> root = repository.get();
    if (root.isEmpty() || f.file().isEmpty()) {
      return;
    }
    Path file = root.get().resolve(f.file());
    work.submit(
        "quality-view",
        () -> Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "",
        text -> {
          viewedFile.set(f.file());
          viewedText.set(text);
          viewedLine.set(f.line());
        },
        e -> problem.set("Could not read " + f.file() + ": " + e.getMessage()));
  }

  // ---- fixes

  /** Asks the fixer what it would change in the finding's file; shows it as a diff. */
  public void previewFix(Finding f, Consumer<Throwable> onFailure) {
    Optional<Path> root = repository.get();
    CheckPlan p = plan.get();
    if (root.isEmpty() || p == null) {
      return;
    }
    Optional<PlannedCheck> fixer =
        p.checks().stream().filter(c -> c.tool().equals(f.tool()) && c.canFix()).findFirst();
    if (fixer.isEmpty()) {
      return;
    }
    Path repo = root.get();
    work.submit(
        "quality-fix",
        () -> service.previewFix(repo, fixer.get(), f.file()).get(),
        preview -> fixPreview.set(Optional.of(preview)),
        onFailure);
  }

  public void applyFix(Consumer<Throwable> onFailure) {
    Optional<FixPreview> preview = fixPreview.get();
    Optional<Path> root = repository.get();
    if (preview.isEmpty() || root.isEmpty()) {
      return;
    }
    fixPreview.set(Optional.empty());
    work.submit(
        "quality-apply",
        () -> service.applyFix(root.get(), preview.get()).get(),
        done -> {},
        onFailure);
  }

  public void dismissFix() {
    fixPreview.set(Optional.empty());
  }

  static String describeScope(Scope s, List<String> files) {
    return files.size()
        + (files.size() == 1 ? " file" : " files")
        + " in the "
        + s.key()
        + " scope.";
  }

  public StringBinding scopeNote() {
    return Bindings.createStringBinding(() -> scope.get().note(), scope);
  }

  // ---- properties

  public ObjectProperty<Optional<Path>> repositoryProperty() {
    return repository;
  }

  public ObjectProperty<CheckPlan> planProperty() {
    return plan;
  }

  public ObservableList<CheckTileModel> tiles() {
    return tiles;
  }

  public ObservableList<Finding> findings() {
    return findings;
  }

  public FilteredList<Finding> visibleFindings() {
    return visibleFindings;
  }

  public ObservableList<String> tools() {
    return tools;
  }

  public StringProperty toolFilterProperty() {
    return toolFilter;
  }

  public StringProperty severityFilterProperty() {
    return severityFilter;
  }

  public StringProperty fileFilterProperty() {
    return fileFilter;
  }

  public ObjectProperty<Scope> scopeProperty() {
    return scope;
  }

  public StringProperty scopeSummaryProperty() {
    return scopeSummary;
  }

  public IntegerProperty runningCountProperty() {
    return runningCount;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  public BooleanProperty trustNeededProperty() {
    return trustNeeded;
  }

  public StringProperty problemProperty() {
    return problem;
  }

  public BooleanProperty liveRerunsProperty() {
    return liveReruns;
  }

  public StringProperty viewedFileProperty() {
    return viewedFile;
  }

  public StringProperty viewedTextProperty() {
    return viewedText;
  }

  public IntegerProperty viewedLineProperty() {
    return viewedLine;
  }

  public ObjectProperty<Optional<FixPreview>> fixPreviewProperty() {
    return fixPreview;
  }

  public Optional<CheckTileModel> tile(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Whether the status counts as finished for the progress bar. */
  static boolean done(CheckStatus s) {
    return s.isFinished();
  }
}
