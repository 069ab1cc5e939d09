package dev.agentworkbench.commit;

import dev.agentworkbench.spec.policy.AttributionPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the commit room takes from the rest of the app: the spec's attribution policy, the agents in
 * the catalog, the active agent, Claude Code's home folder and the quality gate.
 */
public record CommitContext(
    AttributionPolicy policy,
    List<String> knownAgents,
    Optional<String> activeAgent,
    Path claudeHome,
    CommitGate gate) {

  public CommitContext {
    knownAgents = List.copyOf(knownAgents);
    activeAgent = activeAgent.filter(a -> !a.isBlank());
  }

  public static CommitContext defaults(Path claudeHome, List<String> knownAgents) {
    return new CommitContext(
        AttributionPolicy.defaults(), knownAgents, Optional.empty(), claudeHome, CommitGate.none());
  }

  public CommitContext withActiveAgent(Optional<String> agent) {
    return new CommitContext(policy, knownAgents, agent, claudeHome, gate);
  }

  public CommitContext withGate(CommitGate newGate) {
    return new CommitContext(policy, knownAgents, activeAgent, claudeHome, newGate);
  }
}
