package dev.agentworkbench.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of one check (a {@code CheckRun}'s outcome): its status, the tool version, the files it
 * was given with their content checksums at the start (for the commit gate), its findings and its
 * output.
 *
 * @param message a plain sentence when the status needs one (not installed + hint, nothing to
 *     check, could not parse, timed out after ...)
 * @param source where the check came from, for the tile ("seed default", "agent.md lines 12-18")
 */
public record CheckResult(
    String name,
    String tool,
    CheckStatus status,
    Optional<String> version,
    Duration duration,
    List<Finding> findings,
    List<String> files,
    Map<String, String> contentHashes,
    Optional<String> message,
    String output,
    Instant startedAt,
    String source) {

  public CheckResult {
    findings = List.copyOf(findings);
    files = List.copyOf(files);
    contentHashes = Map.copyOf(contentHashes);
  }

  /** A result without a run: queued, running, stale, not installed, nothing to check. */
  public static CheckResult without(
      String name, String tool, CheckStatus status, String source, Optional<String> message) {
    return new CheckResult(
        name,
        tool,
        status,
        Optional.empty(),
        Duration.ZERO,
        List.of(),
        List.of(),
        Map.of(),
        message,
        "",
        Instant.now(),
        source);
  }

  public CheckResult withStatus(CheckStatus newStatus) {
    return new CheckResult(
        name,
        tool,
        newStatus,
        version,
        duration,
        findings,
        files,
        contentHashes,
        message,
        output,
        startedAt,
        source);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
