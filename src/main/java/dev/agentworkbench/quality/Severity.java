package dev.agentworkbench.quality;

import java.util.Locale;

/** How serious a finding is, on one scale for every tool. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a tool's own word for severity ("error", "HIGH", "note", ...). */
  public static Severity parse(String word) {
    String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
    return switch (w) {
      case "error", "high", "fatal", "failure" -> ERROR;
      case "warning", "warn", "medium" -> WARNING;
      default -> INFO;
    };
  }
}
