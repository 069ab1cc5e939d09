package dev.agentworkbench.spec.policy;

/** What a spec demands of the other rooms: memory, quality checks, commit attribution. */
public record SpecPolicies(
    MemoryPolicy memory, QualityPolicy checks, AttributionPolicy attribution) {

  /** The stated defaults, for a workspace without a spec (each part marked as a default). */
  public static SpecPolicies defaults() {
    return new SpecPolicies(
        MemoryPolicy.defaults(), QualityPolicy.defaults(), AttributionPolicy.defaults());
  }
}
