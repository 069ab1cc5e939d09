package dev.agentworkbench.quality.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ruff {@code check --output-format json}: an array of diagnostics with 1-based positions; older
 * versions lack {@code name} and {@code severity}. Exit 0 clean, 1 violations, 2 abnormal.
 */
public final class RuffParser implements OutputParser {
  @Override
  public ParsedOutput parse(ToolOutput out) {
    Optional<JsonNode> json = Json.read(out.stdout());
    if (out.exitCode() > 1 || json.isEmpty() || !json.get().isArray()) {
      return ParsedOutput.error(
          "ruff stopped (exit " + out.exitCode() + "): " + out.lastLine(), List.of());
    }
    List<Finding> findings = new ArrayList<>();
    for (JsonNode d : json.get()) {
      findings.add(finding(d, out));
    }
    boolean failed = out.exitCode() == 1 || !findings.isEmpty();
    return ParsedOutput.of(failed ? CheckStatus.FAILED : CheckStatus.PASSED, findings);
  }

  static Finding finding(JsonNode d, ToolOutput out) {
    JsonNode loc = d.path("location");
    String severity = Json.text(d, "severity");
    JsonNode fix = d.path("fix");
    boolean fixable = fix.isObject() && !"display-only".equals(Json.text(fix, "applicability"));
    String url = Json.text(d, "url");
    Finding f =
        Finding.of(
                "ruff",
                Json.text(d, "code"),
                severity.isEmpty() ? Severity.ERROR : Severity.parse(severity),
                RepoPaths.relative(out.repositoryRoot(), Json.text(d, "filename")),
                loc.path("row").asInt(0),
                loc.path("column").asInt(0),
                Json.text(d, "message"))
            .withFix(fixable);
    return url.isEmpty() ? f : f.withHelpUrl(url);
  }
}
