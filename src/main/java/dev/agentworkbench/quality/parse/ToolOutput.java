package dev.agentworkbench.quality.parse;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a finished tool left behind, as a parser sees it.
 *
 * @param report the content of a report file the tool wrote (pytest's JUnit XML), if any
 * @param repositoryRoot paths in the output are made relative to it
 */
public record ToolOutput(
    String tool,
    int exitCode,
    String stdout,
    String stderr,
    Optional<String> report,
    Path repositoryRoot) {

  public static ToolOutput of(String tool, int exitCode, String stdout, String stderr, Path root) {
    return new ToolOutput(tool, exitCode, stdout, stderr, Optional.empty(), root);
  }

  public ToolOutput withReport(String content) {
    return new ToolOutput(tool, exitCode, stdout, stderr, Optional.of(content), repositoryRoot);
  }

  /** The last non-blank line the tool printed, for short error messages. */
  public String lastLine() {
    String all = (stderr.isBlank() ? stdout : stderr).strip();
    int nl = all.lastIndexOf('\n');
    return nl < 0 ? all : all.substring(nl + 1).strip();
  }
}
