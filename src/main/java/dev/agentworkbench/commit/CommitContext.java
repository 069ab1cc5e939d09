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

  /**
   * The context of a workspace: the active spec's attribution rule (the seed's when the workspace
   * has no spec), every agent in the catalog, and the active agent (the given one, else the spec
   * room's choice of active spec).
   */
  public static CommitContext forWorkspace(
      dev.agentworkbench.workspace.Workspace workspace,
      Path claudeHome,
      Optional<String> activeAgent,
      CommitGate gate)
      throws java.io.IOException {
    var specs = new dev.agentworkbench.spec.SpecService();
    var active = specs.activeSpec(workspace);
    AttributionPolicy policy =
        active.sample()
            ? AttributionPolicy.defaults()
            : specs.policies(active.document()).attribution();
    List<String> agents =
        specs.catalog(workspace).agents().stream().map(e -> e.name()).distinct().toList();
    Optional<String> agent =
        activeAgent.filter(a -> !a.isBlank()).or(() -> Optional.of(active.name()));
    return new CommitContext(policy, agents, agent, claudeHome, gate);
  }

  public CommitContext withGate(CommitGate newGate) {
    return new CommitContext(policy, knownAgents, activeAgent, claudeHome, newGate);
  }
}
