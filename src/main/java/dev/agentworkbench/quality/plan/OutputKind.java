package dev.agentworkbench.quality.plan;

import java.util.Locale;
import java.util.Optional;

/** How a check's output is read into findings. */
public enum OutputKind {
  PYRIGHT_JSON("pyright-json"),
  RUFF_JSON("ruff-json"),
  BLACK_CHECK("black-check"),
  ISORT_CHECK("isort-check"),
  BANDIT_JSON("bandit-json"),
  /** pytest's or any tool's JUnit XML. */
  JUNIT_XML("junit"),
  SARIF("sarif"),
  /** One JSON object per line: {file, line, column, rule, severity, message}. */
  JSON_LINES("json-lines"),
  /** Only the exit code counts: 0 passes, anything else fails. */
  EXIT_CODE("exit-code");

  private final String key;

  OutputKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The kinds a user may pick for a custom check. */
  public static java.util.List<OutputKind> customKinds() {
    return java.util.List.of(SARIF, JSON_LINES, JUNIT_XML, EXIT_CODE);
  }

  public static Optional<OutputKind> parse(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    for (OutputKind k : values()) {
      if (k.key.equals(w) || k.name().toLowerCase(Locale.ROOT).equals(w)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
