package dev.agentworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentworkbench.quality.PyRepo;
import dev.agentworkbench.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench check} as a script sees it: JSON and SARIF on stdout, exit codes. */
class CheckCommandTest {
  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void jsonReportHasTheContractFieldsAndExitsOneOnFailure() throws Exception {
    assumeTrue(PyRepo.canRun("black") && PyRepo.onPath("bandit"), "black or bandit not installed");
    Path repo = PyRepo.create(temp.resolve("repo"));
    CliRun r =
        run("check", "--repo", repo.toString(), "--format", "json", "--check", "black", "bandit");
    assertEquals(1, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("changed", json.get("scope").asText());
    assertEquals(6, json.get("files").size());
    List<String> names = new ArrayList<>();
    for (JsonNode c : json.get("checks")) {
      names.add(c.get("name").asText());
      for (String field : List.of("name", "tool", "status", "version", "duration_ms", "findings")) {
        assertTrue(c.has(field), field);
      }
      for (JsonNode f : c.get("findings")) {
        for (String field :
            List.of("tool", "rule", "severity", "file", "line", "column", "message")) {
          assertTrue(f.has(field), field);
        }
      }
      assertEquals("failed", c.get("status").asText());
    }
    assertEquals(List.of("black", "bandit"), names);
  }

  @Test
  void sarifHasOneRunPerToolAndEncodesSpaces() throws Exception {
    assumeTrue(PyRepo.canRun("bandit") && PyRepo.onPath("isort"), "bandit or isort not installed");
    Path repo = PyRepo.create(temp.resolve("repo"));
    CliRun r =
        run("check", "--repo", repo.toString(), "--format", "sarif", "--check", "bandit", "isort");
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertEquals("2.1.0", sarif.get("version").asText());
    assertEquals(2, sarif.get("runs").size());
    assertTrue(r.out().contains("src/data%20loader.py"), r.out());
  }

  @Test
  void specScopeWithNoPythonChangesIsNothingToCheckAndExitsZero() throws Exception {
    assumeTrue(PyRepo.canRun("black"), "black not installed");
    Path repo = PyRepo.create(temp.resolve("repo"));
    Files.writeString(
        repo.resolve("src/scorer.py"),
        "\"\"\"Fraud scoring.\"\"\"\n\nDEFAULT_THRESHOLD = 0.5\n\n\ndef score(amount: float) -> float:\n    return min(amount / 10000.0, 1.0)\n");
    CliRun r =
        run(
            "check",
            "--repo",
            repo.toString(),
            "--scope",
            "spec",
            "--format",
            "json",
            "--check",
            "black");
    assertEquals(0, r.code(), r.out() + r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("[\"README.md\"]", json.get("files").toString());
    assertEquals("nothing_to_check", json.get("checks").get(0).get("status").asText());
  }

  @Test
  void badUsageExitsTwoWithAMessage() throws Exception {
    assumeTrue(PyRepo.onPath("git") && PyRepo.onPath("bash"), "git not installed");
    Path repo = PyRepo.create(temp.resolve("repo"));
    CliRun scope = run("check", "--repo", repo.toString(), "--scope", "everything");
    assertEquals(2, scope.code());
    assertTrue(scope.err().contains("unknown scope 'everything'"));
    CliRun format = run("check", "--repo", repo.toString(), "--format", "xml");
    assertEquals(2, format.code());
    CliRun check = run("check", "--repo", repo.toString(), "--check", "mypy");
    assertEquals(2, check.code());
    assertTrue(check.err().contains("no check named 'mypy'"), check.err());
    Path plain = Files.createDirectories(temp.resolve("plain"));
    CliRun notRepo = run("check", "--repo", plain.toString());
    assertEquals(2, notRepo.code());
    assertTrue(notRepo.err().contains("not inside a git repository"));
  }
}
