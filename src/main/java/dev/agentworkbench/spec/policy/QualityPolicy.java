package dev.agentworkbench.spec.policy;

import java.util.List;

/**
 * The checks a spec demands and how it selects files: {@code fileSelection} is the spec's own
 * command as written (for the seed: {@code git diff --name-only --diff-filter=AM | grep '\.py$'});
 * {@code notes} say where that command does not do what it seems.
 */
public record QualityPolicy(
    List<CheckCommand> checks,
    String fileSelection,
    List<String> notes,
    boolean isDefault,
    SourceLines source) {

  public QualityPolicy {
    checks = List.copyOf(checks);
    notes = List.copyOf(notes);
  }

  /** The seed spec's six checks: used when a spec has no quality section. */
  public static QualityPolicy defaults() {
    SourceLines d = SourceLines.DEFAULT;
    return new QualityPolicy(
        List.of(
            new CheckCommand("pyright", "pyright", List.of("pyright"), true, d),
            new CheckCommand("black", "black", List.of("black"), true, d),
            new CheckCommand("isort", "isort", List.of("isort"), true, d),
            new CheckCommand("ruff", "ruff", List.of("ruff", "check"), true, d),
            new CheckCommand("bandit", "bandit", List.of("bandit", "-ll"), true, d),
            new CheckCommand("pytest", "pytest", List.of("pytest", "tests/", "-v"), false, d)),
        "git diff --name-only --diff-filter=AM | grep '\\.py$'",
        List.of(
            "Default plan: the spec has no quality section, so the seed spec's six checks apply.",
            "Plain `git diff` leaves out staged and untracked files."),
        true,
        d);
  }
}
