package dev.agentworkbench.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentworkbench.quality.fix.FixPreview;
import dev.agentworkbench.quality.plan.CheckPlan;
import dev.agentworkbench.quality.plan.CustomCheck;
import dev.agentworkbench.quality.plan.FilePattern;
import dev.agentworkbench.quality.plan.OutputKind;
import dev.agentworkbench.quality.plan.PlannedCheck;
import dev.agentworkbench.quality.plan.RepoQualitySettings;
import dev.agentworkbench.spec.policy.CheckCommand;
import dev.agentworkbench.spec.policy.QualityPolicy;
import dev.agentworkbench.spec.policy.SourceLines;
import dev.agentworkbench.workspace.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's behaviour a user notices: gate, live reruns, fixes, cancel, trust, settings. */
class QualityServiceBehaviourTest {
  @TempDir Path temp;
  private Path repo;
  private Path home;
  private QualityService service;

  @BeforeEach
  void setUp() throws Exception {
    repo = Files.createDirectories(temp.resolve("repo"));
    home = temp.resolve("home");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo.resolve("good.py"), "X = 1\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("base").setAuthor("a", "a@b.c").setCommitter("a", "a@b.c").call();
    }
    service =
        new QualityService(
            PyRepo.environment(home), new ProcessRunner(), 2, Duration.ofSeconds(60));
  }

  @AfterEach
  void tearDown() {
    service.close();
  }

  /** A plan of only the named seed checks (the others switched off in the settings). */
  private CheckPlan only(String... names) throws Exception {
    RepoQualitySettings s = RepoQualitySettings.empty();
    for (String n : List.of("pyright", "black", "isort", "ruff", "bandit", "pytest")) {
      s = s.withEnabled(n, List.of(names).contains(n));
    }
    service.saveSettings(repo, s);
    return service.plan(repo);
  }

  private CheckPlan custom(CustomCheck check) throws Exception {
    only();
    service.saveSettings(repo, service.settings(repo).withCustom(check));
    return service.plan(repo);
  }

  @Test
  void settingsLiveUnderTheAppHomeNotInTheRepository() throws Exception {
    only("black");
    assertTrue(Files.list(home.resolve("quality/repos")).findAny().isPresent());
    try (var files = Files.walk(repo)) {
      assertTrue(files.noneMatch(p -> p.toString().contains("quality")));
    }
    CheckPlan plan = service.plan(repo);
    assertEquals(List.of("black"), plan.enabled().stream().map(PlannedCheck::name).toList());
    assertEquals("seed default", plan.check("pyright").get().provenance().describe());
  }

  @Test
  void aCheckWithNoMatchingFilesIsNothingToCheck() throws Exception {
    assumeTrue(PyRepo.onPath("black"), "black not installed");
    Files.writeString(repo.resolve("notes.md"), "# x\n");
    QualityReport r = service.run(repo, only("black"), Scope.CHANGED, List.of(), RunListener.NONE);
    assertEquals(List.of("notes.md"), r.files());
    assertEquals(CheckStatus.NOTHING_TO_CHECK, r.checks().get(0).status());
    assertFalse(r.hasProblems());
  }

  @Test
  void gateIsReadyThenStaleAfterAnEditThenFailing() throws Exception {
    assumeTrue(PyRepo.onPath("black"), "black not installed");
    Files.writeString(repo.resolve("new.py"), "Y = 2\n");
    CheckPlan plan = only("black");
    service.run(repo, plan, Scope.CHANGED, List.of(), RunListener.NONE);
    assertEquals(CommitGate.State.READY, service.gate(repo, List.of("new.py")).state());
    Files.writeString(repo.resolve("new.py"), "Y   =   2\n");
    CommitGate stale = service.gate(repo, List.of("new.py"));
    assertEquals(CommitGate.State.STALE, stale.state());
    assertTrue(stale.reasons().get(0).contains("new.py"));
    service.run(repo, plan, Scope.CHANGED, List.of(), RunListener.NONE);
    assertEquals(CommitGate.State.FAILING, service.gate(repo, List.of("new.py")).state());
    assertEquals(2, service.history(repo, "black").size());
  }

  @Test
  void liveRerunRunsOnlyAffectedChecksOnTheChangedFileAndKeepsOtherFindings() throws Exception {
    assumeTrue(PyRepo.onPath("black") && PyRepo.onPath("isort"), "black or isort not installed");
    Files.writeString(repo.resolve("a.py"), "A   =  1\n");
    Files.writeString(repo.resolve("b.py"), "B   =  1\n");
    Files.writeString(repo.resolve("c.md"), "x\n");
    CheckPlan plan = only("black", "isort");
    service.run(repo, plan, Scope.CHANGED, List.of(), RunListener.NONE);
    assertEquals(2, service.latest(repo, "black").get().findings().size());

    Files.writeString(repo.resolve("a.py"), "A = 1\n");
    List<CheckResult> seen = new CopyOnWriteArrayList<>();
    List<PlannedCheck> started =
        service.rerunAffected(repo, plan, Scope.CHANGED, Set.of(repo.resolve("a.py")), seen::add);
    assertEquals(List.of("black", "isort"), started.stream().map(PlannedCheck::name).toList());
    waitFor(
        () ->
            service.latest(repo, "black").get().files().size() == 2
                && seen.stream()
                    .anyMatch(r -> r.name().equals("black") && r.status().isFinished()));
    CheckResult black = lastFinished(seen, "black");
    assertEquals(CheckStatus.FAILED, black.status());
    assertEquals(List.of("b.py"), black.findings().stream().map(Finding::file).toList());

    assertTrue(
        service
            .rerunAffected(repo, plan, Scope.CHANGED, Set.of(repo.resolve("c.md")), r -> {})
            .isEmpty());
  }

  @Test
  void blackFixIsShownAsADiffThenAppliedAndRefusedAfterAConflictingEdit() throws Exception {
    assumeTrue(PyRepo.onPath("black"), "black not installed");
    Path file = repo.resolve("src/-dash.py");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "def f( a ):\n  return a\n");
    PlannedCheck black = only("black").check("black").get();
    FixPreview preview = service.previewFix(repo, black, "src/-dash.py").get();
    assertTrue(preview.diff().contains("-def f( a ):"), preview.diff());
    assertTrue(preview.diff().contains("+def f(a):"), preview.diff());
    assertEquals("def f( a ):\n  return a\n", Files.readString(file));
    service.applyFix(repo, preview).get();
    assertEquals("def f(a):\n    return a\n", Files.readString(file));

    Files.writeString(file, "def g( b ):\n  return b\n");
    FixPreview second = service.previewFix(repo, black, "src/-dash.py").get();
    Files.writeString(file, "def g( b ):\n  return b  # edited meanwhile\n");
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> service.applyFix(repo, second).get());
    assertTrue(e.getCause().getMessage().contains("changed since"));
    assertTrue(Files.readString(file).contains("edited meanwhile"));
  }

  @Test
  void cancelStopsARunAndANewerRunCancelsTheOlder() throws Exception {
    assumeTrue(PyRepo.onPath("sleep"), "sleep not installed");
    Files.writeString(repo.resolve("x.py"), "X = 2\n");
    CheckPlan plan =
        custom(
            new CustomCheck(
                "slow", List.of("sleep", "30"), FilePattern.PYTHON, OutputKind.EXIT_CODE, false));
    PlannedCheck slow = plan.check("slow").get();
    List<String> files = service.files(repo, Scope.CHANGED);
    CompletableFuture<CheckResult> first = service.start(repo, plan, slow, files, r -> {});
    waitFor(() -> true);
    CompletableFuture<CheckResult> second = service.start(repo, plan, slow, files, r -> {});
    assertEquals(CheckStatus.CANCELLED, first.get().status());
    service.cancel(repo, "slow");
    CheckResult r = second.get();
    assertEquals(CheckStatus.CANCELLED, r.status());
    assertTrue(r.duration().toSeconds() < 20);
  }

  @Test
  void aCheckThatRunsTooLongTimesOut() throws Exception {
    assumeTrue(PyRepo.onPath("sleep"), "sleep not installed");
    service.close();
    service =
        new QualityService(PyRepo.environment(home), new ProcessRunner(), 2, Duration.ofSeconds(1));
    Files.writeString(repo.resolve("x.py"), "X = 2\n");
    CheckPlan plan =
        custom(
            new CustomCheck(
                "slow", List.of("sleep", "30"), FilePattern.PYTHON, OutputKind.EXIT_CODE, false));
    QualityReport r = service.run(repo, plan, Scope.CHANGED, List.of("slow"), RunListener.NONE);
    assertEquals(CheckStatus.TIMED_OUT, r.checks().get(0).status());
    assertTrue(r.hasProblems());
  }

  @Test
  void customSarifCheckGetsItsFilesAfterTheSeparator() throws Exception {
    assumeTrue(PyRepo.onPath("python3"), "python3 not installed");
    Files.writeString(repo.resolve("data loader.py"), "X = 2\n");
    Files.writeString(
        repo.resolve("lint.py"),
        "import json, sys\n"
            + "files = sys.argv[sys.argv.index('--') + 1:]\n"
            + "res = [{'ruleId': 'R1', 'level': 'error', 'message': {'text': 'seen'},"
            + " 'locations': [{'physicalLocation': {'artifactLocation': {'uri': f},"
            + " 'region': {'startLine': 1}}}]} for f in files]\n"
            + "print(json.dumps({'version': '2.1.0', 'runs': [{'tool': {'driver': {'name': 'l'}},"
            + " 'results': res}]}))\n");
    CheckPlan plan =
        custom(
            new CustomCheck(
                "mylint",
                List.of("python3", "lint.py"),
                new FilePattern("data*.py"),
                OutputKind.SARIF,
                true));
    QualityReport r = service.run(repo, plan, Scope.CHANGED, List.of("mylint"), RunListener.NONE);
    CheckResult c = r.checks().get(0);
    assertEquals(CheckStatus.FAILED, c.status(), c.output());
    assertEquals(List.of("data loader.py"), c.findings().stream().map(Finding::file).toList());
    assertEquals("custom check (your settings)", c.source());
  }

  @Test
  void specCommandsRunOnlyAfterTrustAndAChangedSpecAsksAgain() throws Exception {
    Path spec = repo.resolve(".claude/agents/reviewer.md");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "---\nname: reviewer\n---\nRun `echo hi`.\n");
    QualityPolicy policy =
        new QualityPolicy(
            List.of(
                new CheckCommand(
                    "echo", "other", List.of("echo", "hi"), false, new SourceLines(4, 4))),
            "",
            List.of(),
            false,
            new SourceLines(4, 4));
    Files.writeString(repo.resolve("x.py"), "X = 2\n");
    CheckPlan plan = service.plan(repo, policy, Optional.of(spec));
    assertTrue(plan.needsTrust());
    assertEquals("reviewer.md lines 4-4", plan.check("echo").get().provenance().describe());
    QualityReport refused = service.run(repo, plan, Scope.CHANGED, List.of(), RunListener.NONE);
    assertTrue(refused.checks().get(0).message().get().contains("not trusted"));

    service.trust(spec);
    CheckPlan trusted = service.plan(repo, policy, Optional.of(spec));
    assertFalse(trusted.needsTrust());
    QualityReport ran = service.run(repo, trusted, Scope.CHANGED, List.of(), RunListener.NONE);
    assertEquals(CheckStatus.PASSED, ran.checks().get(0).status());

    Files.writeString(spec, "---\nname: reviewer\n---\nRun `rm -rf /`.\n");
    assertTrue(service.plan(repo, policy, Optional.of(spec)).needsTrust());
  }

  @Test
  void toolsAreFoundInTheRepositoryVenvWithTheirVersion() throws Exception {
    Path fake = repo.resolve(".venv/bin/ruff");
    Files.createDirectories(fake.getParent());
    Files.writeString(fake, "#!/bin/sh\necho 'ruff 0.17.5'\n");
    fake.toFile().setExecutable(true);
    PlannedCheck ruff = service.plan(repo).check("ruff").get();
    var info = service.tool(repo, ruff);
    assertTrue(info.installed());
    assertEquals(".venv", info.foundIn());
    assertEquals(Optional.of("0.17.5"), info.version());
  }

  private static CheckResult lastFinished(List<CheckResult> seen, String name) {
    CheckResult last = null;
    for (CheckResult r : seen) {
      if (r.name().equals(name) && r.status().isFinished()) {
        last = r;
      }
    }
    return last;
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    Thread.sleep(300);
    while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
  }
}
