package dev.agentworkbench.quality;

import dev.agentworkbench.quality.files.ChangedFiles;
import dev.agentworkbench.quality.fix.FixPreview;
import dev.agentworkbench.quality.fix.Fixer;
import dev.agentworkbench.quality.plan.CheckPlan;
import dev.agentworkbench.quality.plan.CheckPlanner;
import dev.agentworkbench.quality.plan.PlannedCheck;
import dev.agentworkbench.quality.plan.QualitySettingsStore;
import dev.agentworkbench.quality.plan.RepoQualitySettings;
import dev.agentworkbench.quality.plan.SpecTrust;
import dev.agentworkbench.quality.run.CheckRunner;
import dev.agentworkbench.quality.run.CheckScheduler;
import dev.agentworkbench.quality.tools.ToolInfo;
import dev.agentworkbench.quality.tools.ToolLocator;
import dev.agentworkbench.spec.policy.QualityPolicy;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.files.WriteConflictException;
import dev.agentworkbench.workspace.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The Quality room's one door, for the room, the CLI and the commit room: the plan, the files of a
 * scope, runs (parallel, cancellable, newest wins), live reruns, fixes, and the commit gate.
 */
public final class QualityService implements AutoCloseable {
  /** Tools whose result for one file does not depend on other files: rerun only changed files. */
  private static final Set<String> PER_FILE_TOOLS = Set.of("black", "isort", "ruff", "bandit");

  private final UserEnvironment environment;
  private final ProcessRunner processes;
  private final int parallelism;
  private final Duration timeout;
  private final QualitySettingsStore settingsStore;
  private final SpecTrust trust;
  private final Map<Path, Session> sessions = new ConcurrentHashMap<>();

  private record Session(CheckScheduler scheduler, ResultBook book, CheckPlan[] plan) {}

  public QualityService(UserEnvironment environment, ProcessRunner processes) {
    this(
        environment,
        processes,
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        Duration.ofMinutes(5));
  }

  public QualityService(
      UserEnvironment environment, ProcessRunner processes, int parallelism, Duration timeout) {
    this.environment = environment;
    this.processes = processes;
    this.parallelism = parallelism;
    this.timeout = timeout;
    this.settingsStore = new QualitySettingsStore(environment.appHome());
    this.trust = new SpecTrust(environment.appHome());
  }

  // ---- plan, settings, trust

  /**
   * The plan for a repository from the quality section of its active spec (the spec room's choice);
   * the seed defaults when the repository has no spec or its spec has no quality section.
   */
  public CheckPlan plan(Path repositoryRoot) throws IOException {
    var workspace =
        new dev.agentworkbench.workspace.WorkspaceLocator(environment).open(repositoryRoot);
    var specs = new dev.agentworkbench.spec.SpecService();
    var active = specs.activeSpec(workspace);
    if (active.sample()) {
      return plan(repositoryRoot, QualityPolicy.defaults(), Optional.empty());
    }
    QualityPolicy policy = specs.policies(active.document()).checks();
    return plan(repositoryRoot, policy, policy.isDefault() ? Optional.empty() : active.file());
  }

  /** The plan from a spec's quality policy, the user's settings and the spec's trust. */
  public CheckPlan plan(Path repositoryRoot, QualityPolicy policy, Optional<Path> specFile)
      throws IOException {
    Optional<String> hash =
        specFile.isPresent()
            ? Optional.of(SpecTrust.contentHash(specFile.get()))
            : Optional.empty();
    boolean trusted = hash.isPresent() && trust.isTrusted(hash.get());
    CheckPlan plan =
        CheckPlanner.plan(policy, specFile, hash, trusted, settingsStore.load(repositoryRoot));
    session(repositoryRoot).plan()[0] = plan;
    return plan;
  }

  public RepoQualitySettings settings(Path repositoryRoot) throws IOException {
    return settingsStore.load(repositoryRoot);
  }

  public void saveSettings(Path repositoryRoot, RepoQualitySettings settings) throws IOException {
    settingsStore.save(repositoryRoot, settings);
  }

  /** Trusts the spec file's current content to run its commands (remembered by content hash). */
  public void trust(Path specFile) throws IOException {
    trust.trust(specFile, SpecTrust.contentHash(specFile));
  }

  // ---- files and tools

  public List<String> files(Path repositoryRoot, Scope scope) throws IOException {
    return ChangedFiles.list(repositoryRoot, scope);
  }

  public ToolInfo tool(Path repositoryRoot, PlannedCheck check) throws IOException {
    return locator(repositoryRoot).find(check.tool(), check.program());
  }

  // ---- runs

  /** Runs the plan's enabled checks (or only the named ones) once and waits for all. */
  public QualityReport run(
      Path repositoryRoot,
      CheckPlan plan,
      Scope scope,
      Collection<String> only,
      RunListener listener)
      throws IOException, InterruptedException {
    List<String> files = files(repositoryRoot, scope);
    List<CompletableFuture<CheckResult>> futures = new ArrayList<>();
    for (PlannedCheck check : plan.enabled()) {
      if (only.isEmpty() || only.contains(check.name())) {
        futures.add(start(repositoryRoot, plan, check, files, listener));
      }
    }
    List<CheckResult> results = new ArrayList<>();
    for (CompletableFuture<CheckResult> f : futures) {
      try {
        results.add(f.get());
      } catch (ExecutionException e) {
        throw new IOException("a check crashed: " + e.getCause().getMessage(), e.getCause());
      }
    }
    return new QualityReport(scope, files, results);
  }

  /** Starts one check on the scope's files; a running older run of it is cancelled. */
  public CompletableFuture<CheckResult> start(
      Path repositoryRoot,
      CheckPlan plan,
      PlannedCheck check,
      List<String> files,
      RunListener listener)
      throws IOException {
    return start(repositoryRoot, plan, check, files, listener, Optional.empty());
  }

  private CompletableFuture<CheckResult> start(
      Path repositoryRoot,
      CheckPlan plan,
      PlannedCheck check,
      List<String> files,
      RunListener listener,
      Optional<CheckResult> mergeInto)
      throws IOException {
    Session s = session(repositoryRoot);
    if (!plan.mayRun(check)) {
      CheckResult refused =
          CheckResult.without(
              check.name(),
              check.tool(),
              CheckStatus.ERROR,
              check.provenance().describe(),
              Optional.of(
                  "Not run: this command comes from a spec you have not trusted yet. Trust the"
                      + " spec in the Quality room (or run `workbench check --trust`)."));
      listener.updated(refused);
      return CompletableFuture.completedFuture(refused);
    }
    return s.scheduler()
        .submit(check, files, runner(repositoryRoot), recording(s, listener, mergeInto));
  }

  /**
   * Reruns, after files changed, only the enabled checks whose pattern matches a changed file in
   * the scope; per-file tools run on the changed files only and their result is merged with the
   * previous one. Returns the checks that were started.
   */
  public List<PlannedCheck> rerunAffected(
      Path repositoryRoot, CheckPlan plan, Scope scope, Set<Path> changed, RunListener listener)
      throws IOException {
    List<String> scopeFiles = files(repositoryRoot, scope);
    Path root = repositoryRoot.toAbsolutePath().normalize();
    List<String> touched =
        changed.stream()
            .map(p -> p.toAbsolutePath().normalize())
            .filter(p -> p.startsWith(root))
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .toList();
    Session s = session(repositoryRoot);
    List<PlannedCheck> started = new ArrayList<>();
    for (PlannedCheck check : plan.enabled()) {
      List<String> mine = touched.stream().filter(check.pattern()::matches).toList();
      if (mine.isEmpty()) {
        continue;
      }
      Optional<CheckResult> previous = s.book().latest(check.name());
      List<String> partial = mine.stream().filter(scopeFiles::contains).toList();
      boolean perFile =
          check.takesFiles()
              && PER_FILE_TOOLS.contains(check.tool())
              && previous.isPresent()
              && previous.get().status().isFinished();
      if (perFile && !partial.isEmpty()) {
        start(repositoryRoot, plan, check, partial, listener, previous);
      } else {
        start(repositoryRoot, plan, check, scopeFiles, listener);
      }
      started.add(check);
    }
    return started;
  }

  public void cancel(Path repositoryRoot, String check) {
    session(repositoryRoot).scheduler().cancel(check);
  }

  public void cancelAll(Path repositoryRoot) {
    session(repositoryRoot).scheduler().cancelAll();
  }

  /** The last finished runs of a check, newest first (at most ten). */
  public List<CheckResult> history(Path repositoryRoot, String check) {
    return session(repositoryRoot).book().history(check);
  }

  public Optional<CheckResult> latest(Path repositoryRoot, String check) {
    return session(repositoryRoot).book().latest(check);
  }

  // ---- gate

  /** The commit gate over the files a commit would hold: ready, stale or failing, with reasons. */
  public CommitGate gate(Path repositoryRoot, Collection<String> commitFiles) throws IOException {
    Session s = session(repositoryRoot);
    CheckPlan plan = s.plan()[0] != null ? s.plan()[0] : plan(repositoryRoot);
    return GateJudge.judge(repositoryRoot, plan, s.book(), commitFiles);
  }

  // ---- fixes

  /** What black, isort or ruff --fix would change in the file (nothing is written yet). */
  public CompletableFuture<FixPreview> previewFix(
      Path repositoryRoot, PlannedCheck check, String file) throws IOException {
    ToolInfo tool = tool(repositoryRoot, check);
    if (!tool.installed()) {
      return CompletableFuture.failedFuture(
          new IOException(check.program() + " is not installed. " + tool.installHint()));
    }
    Fixer fixer = new Fixer(processes);
    return session(repositoryRoot)
        .scheduler()
        .fix(() -> fixer.preview(check, tool.path().get(), repositoryRoot, file));
  }

  /** Writes a previewed fix; fails with a conflict if the file changed since the preview. */
  public CompletableFuture<Void> applyFix(Path repositoryRoot, FixPreview preview) {
    Fixer fixer = new Fixer(processes);
    return session(repositoryRoot)
        .scheduler()
        .fix(
            () -> {
              try {
                fixer.apply(repositoryRoot, preview);
              } catch (WriteConflictException e) {
                throw new IOException(
                    preview.file() + " changed since the fix was shown; preview it again.", e);
              }
              return null;
            });
  }

  @Override
  public void close() {
    sessions.values().forEach(s -> s.scheduler().close());
    sessions.clear();
  }

  private Session session(Path repositoryRoot) {
    return sessions.computeIfAbsent(
        repositoryRoot.toAbsolutePath().normalize(),
        k -> new Session(new CheckScheduler(parallelism), new ResultBook(), new CheckPlan[1]));
  }

  private static RunListener recording(
      Session s, RunListener listener, Optional<CheckResult> mergeInto) {
    return new RunListener() {
      @Override
      public void updated(CheckResult update) {
        CheckResult result =
            mergeInto.isPresent() && update.status().isFinished()
                ? PartialRun.merge(mergeInto.get(), update)
                : update;
        s.book().record(result);
        listener.updated(result);
      }

      @Override
      public void output(String check, String chunk) {
        listener.output(check, chunk);
      }
    };
  }

  private ToolLocator locator(Path repositoryRoot) throws IOException {
    return new ToolLocator(
        repositoryRoot,
        environment.variable("PATH"),
        settingsStore.load(repositoryRoot).toolPaths(),
        processes);
  }

  private CheckRunner runner(Path repositoryRoot) throws IOException {
    return new CheckRunner(
        processes,
        locator(repositoryRoot),
        repositoryRoot,
        environment.variable("PYTHONPATH"),
        timeout);
  }
}
