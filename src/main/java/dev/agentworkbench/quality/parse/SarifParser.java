package dev.agentworkbench.quality.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 from a custom check: every result of every run is a finding (level "warning" when
 * absent, as the standard says). Fails on any finding or a non-zero exit.
 */
public final class SarifParser implements OutputParser {
  @Override
  public ParsedOutput parse(ToolOutput out) {
    Optional<JsonNode> json = Json.read(out.report().orElse(out.stdout()));
    if (json.isEmpty() || !json.get().has("runs")) {
      return ParsedOutput.error(
          out.tool() + " printed no SARIF (exit " + out.exitCode() + "): " + out.lastLine(),
          List.of());
    }
    List<Finding> findings = new ArrayList<>();
    for (JsonNode run : json.get().path("runs")) {
      Map<String, String> helpUris = new HashMap<>();
      for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
        helpUris.put(Json.text(rule, "id"), Json.text(rule, "helpUri"));
      }
      for (JsonNode r : run.path("results")) {
        findings.add(finding(r, helpUris, out));
      }
    }
    boolean failed = out.exitCode() != 0 || !findings.isEmpty();
    return ParsedOutput.of(failed ? CheckStatus.FAILED : CheckStatus.PASSED, findings);
  }

  private static Finding finding(JsonNode r, Map<String, String> helpUris, ToolOutput out) {
    JsonNode physical = r.path("locations").path(0).path("physicalLocation");
    JsonNode region = physical.path("region");
    String level = Json.text(r, "level");
    String rule = Json.text(r, "ruleId");
    Severity severity =
        switch (level.isEmpty() ? "warning" : level) {
          case "error" -> Severity.ERROR;
          case "warning" -> Severity.WARNING;
          default -> Severity.INFO;
        };
    Finding f =
        Finding.of(
            out.tool(),
            rule,
            severity,
            RepoPaths.relative(
                out.repositoryRoot(), Json.text(physical.path("artifactLocation"), "uri")),
            region.path("startLine").asInt(0),
            region.path("startColumn").asInt(0),
            Json.text(r.path("message"), "text"));
    String help = helpUris.getOrDefault(rule, "");
    return help.isEmpty() ? f : f.withHelpUrl(help);
  }
}
