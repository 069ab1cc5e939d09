package dev.agentworkbench.commit;

/**
 * What the quality room says about committing now. The quality room provides one later; until then
 * {@link #none()} lets every commit through without asking.
 */
@FunctionalInterface
public interface CommitGate {
  GateStatus status();

  static CommitGate none() {
    return () -> new GateStatus(GateState.UNKNOWN, "No quality gate is connected");
  }
}
