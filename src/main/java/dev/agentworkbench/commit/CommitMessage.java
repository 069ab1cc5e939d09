package dev.agentworkbench.commit;

import java.util.List;
import java.util.Optional;

/**
 * A commit message as the composer builds it: type, optional scope, breaking flag, description, the
 * agents to credit (in order), body and footers.
 */
public record CommitMessage(
    String type,
    Optional<String> scope,
    boolean breaking,
    String description,
    List<String> agents,
    String body,
    List<Footer> footers) {

  public CommitMessage {
    agents = List.copyOf(agents);
    footers = List.copyOf(footers);
    scope = scope.map(String::strip).filter(s -> !s.isEmpty());
  }

  public static CommitMessage of(
      String type, String scope, String description, List<String> agents) {
    return new CommitMessage(
        type, Optional.ofNullable(scope), false, description, agents, "", List.of());
  }

  public String subject(AttributionRule rule) {
    return rule.subject(type, scope, breaking, description, agents);
  }

  /** The whole message: subject, blank line, body, blank line, footers. */
  public String text(AttributionRule rule) {
    StringBuilder out = new StringBuilder(subject(rule)).append('\n');
    if (!body.isBlank()) {
      out.append('\n').append(body.strip()).append('\n');
    }
    if (!footers.isEmpty()) {
      out.append('\n');
      for (Footer f : footers) {
        out.append(f.line()).append('\n');
      }
    }
    return out.toString();
  }

  public CommitMessage withAgents(List<String> newAgents) {
    return new CommitMessage(type, scope, breaking, description, newAgents, body, footers);
  }
}
