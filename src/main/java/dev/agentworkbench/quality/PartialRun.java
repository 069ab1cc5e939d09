package dev.agentworkbench.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds a rerun on some files into the previous full result: findings and checksums of the rerun
 * files are replaced, the others kept.
 */
final class PartialRun {
  private PartialRun() {}

  static CheckResult merge(CheckResult previous, CheckResult partial) {
    if (!partial.status().isFinished()
        || partial.status() == CheckStatus.NOT_INSTALLED
        || partial.status() == CheckStatus.CANCELLED
        || !previous.status().isFinished()) {
      return partial;
    }
    Set<String> rerun = new LinkedHashSet<>(partial.files());
    List<Finding> findings = new ArrayList<>();
    previous.findings().stream().filter(f -> !rerun.contains(f.file())).forEach(findings::add);
    boolean othersFailed = previous.status() == CheckStatus.FAILED && !findings.isEmpty();
    findings.addAll(partial.findings());
    Set<String> files = new LinkedHashSet<>(previous.files());
    files.addAll(partial.files());
    Map<String, String> hashes = new HashMap<>(previous.contentHashes());
    hashes.putAll(partial.contentHashes());
    CheckStatus status = partial.status();
    if (status == CheckStatus.PASSED || status == CheckStatus.NOTHING_TO_CHECK) {
      status = othersFailed ? CheckStatus.FAILED : CheckStatus.PASSED;
    }
    return new CheckResult(
        partial.name(),
        partial.tool(),
        status,
        partial.version(),
        partial.duration(),
        findings,
        List.copyOf(files),
        hashes,
        partial.message(),
        partial.output(),
        partial.startedAt(),
        partial.source());
  }
}
