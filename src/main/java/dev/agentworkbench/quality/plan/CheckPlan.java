package dev.agentworkbench.quality.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The checks to run on a repository, in the spec's order then the user's custom checks, and where
 * the plan came from.
 *
 * @param specFile the spec the checks came from; empty for the seed defaults
 * @param specHash the SHA-256 of the spec file's content when the plan was made
 * @param trusted whether spec commands may run (the user trusted this content)
 * @param notes plain sentences about the plan (defaults in use, the spec's file selection)
 */
public record CheckPlan(
    List<PlannedCheck> checks,
    Optional<Path> specFile,
    Optional<String> specHash,
    boolean trusted,
    List<String> notes) {

  public CheckPlan {
    checks = List.copyOf(checks);
    notes = List.copyOf(notes);
  }

  public List<PlannedCheck> enabled() {
    return checks.stream().filter(PlannedCheck::enabled).toList();
  }

  public Optional<PlannedCheck> check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Whether a check may run now: not from a spec, or from a spec the user trusts. */
  public boolean mayRun(PlannedCheck check) {
    return !check.provenance().needsTrust() || trusted;
  }

  public boolean needsTrust() {
    return !trusted && checks.stream().anyMatch(c -> c.provenance().needsTrust());
  }
}
