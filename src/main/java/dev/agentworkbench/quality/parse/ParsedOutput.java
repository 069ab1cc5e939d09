package dev.agentworkbench.quality.parse;

import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A tool's output read: the verdict from its exit code (in the tool's own meaning), its findings,
 * and a plain message when the verdict needs one ("no tests collected", "could not parse").
 */
public record ParsedOutput(CheckStatus status, List<Finding> findings, Optional<String> message) {
  public ParsedOutput {
    findings = List.copyOf(findings);
  }

  public static ParsedOutput of(CheckStatus status, List<Finding> findings) {
    return new ParsedOutput(status, findings, Optional.empty());
  }

  public static ParsedOutput error(String message, List<Finding> findings) {
    return new ParsedOutput(CheckStatus.ERROR, findings, Optional.of(message));
  }
}
