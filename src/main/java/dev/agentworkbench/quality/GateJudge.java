package dev.agentworkbench.quality;

import dev.agentworkbench.quality.files.ContentHashes;
import dev.agentworkbench.quality.plan.CheckPlan;
import dev.agentworkbench.quality.plan.PlannedCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Decides the commit gate from the plan, the latest results and the files' current content. */
final class GateJudge {
  private GateJudge() {}

  static CommitGate judge(
      Path repositoryRoot, CheckPlan plan, ResultBook book, Collection<String> commitFiles) {
    List<String> failing = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (PlannedCheck check : plan.enabled()) {
      List<String> files = commitFiles.stream().filter(check.pattern()::matches).toList();
      if (files.isEmpty()) {
        continue;
      }
      Optional<CheckResult> latest = book.latest(check.name());
      if (latest.isEmpty()) {
        stale.add(check.name() + " has not run on these files yet.");
        continue;
      }
      CheckResult r = latest.get();
      if (r.status() == CheckStatus.NOT_INSTALLED) {
        failing.add(check.name() + " is not installed: install it or switch the check off.");
        continue;
      }
      List<String> changed =
          files.stream()
              .filter(f -> !ContentHashes.of(repositoryRoot, f).equals(r.contentHashes().get(f)))
              .toList();
      if (!changed.isEmpty()) {
        stale.add(check.name() + " ran before the latest change to " + String.join(", ", changed));
      } else if (r.status().isProblem()) {
        failing.add(
            check.name() + " " + r.status().label() + " (" + r.findings().size() + " findings).");
      } else if (r.status() != CheckStatus.PASSED && r.status() != CheckStatus.NOTHING_TO_CHECK) {
        stale.add(check.name() + " is " + r.status().label() + ".");
      }
    }
    if (!failing.isEmpty()) {
      failing.addAll(stale);
      return new CommitGate(CommitGate.State.FAILING, failing);
    }
    if (!stale.isEmpty()) {
      return new CommitGate(CommitGate.State.STALE, stale);
    }
    return new CommitGate(CommitGate.State.READY, List.of("Every enabled check passed."));
  }
}
