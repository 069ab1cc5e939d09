package dev.agentworkbench.spec.policy;

import java.util.List;

/**
 * One quality check the spec demands, recognised per tool: {@code tool} is one of {@code pyright,
 * black, isort, ruff, bandit, pytest} (or {@code other}); {@code argv} is the command as an
 * argument list without file names (for example {@code [bandit, -ll]} or {@code [pytest, tests/,
 * -v]}); {@code takesFiles} says whether the changed files are appended.
 */
public record CheckCommand(
    String name, String tool, List<String> argv, boolean takesFiles, SourceLines source) {
  public CheckCommand {
    argv = List.copyOf(argv);
  }
}
