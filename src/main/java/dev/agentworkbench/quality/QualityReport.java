package dev.agentworkbench.quality;

import java.util.List;

/** The outcome of running the plan once: the scope, its files, and one result per check. */
public record QualityReport(Scope scope, List<String> files, List<CheckResult> checks) {
  public QualityReport {
    files = List.copyOf(files);
    checks = List.copyOf(checks);
  }

  /** Whether any check failed, errored or timed out (the CLI then exits 1). */
  public boolean hasProblems() {
    return checks.stream().anyMatch(c -> c.status().isProblem());
  }
}
