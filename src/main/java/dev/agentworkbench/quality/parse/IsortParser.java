package dev.agentworkbench.quality.parse;

import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * isort {@code --check-only}: "ERROR: PATH Imports are incorrectly sorted" on stderr; exit 0
 * sorted, 1 not sorted.
 */
public final class IsortParser implements OutputParser {
  private static final Pattern UNSORTED =
      Pattern.compile(
          "^ERROR: (.+?) Imports are incorrectly sorted(?: and/or formatted)?\\.?$",
          Pattern.MULTILINE);

  @Override
  public ParsedOutput parse(ToolOutput out) {
    List<Finding> findings = new ArrayList<>();
    Matcher m = UNSORTED.matcher(out.stderr() + "\n" + out.stdout());
    while (m.find()) {
      findings.add(
          Finding.of(
                  "isort",
                  "import-order",
                  Severity.WARNING,
                  RepoPaths.relative(out.repositoryRoot(), m.group(1)),
                  0,
                  0,
                  "Imports are incorrectly sorted and/or formatted")
              .withFix(true));
    }
    return switch (out.exitCode()) {
      case 0 -> ParsedOutput.of(CheckStatus.PASSED, findings);
      case 1 ->
          findings.isEmpty()
              ? ParsedOutput.error("isort stopped: " + out.lastLine(), findings)
              : ParsedOutput.of(CheckStatus.FAILED, findings);
      default ->
          ParsedOutput.error(
              "isort stopped (exit " + out.exitCode() + "): " + out.lastLine(), findings);
    };
  }
}
