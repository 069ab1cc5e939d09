package dev.agentworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentworkbench.commit.ClaudeHomeFixture;
import dev.agentworkbench.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit command line, exactly as the issue spells it. */
class CommitCliTest {
  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void suggestPrintsAgentsWithReasonsAndFilesAsJson() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    CliRun r =
        run(
            "commit",
            "suggest",
            "--repo",
            s.repo().root().toString(),
            "--claude-home",
            s.claudeHome().toString(),
            "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(2, json.size());
    assertEquals("machine-learning-engineer", json.get(0).get("agent").asText());
    assertEquals("models/scorer.py", json.get(0).get("files").get(0).asText());
    assertEquals("security-auditor", json.get(1).get("agent").asText());
    assertEquals("api/token_guard.py", json.get(1).get("files").get(0).asText());
    assertTrue(json.get(1).get("reasons").get(0).asText().contains("transcript"));
  }

  @Test
  void commitWithAutoAgentsComposesTheAttributedSubject() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    CliRun r =
        run(
            "commit",
            "--repo",
            s.repo().root().toString(),
            "--type",
            "fix",
            "--scope",
            "models",
            "--message",
            "retune threshold",
            "--auto-agents",
            "--claude-home",
            s.claudeHome().toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "fix(models): retune threshold - @machine-learning-engineer @security-auditor",
        s.repo().git("log", "-1", "--format=%s").strip());
    assertTrue(r.out().contains("fix(models): retune threshold"));
  }

  @Test
  void commitWithNamedAgentsAndBody() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    CliRun r =
        run(
            "commit",
            "--repo",
            s.repo().root().toString(),
            "--type",
            "config",
            "--message",
            "tune",
            "--agents",
            "a,@b",
            "--body",
            "Why it matters.");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "config: tune - @a @b\n\nWhy it matters.\n",
        s.repo().git("log", "-1", "--format=%B").replaceAll("\n+$", "\n"));
  }

  @Test
  void commitWithoutAgentsIsRefused() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    CliRun r =
        run("commit", "--repo", s.repo().root().toString(), "--type", "fix", "--message", "x");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("No agent is credited"), r.err());
  }

  @Test
  void commitMsgCheckExitsOneWithReasons() throws Exception {
    Path file = temp.resolve("MSG");
    Files.writeString(file, "fix: x\n");
    var s = ClaudeHomeFixture.create(temp);
    CliRun bad = run("commit-msg", "check", file.toString(), "--repo", s.repo().root().toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("No agent is credited"), bad.err());
    Files.writeString(file, "fix: x - @security-auditor\n");
    CliRun good = run("commit-msg", "check", file.toString(), "--repo", s.repo().root().toString());
    assertEquals(0, good.code(), good.err());
  }

  @Test
  void commitMsgCheckReadsAFileOrStandardInputWithoutRepo() throws Exception {
    Path file = temp.resolve("MSG");
    Files.writeString(file, "feat(x): y - @anyone\n");
    java.io.InputStream saved = System.in;
    CliRun good = run("commit-msg", "check", file.toString());
    assertEquals(0, good.code(), good.err());
    System.setIn(new java.io.ByteArrayInputStream("nope".getBytes()));
    try {
      CliRun bad = run("commit-msg", "check", "-");
      assertEquals(1, bad.code());
      assertTrue(bad.err().contains("must look like"), bad.err());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void hooksInstallWritesTheHook() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    CliRun r = run("hooks", "install", "--repo", s.repo().root().toString());
    assertEquals(0, r.code(), r.err());
    Path hook = s.repo().root().resolve(".git/hooks/commit-msg");
    assertTrue(Files.readString(hook).contains("commit-msg check"));
  }

  @Test
  void outsideARepositoryIsAUsageError() {
    CliRun r = run("commit", "suggest", "--repo", temp.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("not inside a git repository"), r.err());
  }
}
