package dev.agentworkbench.ui.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.PyRepo;
import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.quality.Scope;
import dev.agentworkbench.quality.plan.OutputKind;
import dev.agentworkbench.quality.plan.RepoQualitySettings;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The room's logic without a toolkit: runs, filters, live reruns, fix previews, empty state. */
class QualityViewModelTest {
  @TempDir Path temp;
  private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
  private QualityService service;

  @AfterEach
  void close() {
    if (service != null) {
      service.close();
    }
  }

  private QualityViewModel model(Path repo, String... enabled) throws Exception {
    service =
        new QualityService(
            PyRepo.environment(temp.resolve("home")),
            new ProcessRunner(),
            2,
            Duration.ofMinutes(2));
    RepoQualitySettings s = RepoQualitySettings.empty();
    for (String n : List.of("pyright", "black", "isort", "ruff", "bandit", "pytest")) {
      s = s.withEnabled(n, List.of(enabled).contains(n));
    }
    service.saveSettings(repo, s);
    QualityViewModel vm = new QualityViewModel(service, new SameThreadWork(), uiQueue::add);
    vm.open(Optional.of(repo));
    return vm;
  }

  /** Runs UI-thread work handed over by the workers until the condition holds. */
  private void pumpUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 90_000;
    while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
      Runnable r = uiQueue.poll(100, TimeUnit.MILLISECONDS);
      if (r != null) {
        r.run();
      }
    }
    assertTrue(condition.getAsBoolean(), "condition not reached in time");
  }

  @Test
  void checksRefusedForAnUntrustedSpecEndTheRunInsteadOfStayingRunning() throws Exception {
    assumeTrue(PyRepo.onPath("git") && PyRepo.onPath("bash"), "git or bash not installed");
    Path repo = PyRepo.create(temp.resolve("repo"));
    Path agents = Files.createDirectories(repo.resolve(".claude/agents"));
    Files.copy(
        dev.agentworkbench.testing.Fixtures.fixture(
            "agents/project/.claude/agents/machine-learning-engineer.md"),
        agents.resolve("machine-learning-engineer.md"));
    QualityViewModel vm = model(repo, "pyright", "black", "isort", "ruff", "bandit", "pytest");
    pumpUntil(() -> !vm.tiles().isEmpty());
    assertTrue(vm.trustNeededProperty().get(), "the spec's commands wait for trust");

    vm.runAll();
    pumpUntil(
        () -> vm.tiles().stream().allMatch(t -> t.statusProperty().get() == CheckStatus.ERROR));

    assertEquals(0, vm.runningCountProperty().get(), "nothing is left running");
    assertEquals(1.0, vm.progressProperty().get());
  }

  @Test
  void notAGitRepositoryShowsNoTiles() {
    QualityViewModel vm = new QualityViewModel(null, new SameThreadWork(), Runnable::run);
    vm.open(Optional.empty());
    assertTrue(vm.tiles().isEmpty());
    assertTrue(vm.repositoryProperty().get().isEmpty());
  }

  @Test
  void runAllFillsTilesAndFindingsAndFiltersWork() throws Exception {
    assumeTrue(PyRepo.canRun("black") && PyRepo.onPath("bandit"), "black or bandit not installed");
    Path repo = PyRepo.create(temp.resolve("repo"));
    QualityViewModel vm = model(repo, "black", "bandit");
    assertEquals(6, vm.tiles().size());
    assertEquals("off", vm.tile("pyright").get().statusLabelProperty().get());
    vm.runAll();
    pumpUntil(
        () ->
            vm.runningCountProperty().get() == 0
                && vm.tile("bandit").get().statusProperty().get() == CheckStatus.FAILED
                && vm.tile("black").get().statusProperty().get() == CheckStatus.FAILED);
    assertEquals(1.0, vm.progressProperty().get());
    assertEquals("6 files in the changed scope.", vm.scopeSummaryProperty().get());
    assertEquals(5, vm.findings().size());
    assertEquals("1 error, 2 warnings", vm.tile("bandit").get().countsProperty().get());
    assertEquals(List.of(CheckStatus.FAILED), vm.tile("bandit").get().trend());

    vm.toolFilterProperty().set("bandit");
    assertEquals(3, vm.visibleFindings().size());
    vm.severityFilterProperty().set("error");
    assertEquals(List.of("B602"), vm.visibleFindings().stream().map(Finding::rule).toList());
    vm.toolFilterProperty().set(QualityViewModel.ALL);
    vm.severityFilterProperty().set(QualityViewModel.ALL);
    vm.fileFilterProperty().set("loader");
    assertEquals(
        List.of("src/data loader.py"), vm.visibleFindings().stream().map(Finding::file).toList());

    Finding pickle = vm.visibleFindings().get(0);
    vm.openFinding(pickle);
    assertEquals("src/data loader.py", vm.viewedFileProperty().get());
    assertEquals(6, vm.viewedLineProperty().get());
    assertTrue(vm.viewedTextProperty().get().contains("pickle.loads"));
  }

  @Test
  void savingAFileMarksItsChecksStaleThenRerunsThem() throws Exception {
    assumeTrue(PyRepo.canRun("black"), "black not installed");
    Path repo = PyRepo.create(temp.resolve("repo"));
    QualityViewModel vm = model(repo, "black");
    vm.runAll();
    pumpUntil(() -> vm.tile("black").get().statusProperty().get() == CheckStatus.FAILED);
    vm.liveRerunsProperty().set(false);
    Path features = repo.resolve("src/features.py");
    Files.writeString(features, "def parse(expr):\n    return eval(expr)\n");
    vm.filesChanged(Set.of(features));
    assertEquals(CheckStatus.STALE, vm.tile("black").get().statusProperty().get());

    vm.liveRerunsProperty().set(true);
    vm.filesChanged(Set.of(features));
    pumpUntil(
        () ->
            vm.tile("black").get().statusProperty().get() == CheckStatus.FAILED
                && vm.findings().size() == 1);
    assertEquals("tests/test_scorer.py", vm.findings().get(0).file());
    assertEquals(2, vm.tile("black").get().trend().size());
  }

  @Test
  void fixPreviewShowsTheDiffAndApplyWritesIt() throws Exception {
    assumeTrue(PyRepo.canRun("isort"), "isort not installed");
    Path repo = PyRepo.create(temp.resolve("repo"));
    QualityViewModel vm = model(repo, "isort");
    vm.runAll();
    pumpUntil(() -> vm.tile("isort").get().statusProperty().get() == CheckStatus.FAILED);
    Finding f = vm.findings().get(0);
    assertTrue(f.fixAvailable());
    vm.previewFix(
        f,
        e -> {
          throw new AssertionError(e);
        });
    pumpUntil(() -> vm.fixPreviewProperty().get().isPresent());
    String diff = vm.fixPreviewProperty().get().get().diff();
    assertTrue(diff.startsWith("--- a/src/scorer.py") && diff.contains("import sys"), diff);
    vm.applyFix(
        e -> {
          throw new AssertionError(e);
        });
    assertTrue(
        Files.readString(repo.resolve("src/scorer.py"))
            .startsWith("\"\"\"Fraud scoring.\"\"\"\nimport os\nimport subprocess\nimport sys\n"));
  }

  @Test
  void aCustomCheckTypedByTheUserJoinsThePlanAndBadInputIsExplained() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("plain-repo"));
    org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile()).call().close();
    QualityViewModel vm = model(repo, "black");
    assertEquals(
        Optional.of("a quote is not closed in: echo 'x"),
        vm.addCustomCheck("mine", "echo 'x", "*.py", OutputKind.EXIT_CODE, true));
    assertTrue(vm.addCustomCheck("black", "echo", "*.py", OutputKind.EXIT_CODE, true).isPresent());
    assertEquals(
        Optional.empty(),
        vm.addCustomCheck("mine", "python3 -c 'print(1)'", "*.py", OutputKind.EXIT_CODE, false));
    assertEquals(7, vm.tiles().size());
    CheckTileModel mine = vm.tile("mine").orElseThrow();
    assertEquals(List.of("python3", "-c", "print(1)"), mine.check().argv());
    assertEquals("custom check (your settings)", mine.source());
    vm.removeCustomCheck("mine");
    assertEquals(6, vm.tiles().size());
  }

  @Test
  void scopeNoteSaysWhatTheSpecScopeLeavesOut() {
    QualityViewModel vm = new QualityViewModel(null, new SameThreadWork(), Runnable::run);
    vm.scopeProperty().set(Scope.SPEC);
    assertTrue(vm.scopeNote().get().contains("staged and untracked files are left out"));
  }
}
