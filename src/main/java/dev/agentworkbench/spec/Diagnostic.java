package dev.agentworkbench.spec;

import java.util.Optional;

/**
 * One finding of the linter: a stable rule id ({@code FM003}), severity, 1-based line and column, a
 * message that says what to do, and an optional one-click fix.
 */
public record Diagnostic(
    String rule, Severity severity, int line, int column, String message, Optional<Fix> fix) {

  public static Diagnostic of(
      String rule, Severity severity, LineMap lines, int offset, String message) {
    return new Diagnostic(
        rule, severity, lines.line(offset), lines.column(offset), message, Optional.empty());
  }

  public Diagnostic withFix(Fix f) {
    return new Diagnostic(rule, severity, line, column, message, Optional.of(f));
  }
}
