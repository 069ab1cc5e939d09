package dev.agentworkbench.quality;

import java.util.Optional;

/**
 * One problem a tool reported, in the same shape for every tool.
 *
 * @param file path relative to the repository root, with forward slashes; empty when the finding
 *     concerns no file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Finding(
    String tool,
    String rule,
    Severity severity,
    String file,
    int line,
    int column,
    String message,
    boolean fixAvailable,
    Optional<String> helpUrl) {

  public Finding {
    rule = rule == null ? "" : rule;
    file = file == null ? "" : file;
    message = message == null ? "" : message;
    helpUrl = helpUrl == null ? Optional.empty() : helpUrl;
  }

  public static Finding of(
      String tool, String rule, Severity severity, String file, int line, int column, String msg) {
    return new Finding(tool, rule, severity, file, line, column, msg, false, Optional.empty());
  }

  public Finding withFix(boolean available) {
    return new Finding(tool, rule, severity, file, line, column, message, available, helpUrl);
  }

  public Finding withHelpUrl(String url) {
    return new Finding(
        tool, rule, severity, file, line, column, message, fixAvailable, Optional.ofNullable(url));
  }
}
