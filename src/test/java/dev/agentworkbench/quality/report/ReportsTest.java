package dev.agentworkbench.quality.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.QualityReport;
import dev.agentworkbench.quality.Scope;
import dev.agentworkbench.quality.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON and SARIF the CLI prints, from a report with a failure and a missing tool. */
class ReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static QualityReport report() {
    CheckResult bandit =
        new CheckResult(
            "bandit",
            "bandit",
            CheckStatus.FAILED,
            Optional.of("1.6.2"),
            Duration.ofMillis(1234),
            List.of(
                Finding.of("bandit", "B301", Severity.WARNING, "src/data loader.py", 6, 0, "pickle")
                    .withHelpUrl("https://bandit.readthedocs.io/b301")),
            List.of("src/data loader.py"),
            Map.of(),
            Optional.empty(),
            "",
            Instant.now(),
            "seed default");
    CheckResult ruff =
        CheckResult.without(
            "ruff",
            "ruff",
            CheckStatus.NOT_INSTALLED,
            "seed default",
            Optional.of("ruff is not installed. Install ruff: pip install ruff"));
    return new QualityReport(
        Scope.CHANGED, List.of("README.md", "src/data loader.py"), List.of(bandit, ruff));
  }

  @Test
  void jsonHasTheContractShape() throws Exception {
    JsonNode json = JSON.readTree(JsonReport.write(report()));
    assertEquals("changed", json.get("scope").asText());
    JsonNode bandit = json.get("checks").get(0);
    assertEquals("failed", bandit.get("status").asText());
    assertEquals(1234, bandit.get("duration_ms").asLong());
    assertEquals("1.6.2", bandit.get("version").asText());
    JsonNode f = bandit.get("findings").get(0);
    assertEquals("warning", f.get("severity").asText());
    assertEquals(6, f.get("line").asInt());
    JsonNode ruff = json.get("checks").get(1);
    assertEquals("not_installed", ruff.get("status").asText());
    assertTrue(ruff.get("version").isNull());
    assertTrue(ruff.get("message").asText().contains("pip install ruff"));
  }

  @Test
  void sarifHasOneRunPerToolAndSaysWhichToolDidNotRun() throws Exception {
    JsonNode sarif = JSON.readTree(SarifReport.write(report()));
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode runs = sarif.get("runs");
    assertEquals(2, runs.size());
    JsonNode result = runs.get(0).get("results").get(0);
    assertEquals("B301", result.get("ruleId").asText());
    assertEquals("warning", result.get("level").asText());
    assertEquals(
        "src/data%20loader.py",
        result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(
        "https://bandit.readthedocs.io/b301",
        runs.get(0).at("/tool/driver/rules/0/helpUri").asText());
    assertTrue(runs.get(0).at("/invocations/0/executionSuccessful").asBoolean());
    assertFalse(runs.get(1).at("/invocations/0/executionSuccessful").asBoolean());
  }

  @Test
  void textNamesEachCheckAndItsFindings() {
    String text = TextReport.write(report());
    assertTrue(text.contains("src/data loader.py:6 warning [B301] pickle"), text);
    assertTrue(text.contains("not installed"), text);
  }
}
