package dev.agentworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentworkbench.testing.CliRun;
import dev.agentworkbench.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec commands run in-process, as a user would type them. */
class SpecCommandTest {
  @TempDir Path temp;
  Path project;
  Path agents;
  final ObjectMapper json = new ObjectMapper();

  /** What a run printed and returned. */
  @BeforeEach
  void setUp() {
    project = Fixtures.copy("agents/project", temp);
    agents = project.resolve(".claude/agents");
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void lintJsonListsFindingsAndExitsOneOnErrors() throws Exception {
    CliRun r = run("spec", "lint", agents.toString(), "--format", "json");
    assertEquals(ExitCode.PROBLEMS, r.code(), r.err());
    JsonNode array = json.readTree(r.out());
    assertTrue(array.isArray());
    JsonNode first = array.get(0);
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("file", "rule", "severity", "line", "column", "message"), fields);
    boolean heading = false;
    for (JsonNode n : array) {
      heading |=
          n.get("rule").asText().equals("FM003")
              && n.get("file").asText().endsWith("machine-learning-engineer.md")
              && n.get("line").asInt() == 4;
    }
    assertTrue(heading);
  }

  @Test
  void lintOfACleanFileExitsZero() {
    CliRun r = run("spec", "lint", agents.resolve("security/security-auditor.md").toString());
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("0 errors, 0 warnings"));
  }

  @Test
  void lintSarifIsVersion210() throws Exception {
    CliRun r = run("spec", "lint", agents.toString(), "--format", "sarif");
    JsonNode sarif = json.readTree(r.out());
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode result = sarif.get("runs").get(0).get("results").get(0);
    assertTrue(
        result
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region")
                .get("startLine")
                .asInt()
            >= 1);
  }

  @Test
  void lintFixRepairsInPlaceAndPrintsWhatChanged() throws Exception {
    Path seed = agents.resolve("machine-learning-engineer.md");
    CliRun r = run("spec", "lint", "--fix", seed.toString());
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("FM003 Move the heading below the frontmatter"));
    String text = Files.readString(seed);
    assertTrue(text.contains("## 🚨 CRITICAL: MANDATORY COMMIT ATTRIBUTION 🚨"));
    CliRun again = run("spec", "lint", seed.toString(), "--format", "json");
    assertEquals("[ ]", again.out().strip());
  }

  @Test
  void showJsonHasBothReadingsPoliciesAndDiagnostics() throws Exception {
    CliRun r =
        run("spec", "show", agents.resolve("machine-learning-engineer.md").toString(), "--json");
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode show = json.readTree(r.out());
    assertTrue(show.get("effective").get("loaded").asBoolean());
    assertTrue(show.get("intended").get("descriptionRecovered").asBoolean());
    assertEquals(5, show.get("policies").get("memory").get("tools").size());
    JsonNode checks = show.get("policies").get("checks").get("checks");
    assertEquals(6, checks.size());
    assertEquals("-ll", checks.get(4).get("argv").get(1).asText());
    assertEquals(
        "type(scope): description - @agent1 @agent2 @agent3",
        show.get("policies").get("attribution").get("subjectFormat").asText());
    assertTrue(show.get("diagnostics").size() > 20);
  }

  @Test
  void showSaysWhenAnAgentIsNotLoaded() throws Exception {
    CliRun r = run("spec", "show", agents.resolve("docs-writer.md").toString(), "--json");
    JsonNode effective = json.readTree(r.out()).get("effective");
    assertEquals(
        "The frontmatter is never closed, so Claude Code does not load this agent.",
        effective.get("notLoadedReason").asText());
  }

  @Test
  void listJsonShowsPrecedenceAndCounts() throws Exception {
    CliRun r = run("spec", "list", "--workspace", project.toString(), "--json");
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode list = json.readTree(r.out());
    boolean seedActive = false;
    for (JsonNode e : list) {
      if (e.get("name").asText().equals("machine-learning-engineer")) {
        seedActive = e.get("status").asText().equals("active") && e.get("warnings").asInt() == 23;
      }
      if (e.get("file").asText().endsWith("README.md")) {
        assertEquals("not-agent", e.get("status").asText());
      }
    }
    assertTrue(seedActive);
  }

  @Test
  void missingPathIsBadInput() {
    CliRun r = run("spec", "lint", temp.resolve("nope.md").toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("does not exist"));
  }
}
