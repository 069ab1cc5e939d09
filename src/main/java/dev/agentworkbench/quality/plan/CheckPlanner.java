package dev.agentworkbench.quality.plan;

import dev.agentworkbench.spec.policy.CheckCommand;
import dev.agentworkbench.spec.policy.QualityPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a spec's quality policy and the user's settings into the plan of checks to run. */
public final class CheckPlanner {
  private CheckPlanner() {}

  /**
   * @param specFile the spec the policy came from (empty for the defaults)
   * @param specHash its content hash
   * @param trusted whether the user trusts that content
   */
  public static CheckPlan plan(
      QualityPolicy policy,
      Optional<Path> specFile,
      Optional<String> specHash,
      boolean trusted,
      RepoQualitySettings settings) {
    List<PlannedCheck> checks = new ArrayList<>();
    for (CheckCommand command : policy.checks()) {
      checks.add(fromPolicy(command, policy.isDefault() ? Optional.empty() : specFile, settings));
    }
    for (CustomCheck custom : settings.custom()) {
      checks.add(custom.toPlanned(!settings.disabled().contains(custom.name())));
    }
    List<String> notes = new ArrayList<>(policy.notes());
    return new CheckPlan(checks, specFile, specHash, trusted || policy.isDefault(), notes);
  }

  private static PlannedCheck fromPolicy(
      CheckCommand command, Optional<Path> specFile, RepoQualitySettings settings) {
    Provenance provenance =
        specFile
            .map(f -> Provenance.spec(f, command.source().first(), command.source().last()))
            .orElse(Provenance.defaults());
    String tool = command.tool();
    return new PlannedCheck(
        command.name(),
        tool,
        command.argv(),
        patternFor(tool),
        outputFor(tool),
        command.takesFiles(),
        !settings.disabled().contains(command.name()),
        provenance);
  }

  static FilePattern patternFor(String tool) {
    return switch (tool) {
      case "pyright", "black", "isort", "ruff", "bandit", "pytest" -> FilePattern.PYTHON;
      default -> FilePattern.ANY;
    };
  }

  static OutputKind outputFor(String tool) {
    return switch (tool) {
      case "pyright" -> OutputKind.PYRIGHT_JSON;
      case "black" -> OutputKind.BLACK_CHECK;
      case "isort" -> OutputKind.ISORT_CHECK;
      case "ruff" -> OutputKind.RUFF_JSON;
      case "bandit" -> OutputKind.BANDIT_JSON;
      case "pytest" -> OutputKind.JUNIT_XML;
      default -> OutputKind.EXIT_CODE;
    };
  }
}
