package dev.agentworkbench.commit;

import java.util.List;

/**
 * An agent the composer proposes to credit, with why (strongest evidence first) and the changed
 * files that evidence is about.
 */
public record AgentSuggestion(String agent, List<String> reasons, List<String> files) {
  public AgentSuggestion {
    reasons = List.copyOf(reasons);
    files = List.copyOf(files);
  }
}
