package dev.agentworkbench.quality.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * pyright {@code --outputjson}: 0-based positions made 1-based; exit 0 clean, 1 errors, 2 fatal, 3
 * config error, 4 bad parameters (then there is no JSON, only text).
 */
public final class PyrightParser implements OutputParser {
  @Override
  public ParsedOutput parse(ToolOutput out) {
    Optional<JsonNode> json = Json.read(out.stdout());
    if (out.exitCode() > 1 || json.isEmpty() || !json.get().has("generalDiagnostics")) {
      return ParsedOutput.error(
          "pyright stopped (exit " + out.exitCode() + "): " + out.lastLine(), List.of());
    }
    List<Finding> findings = new ArrayList<>();
    for (JsonNode d : json.get().path("generalDiagnostics")) {
      JsonNode start = d.path("range").path("start");
      String rule = Json.text(d, "rule");
      Finding f =
          Finding.of(
              "pyright",
              rule.isEmpty() ? "syntax" : rule,
              Severity.parse(Json.text(d, "severity")),
              RepoPaths.relative(out.repositoryRoot(), Json.text(d, "file")),
              start.path("line").asInt(-1) + 1,
              start.path("character").asInt(-1) + 1,
              Json.text(d, "message").replace('\u00a0', ' '));
      if (!rule.isEmpty()) {
        f = f.withHelpUrl("https://microsoft.github.io/pyright/#/configuration?id=" + rule);
      }
      findings.add(f);
    }
    return ParsedOutput.of(out.exitCode() == 0 ? CheckStatus.PASSED : CheckStatus.FAILED, findings);
  }
}
