package dev.agentworkbench.spec;

/** How bad a diagnostic is: an error stops Claude Code from loading the agent as meant. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
