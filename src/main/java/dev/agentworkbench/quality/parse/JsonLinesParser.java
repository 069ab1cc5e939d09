package dev.agentworkbench.quality.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One JSON object per line: {@code {file, line, column, rule, severity, message}}; ruff's
 * json-lines shape ({@code filename, location.row, code}) is read too. Blank lines and lines that
 * are not JSON objects are skipped. Fails on any finding or a non-zero exit.
 */
public final class JsonLinesParser implements OutputParser {
  @Override
  public ParsedOutput parse(ToolOutput out) {
    List<Finding> findings = new ArrayList<>();
    for (String line : out.stdout().split("\n")) {
      Optional<JsonNode> node = line.isBlank() ? Optional.empty() : Json.read(line);
      if (node.isPresent() && node.get().isObject()) {
        findings.add(finding(node.get(), out));
      }
    }
    boolean failed = out.exitCode() != 0 || !findings.isEmpty();
    return ParsedOutput.of(failed ? CheckStatus.FAILED : CheckStatus.PASSED, findings);
  }

  private static Finding finding(JsonNode n, ToolOutput out) {
    if (n.has("filename") && n.has("location")) {
      return RuffParser.finding(n, out);
    }
    String severity = Json.text(n, "severity");
    return Finding.of(
        out.tool(),
        Json.text(n, "rule"),
        severity.isEmpty() ? Severity.WARNING : Severity.parse(severity),
        RepoPaths.relative(out.repositoryRoot(), Json.text(n, "file")),
        n.path("line").asInt(0),
        n.path("column").asInt(0),
        Json.text(n, "message"));
  }
}
