package dev.agentworkbench.bench.quality;

import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.PyRepo;
import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.quality.Scope;
import dev.agentworkbench.quality.plan.CheckPlan;
import dev.agentworkbench.quality.plan.RepoQualitySettings;
import dev.agentworkbench.workspace.FileWatchService;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.WorkspaceLocator;
import dev.agentworkbench.workspace.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Time from saving a Python file to the updated black result, through the app's real path: the
 * workspace file watcher (300 ms quiet period), then a live rerun of the affected checks on the
 * changed file only. Also prints the black run alone. Usage: SaveToBlackBench [N].
 */
public final class SaveToBlackBench {
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path temp = Files.createTempDirectory("save-bench");
    Path repo = PyRepo.create(temp.resolve("repo")).toRealPath();
    UserEnvironment env = PyRepo.environment(temp.resolve("home"));
    var workspace = new WorkspaceLocator(env).open(repo);
    long[] total = new long[rounds];
    long[] blackOnly = new long[rounds];
    try (QualityService service = new QualityService(env, new ProcessRunner());
        FileWatchService watch = FileWatchService.forWorkspace(workspace, List.of())) {
      RepoQualitySettings s = RepoQualitySettings.empty();
      for (String t : List.of("pyright", "isort", "ruff", "bandit", "pytest")) {
        s = s.withEnabled(t, false);
      }
      service.saveSettings(repo, s);
      CheckPlan plan = service.plan(repo);
      service.run(repo, plan, Scope.CHANGED, List.of(), r -> {});
      BlockingQueue<CheckResult> done = new ArrayBlockingQueue<>(16);
      watch.subscribe(
          paths -> {
            try {
              service.rerunAffected(
                  repo,
                  plan,
                  Scope.CHANGED,
                  paths,
                  r -> {
                    if (r.status().isFinished()) {
                      done.add(r);
                    }
                  });
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      Path file = repo.resolve("src/features.py");
      for (int i = 0; i < rounds; i++) {
        Thread.sleep(500);
        done.clear();
        String body = "def parse(expr):\n    return eval( expr )\n\nX = " + i + "\n";
        long t0 = System.nanoTime();
        Files.writeString(file, body);
        CheckResult r = done.poll(60, TimeUnit.SECONDS);
        total[i] = (System.nanoTime() - t0) / 1_000_000;
        blackOnly[i] = r == null ? -1 : r.duration().toMillis();
        System.out.printf(
            "round %d: save -> black result %d ms (black itself %d ms, %s, %d findings)%n",
            i + 1,
            total[i],
            blackOnly[i],
            r == null ? "none" : r.status().label(),
            r == null ? 0 : r.findings().size());
      }
    }
    Arrays.sort(total);
    Arrays.sort(blackOnly);
    System.out.printf(
        "median save -> updated black result: %d ms (black run %d ms; watcher quiet"
            + " period 300 ms)%n",
        total[rounds / 2], blackOnly[rounds / 2]);
    System.out.println(Duration.ofMillis(total[rounds / 2]));
  }
}
