package dev.agentworkbench.commit;

import dev.agentworkbench.spec.policy.AttributionPolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The commit types offered: the Conventional Commits ones plus any the spec's examples use. */
public final class CommitTypes {
  public static final List<String> CONVENTIONAL =
      List.of(
          "feat",
          "fix",
          "docs",
          "style",
          "refactor",
          "perf",
          "test",
          "build",
          "ci",
          "chore",
          "revert");

  private CommitTypes() {}

  public static List<String> of(AttributionPolicy policy, AttributionRule rule) {
    Set<String> types = new LinkedHashSet<>(CONVENTIONAL);
    types.add("config");
    for (String example : policy.exampleSubjects()) {
      rule.parse(example).ifPresent(p -> types.add(p.type()));
    }
    return List.copyOf(types);
  }
}
