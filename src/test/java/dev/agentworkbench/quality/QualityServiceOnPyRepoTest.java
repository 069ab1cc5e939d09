package dev.agentworkbench.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentworkbench.quality.plan.CheckPlan;
import dev.agentworkbench.workspace.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's six checks on a make-pyrepo.sh repository with the real tools: each reports exactly
 * what the script's header lists. A check whose tool is missing is skipped with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityServiceOnPyRepoTest {
  @TempDir static Path temp;
  private Path repo;
  private QualityService service;
  private QualityReport report;

  @BeforeAll
  void runThePlanOnce() throws Exception {
    assumeTrue(PyRepo.onPath("git") && PyRepo.onPath("bash"), "git or bash not installed");
    repo = PyRepo.create(temp.resolve("repo"));
    service = new QualityService(PyRepo.environment(temp.resolve("home")), new ProcessRunner());
    CheckPlan plan = service.plan(repo);
    report = service.run(repo, plan, Scope.CHANGED, List.of(), RunListener.NONE);
  }

  @AfterAll
  void close() {
    if (service != null) {
      service.close();
    }
  }

  private CheckResult result(String name) {
    return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private void assumeTool(String program) {
    assumeTrue(PyRepo.onPath(program), program + " not installed");
  }

  @Test
  void changedScopeHoldsStagedUnstagedAndUntrackedButNotTheDeletedFile() {
    assertEquals(
        List.of(
            "README.md",
            "src/-dash.py",
            "src/data loader.py",
            "src/features.py",
            "src/scorer.py",
            "tests/test_scorer.py"),
        report.files());
  }

  @Test
  void specScopeIsPlainGitDiffAndStagedIsTheIndex() throws Exception {
    assertEquals(List.of("README.md", "src/scorer.py"), service.files(repo, Scope.SPEC));
    assertEquals(
        List.of("src/data loader.py", "src/features.py"), service.files(repo, Scope.STAGED));
    assertTrue(service.files(repo, Scope.ALL).contains("src/__init__.py"));
    assertFalse(service.files(repo, Scope.ALL).contains("src/legacy.py"));
  }

  @Test
  void noPythonToolReceivesReadmeOrTheDeletedFile() {
    for (CheckResult r : report.checks()) {
      assertFalse(r.files().contains("README.md"), r.name());
      assertFalse(r.files().contains("src/legacy.py"), r.name());
      assertTrue(r.files().stream().allMatch(f -> f.endsWith(".py")), r.name());
    }
  }

  @Test
  void pyrightReportsTheTypeErrorOnly() {
    assumeTool("pyright");
    CheckResult r = result("pyright");
    assertEquals(CheckStatus.FAILED, r.status(), r.output());
    assertEquals(
        List.of("reportAssignmentType src/scorer.py:10"),
        r.findings().stream().map(f -> f.rule() + " " + f.file() + ":" + f.line()).toList());
    assertTrue(r.files().contains("src/-dash.py"));
    assertTrue(r.version().isPresent());
  }

  @Test
  void isortFlagsScorerOnly() {
    assumeTool("isort");
    CheckResult r = result("isort");
    assertEquals(CheckStatus.FAILED, r.status(), r.output());
    assertEquals(List.of("src/scorer.py"), r.findings().stream().map(Finding::file).toList());
  }

  @Test
  void blackFlagsFeaturesAndReadsTheDashAndSpaceFiles() {
    assumeTool("black");
    CheckResult r = result("black");
    assertEquals(CheckStatus.FAILED, r.status(), r.output());
    Set<String> flagged = r.findings().stream().map(Finding::file).collect(Collectors.toSet());
    assertTrue(flagged.contains("src/features.py"), flagged.toString());
    assertFalse(flagged.contains("src/scorer.py"));
    assertFalse(flagged.contains("src/-dash.py"));
    assertTrue(r.files().containsAll(List.of("src/-dash.py", "src/data loader.py")));
    assertFalse(r.output().contains("No such file"), r.output());
  }

  @Test
  void banditFindsShellEvalAndPickle() {
    assumeTool("bandit");
    CheckResult r = result("bandit");
    assertEquals(CheckStatus.FAILED, r.status(), r.output());
    assertEquals(
        Set.of("B602 src/scorer.py:15", "B307 src/features.py:8", "B301 src/data loader.py:6"),
        r.findings().stream()
            .map(f -> f.rule() + " " + f.file() + ":" + f.line())
            .collect(Collectors.toSet()));
  }

  @Test
  void pytestReportsTheFailingTest() {
    assumeTool("pytest");
    CheckResult r = result("pytest");
    assertEquals(CheckStatus.FAILED, r.status(), r.output());
    assertEquals(
        List.of("test_threshold_is_half"), r.findings().stream().map(Finding::rule).toList());
    assertEquals("tests/test_scorer.py", r.findings().get(0).file());
  }

  @Test
  void ruffIsNotInstalledWithAHint() {
    assumeTrue(!PyRepo.onPath("ruff"), "ruff is installed here");
    CheckResult r = result("ruff");
    assertEquals(CheckStatus.NOT_INSTALLED, r.status());
    assertTrue(r.message().orElseThrow().contains("pip install ruff"));
  }

  @Test
  void gateIsFailingForTheStagedFilesThenStaleWhenOneChanges() throws Exception {
    assumeTool("black");
    List<String> staged = service.files(repo, Scope.STAGED);
    assertEquals(CommitGate.State.FAILING, service.gate(repo, staged).state());
    Path other = temp.resolve("copy");
    Files.createDirectories(other);
    assertTrue(service.history(repo, "black").size() >= 1);
  }
}
