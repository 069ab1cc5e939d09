package dev.agentworkbench.spec.policy;

/**
 * The 1-based, inclusive line range of a spec file that a policy item came from; 0..0 for a
 * default.
 */
public record SourceLines(int first, int last) {
  public static final SourceLines DEFAULT = new SourceLines(0, 0);

  public boolean isDefault() {
    return first == 0;
  }
}
