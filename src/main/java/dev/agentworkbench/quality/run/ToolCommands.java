package dev.agentworkbench.quality.run;

import dev.agentworkbench.quality.plan.PlannedCheck;
import dev.agentworkbench.workspace.process.ProcessSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The argument list for a check: the found program, the spec's options, the options for
 * machine-readable output, then the files. Every tool here takes {@code --} before file names
 * except pyright, whose files get a {@code ./} prefix instead when they start with a dash.
 */
public final class ToolCommands {
  private ToolCommands() {}

  /**
   * @param report a temporary file for JUnit XML (pytest, custom checks using {@code {junit}})
   */
  public static ProcessSpec spec(
      PlannedCheck check,
      Path program,
      List<String> files,
      Path repositoryRoot,
      Path report,
      Optional<String> pythonPath) {
    List<String> argv = new ArrayList<>();
    argv.add(program.toString());
    for (String a : check.argv().subList(1, check.argv().size())) {
      argv.add(a.replace("{junit}", report.toString()));
    }
    argv.addAll(machineOptions(check, report));
    ProcessSpec spec =
        ProcessSpec.of(argv).in(repositoryRoot).withFiles(check.takesFiles() ? files : List.of());
    if (check.tool().equals("pyright")) {
      spec = spec.withoutSeparator();
    }
    if (check.tool().equals("pytest")) {
      // Like `python -m pytest`: the repository root is importable, so `from src.x import y` works.
      String root = repositoryRoot.toString();
      spec =
          spec.withEnvironment(
              Map.of("PYTHONPATH", pythonPath.map(p -> root + ":" + p).orElse(root)));
    }
    return spec;
  }

  static List<String> machineOptions(PlannedCheck check, Path report) {
    return switch (check.tool()) {
      case "pyright" -> List.of("--outputjson");
      case "black" -> List.of("--check");
      case "isort" -> List.of("--check-only");
      case "ruff" -> List.of("--output-format", "json");
      case "bandit" -> List.of("-f", "json");
      case "pytest" -> List.of("-p", "no:cacheprovider", "--junitxml=" + report);
      default -> List.of();
    };
  }
}
