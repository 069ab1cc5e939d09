package dev.agentworkbench.quality.parse;

import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * black {@code --check}: "would reformat PATH" lines on stderr; exit 0 nothing to change, 1 would
 * reformat, 123 could not parse a file (or an internal error).
 */
public final class BlackParser implements OutputParser {
  private static final Pattern WOULD = Pattern.compile("^would reformat (.+)$", Pattern.MULTILINE);
  private static final Pattern CANNOT =
      Pattern.compile("^error: cannot format (.+?): (.*)$", Pattern.MULTILINE);
  private static final Pattern POSITION = Pattern.compile("Cannot parse: (\\d+):(\\d+)");

  @Override
  public ParsedOutput parse(ToolOutput out) {
    String text = out.stderr() + "\n" + out.stdout();
    List<Finding> findings = new ArrayList<>();
    Matcher m = WOULD.matcher(text);
    while (m.find()) {
      findings.add(
          Finding.of(
                  "black",
                  "format",
                  Severity.WARNING,
                  RepoPaths.relative(out.repositoryRoot(), m.group(1)),
                  0,
                  0,
                  "black would reformat this file")
              .withFix(true));
    }
    int unparsable = 0;
    Matcher c = CANNOT.matcher(text);
    while (c.find()) {
      unparsable++;
      Matcher pos = POSITION.matcher(c.group(2));
      boolean at = pos.find();
      findings.add(
          Finding.of(
              "black",
              "cannot-parse",
              Severity.ERROR,
              RepoPaths.relative(out.repositoryRoot(), c.group(1)),
              at ? Integer.parseInt(pos.group(1)) : 0,
              at ? Integer.parseInt(pos.group(2)) : 0,
              "black could not parse this file: " + c.group(2)));
    }
    return switch (out.exitCode()) {
      case 0 -> ParsedOutput.of(CheckStatus.PASSED, findings);
      case 1 -> ParsedOutput.of(CheckStatus.FAILED, findings);
      case 123 ->
          new ParsedOutput(
              CheckStatus.ERROR,
              findings,
              Optional.of(
                  unparsable > 0
                      ? "black could not parse " + unparsable + " file(s) (exit 123)"
                      : "black failed with an internal error (exit 123): " + out.lastLine()));
      default ->
          ParsedOutput.error(
              "black stopped (exit " + out.exitCode() + "): " + out.lastLine(), findings);
    };
  }
}
