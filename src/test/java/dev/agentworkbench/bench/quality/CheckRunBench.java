package dev.agentworkbench.bench.quality;

import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.PyRepo;
import dev.agentworkbench.quality.QualityReport;
import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.quality.RunListener;
import dev.agentworkbench.quality.Scope;
import dev.agentworkbench.quality.plan.CheckPlan;
import dev.agentworkbench.quality.plan.RepoQualitySettings;
import dev.agentworkbench.workspace.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plan on a make-pyrepo.sh repository: (a) the same tools run by hand one after another with
 * ProcessBuilder (baseline), (b) the service one check at a time (overhead), (c) the service in
 * parallel (its default: as many at once as there are cores, at least 2). Prints medians of N
 * rounds and the ratios to the baseline. Usage: CheckRunBench [N].
 */
public final class CheckRunBench {
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path temp = Files.createTempDirectory("check-bench");
    Path repo = PyRepo.create(temp.resolve("repo"));
    List<String> py =
        List.of(
            "src/-dash.py",
            "src/data loader.py",
            "src/features.py",
            "src/scorer.py",
            "tests/test_scorer.py");
    List<List<String>> byHand = new ArrayList<>();
    List<String> tools = new ArrayList<>();
    for (String t : List.of("pyright", "black", "isort", "bandit", "pytest")) {
      if (PyRepo.onPath(t)) {
        tools.add(t);
      }
    }
    for (String t : tools) {
      byHand.add(
          switch (t) {
            case "pyright" -> concat(List.of("pyright", "--outputjson"), dotted(py));
            case "black" -> concat(List.of("black", "--check", "--"), py);
            case "isort" -> concat(List.of("isort", "--check-only", "--"), py);
            case "bandit" -> concat(List.of("bandit", "-ll", "-f", "json", "--"), py);
            default ->
                List.of(
                    "pytest",
                    "tests/",
                    "-v",
                    "-p",
                    "no:cacheprovider",
                    "--junitxml=" + temp.resolve("j.xml"));
          });
    }
    System.out.println("tools: " + tools + ", files: " + py.size() + ", rounds: " + rounds);
    var env = PyRepo.environment(temp.resolve("home"));
    RepoQualitySettings settings = RepoQualitySettings.empty();
    for (String t : List.of("pyright", "black", "isort", "ruff", "bandit", "pytest")) {
      settings = settings.withEnabled(t, tools.contains(t));
    }
    long[] hand = new long[rounds];
    long[] seq = new long[rounds];
    long[] par = new long[rounds];
    try (QualityService sequential =
            new QualityService(env, new ProcessRunner(), 1, Duration.ofMinutes(5));
        QualityService parallel = new QualityService(env, new ProcessRunner())) {
      sequential.saveSettings(repo, settings);
      CheckPlan plan = sequential.plan(repo);
      parallel.plan(repo);
      // Warm-up: page cache, tool versions, JGit classes.
      runByHand(byHand, repo);
      sequential.run(repo, plan, Scope.CHANGED, List.of(), RunListener.NONE);
      for (int i = 0; i < rounds; i++) {
        hand[i] = runByHand(byHand, repo);
        seq[i] = timed(sequential, repo, plan);
        par[i] = timed(parallel, repo, plan);
        System.out.printf(
            "round %d: by hand %d ms, service sequential %d ms, parallel %d ms%n",
            i + 1, hand[i], seq[i], par[i]);
      }
    }
    long h = median(hand);
    long s = median(seq);
    long p = median(par);
    System.out.printf("median by hand (sequential) %d ms%n", h);
    System.out.printf(
        "median service, one at a time %d ms  -> overhead %.2fx%n", s, (double) s / h);
    System.out.printf("median service, parallel %d ms  -> %.2fx of by hand%n", p, (double) p / h);
    System.out.println("cores: " + Runtime.getRuntime().availableProcessors());
  }

  private static long timed(QualityService service, Path repo, CheckPlan plan) throws Exception {
    long t0 = System.nanoTime();
    QualityReport r = service.run(repo, plan, Scope.CHANGED, List.of(), RunListener.NONE);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long inTools = r.checks().stream().mapToLong(c -> c.duration().toMillis()).sum();
    System.out.printf(
        "  %s: wall %d ms, inside the tools' processes %d ms%n",
        service == null ? "" : "run", ms, inTools);
    for (CheckResult c : r.checks()) {
      if (c.status().name().equals("ERROR")) {
        System.out.println("  " + c.name() + " error: " + c.message().orElse(""));
      }
    }
    return ms;
  }

  private static long runByHand(List<List<String>> commands, Path repo) throws Exception {
    long t0 = System.nanoTime();
    for (List<String> argv : commands) {
      ProcessBuilder b = new ProcessBuilder(argv).directory(repo.toFile());
      b.environment().put("PYTHONPATH", repo.toString());
      b.redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD);
      b.start().waitFor();
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static List<String> dotted(List<String> files) {
    return files.stream().map(f -> f.startsWith("-") ? "./" + f : f).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static long median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
