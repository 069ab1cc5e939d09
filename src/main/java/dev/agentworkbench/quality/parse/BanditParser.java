package dev.agentworkbench.quality.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * bandit {@code -f json}: {@code results[]} (test_id, issue_severity, line_number, col_offset in
 * 1.7+) and {@code errors[]}; exit 0 nothing left after the filters, 1 issues, 2 usage error.
 */
public final class BanditParser implements OutputParser {
  @Override
  public ParsedOutput parse(ToolOutput out) {
    Optional<JsonNode> json = Json.read(out.stdout());
    if (out.exitCode() > 1 || json.isEmpty() || !json.get().has("results")) {
      return ParsedOutput.error(
          "bandit stopped (exit " + out.exitCode() + "): " + out.lastLine(), List.of());
    }
    List<Finding> findings = new ArrayList<>();
    for (JsonNode r : json.get().path("results")) {
      String url = Json.text(r, "more_info");
      Finding f =
          Finding.of(
              "bandit",
              Json.text(r, "test_id"),
              Severity.parse(Json.text(r, "issue_severity")),
              RepoPaths.relative(out.repositoryRoot(), Json.text(r, "filename")),
              r.path("line_number").asInt(0),
              r.has("col_offset") ? r.path("col_offset").asInt(0) + 1 : 0,
              Json.text(r, "issue_text"));
      findings.add(url.isEmpty() ? f : f.withHelpUrl(url));
    }
    for (JsonNode e : json.get().path("errors")) {
      findings.add(
          Finding.of(
              "bandit",
              "error",
              Severity.ERROR,
              RepoPaths.relative(out.repositoryRoot(), Json.text(e, "filename")),
              0,
              0,
              "bandit could not scan this file: " + Json.text(e, "reason")));
    }
    boolean failed = out.exitCode() == 1 || !findings.isEmpty();
    return ParsedOutput.of(failed ? CheckStatus.FAILED : CheckStatus.PASSED, findings);
  }
}
