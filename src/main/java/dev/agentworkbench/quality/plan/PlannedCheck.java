package dev.agentworkbench.quality.plan;

import java.util.List;

/**
 * One check of the plan: what runs ({@code argv}, without file names and without the options the
 * app adds for machine-readable output), on which files, how its output is read, and where it came
 * from.
 *
 * @param tool {@code pyright, black, isort, ruff, bandit, pytest} or {@code custom}
 * @param takesFiles whether the matching files are appended (after {@code --})
 */
public record PlannedCheck(
    String name,
    String tool,
    List<String> argv,
    FilePattern pattern,
    OutputKind output,
    boolean takesFiles,
    boolean enabled,
    Provenance provenance) {

  public PlannedCheck {
    argv = List.copyOf(argv);
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("check " + name + " has no command");
    }
  }

  /** The program name as written (first argument). */
  public String program() {
    return argv.get(0);
  }

  public PlannedCheck withEnabled(boolean on) {
    return new PlannedCheck(name, tool, argv, pattern, output, takesFiles, on, provenance);
  }

  /** Whether this tool can rewrite files to fix what it reports. */
  public boolean canFix() {
    return tool.equals("black") || tool.equals("isort") || tool.equals("ruff");
  }
}
