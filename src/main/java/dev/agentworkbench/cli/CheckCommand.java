package dev.agentworkbench.cli;

import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.QualityReport;
import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.quality.RunListener;
import dev.agentworkbench.quality.Scope;
import dev.agentworkbench.quality.plan.CheckPlan;
import dev.agentworkbench.quality.plan.PlannedCheck;
import dev.agentworkbench.quality.report.JsonReport;
import dev.agentworkbench.quality.report.SarifReport;
import dev.agentworkbench.quality.report.TextReport;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.WorkspaceLocator;
import dev.agentworkbench.workspace.process.ProcessRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench check}: runs the quality plan once on a scope and reports (text/JSON/SARIF). */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the spec's quality checks once on the repository's files and reports what they found.",
      "Read-only checks run in parallel. Missing tools are reported as not installed with a hint.",
      "",
      "Trust: the seed's default checks and your own custom checks (from the Quality room's"
          + " settings) always run. Commands that come from an agent spec run only once you trust"
          + " that spec's content: in the Quality room, or here with --trust (remembered by the"
          + " spec file's content hash; a changed spec asks again)."
    },
    footer = {
      "",
      "Scopes:",
      "  changed  staged + unstaged + untracked files, deletions left out (default)",
      "  staged   what the next commit holds",
      "  spec     the spec's own `git diff --name-only --diff-filter=AM`: it leaves",
      "           out staged and untracked files",
      "  all      every file git does not ignore",
      "Exit codes: 0 every check passed or had nothing to check; 1 a check failed,",
      "errored or timed out; 2 bad usage (unknown scope, format or check, not a git",
      "repository, untrusted spec). A tool that is not installed is reported (and",
      "named on stderr) but does not fail the run.",
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "Repository (default: current folder).")
  Path repo = Path.of(".");

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      description = "changed | staged | spec | all (default: changed).")
  String scope = "changed";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text | json | sarif (default: text).")
  String format = "text";

  @Option(
      names = "--check",
      arity = "1..*",
      paramLabel = "NAME",
      description = "Run only these checks (also ones switched off in the settings).")
  List<String> checks = new ArrayList<>();

  @Option(names = "--trust", description = "Trust the active spec's commands (remembered).")
  boolean trust;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Per-check time limit (default: 300).")
  long timeoutSeconds = 300;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Optional<Scope> chosen = Scope.parse(scope);
    if (chosen.isEmpty()) {
      err.println(
          "workbench check: unknown scope '" + scope + "'. Use changed, staged, spec or all.");
      return ExitCode.USAGE;
    }
    if (!List.of("text", "json", "sarif").contains(format)) {
      err.println("workbench check: unknown format '" + format + "'. Use text, json or sarif.");
      return ExitCode.USAGE;
    }
    Optional<Path> root = WorkspaceLocator.repositoryRoot(repo.toAbsolutePath().normalize());
    if (root.isEmpty()) {
      err.println(
          "workbench check: "
              + repo.toAbsolutePath().normalize()
              + " is not inside a git repository. Pass --repo DIR of a repository.");
      return ExitCode.USAGE;
    }
    try (QualityService service =
        new QualityService(
            UserEnvironment.current(),
            new ProcessRunner(),
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Duration.ofSeconds(timeoutSeconds))) {
      CheckPlan plan = service.plan(root.get());
      if (plan.needsTrust()) {
        if (!trust) {
          err.println(
              "workbench check: the checks come from "
                  + plan.specFile().map(Path::toString).orElse("a spec")
                  + ", which you have not trusted yet. Read its commands, then run"
                  + " again with --trust (or trust it in the Quality room).");
          return ExitCode.USAGE;
        }
        service.trust(plan.specFile().get());
        plan = service.plan(root.get());
      }
      for (String name : checks) {
        if (plan.check(name).isEmpty()) {
          err.println(
              "workbench check: no check named '"
                  + name
                  + "'. The plan has: "
                  + String.join(", ", plan.checks().stream().map(PlannedCheck::name).toList())
                  + ".");
          return ExitCode.USAGE;
        }
      }
      CheckPlan selected = onlyThese(plan);
      QualityReport report =
          service.run(root.get(), selected, chosen.get(), checks, RunListener.NONE);
      out.print(
          switch (format) {
            case "json" -> JsonReport.write(report) + "\n";
            case "sarif" -> SarifReport.write(report) + "\n";
            default -> TextReport.write(report);
          });
      warnAboutMissingTools(report, err);
      return report.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }
  }

  private CheckPlan onlyThese(CheckPlan plan) {
    if (checks.isEmpty()) {
      return plan;
    }
    return new CheckPlan(
        plan.checks().stream().map(c -> c.withEnabled(checks.contains(c.name()))).toList(),
        plan.specFile(),
        plan.specHash(),
        plan.trusted(),
        plan.notes());
  }

  private static void warnAboutMissingTools(QualityReport report, PrintWriter err) {
    for (CheckResult r : report.checks()) {
      if (r.status() == CheckStatus.NOT_INSTALLED) {
        err.println("workbench check: " + r.name() + " not run: " + r.message().orElse(""));
      }
    }
  }
}
