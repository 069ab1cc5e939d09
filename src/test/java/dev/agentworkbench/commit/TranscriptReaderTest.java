package dev.agentworkbench.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transcript edge cases: Task spawns, failed edits, relative paths, old inline sidechains. */
class TranscriptReaderTest {
  @TempDir Path temp;

  private static String line(String body) {
    return "{" + body + "}\n";
  }

  private Path repo() throws Exception {
    Path repo = temp.resolve("repo");
    Files.createDirectories(repo.resolve("src"));
    return repo.toRealPath();
  }

  private Path session(Path repo, String... lines) throws Exception {
    Path home = temp.resolve("home");
    Path folder = home.resolve("projects").resolve(ClaudeHomeFixture.encode(repo.toString()));
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("s1.jsonl"), String.join("", lines));
    return home;
  }

  private static String envelope(Path cwd, String uuid, String parent, boolean side, String time) {
    return "\"cwd\":\""
        + cwd
        + "\",\"sessionId\":\"s1\",\"uuid\":\""
        + uuid
        + "\",\"parentUuid\":"
        + (parent == null ? "null" : "\"" + parent + "\"")
        + ",\"isSidechain\":"
        + side
        + ",\"timestamp\":\""
        + time
        + "\"";
  }

  private static String toolUse(String id, String name, String input) {
    return "\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"tool_use\",\"id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"input\":{"
        + input
        + "}}]}";
  }

  private static String result(String id, boolean error) {
    return "\"type\":\"user\",\"message\":{\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\""
        + id
        + "\",\"is_error\":"
        + error
        + ",\"content\":\"done\"}]}";
  }

  @Test
  void oldInlineSidechainsSpawnedByTaskAreLinkedThroughTheirPrompt() throws Exception {
    Path repo = repo();
    String t = "2026-09-14T10:00:00Z";
    Path home =
        session(
            repo,
            line(
                envelope(repo, "u1", null, false, t)
                    + ","
                    + toolUse(
                        "task1",
                        "Task",
                        "\"subagent_type\":\"Code Reviewer\",\"prompt\":\"review it\"")),
            line(
                envelope(repo, "s1", null, true, t)
                    + ",\"type\":\"user\",\"message\":{\"content\":\"review it\"}"),
            line(
                envelope(repo, "s2", "s1", true, t)
                    + ","
                    + toolUse("e1", "MultiEdit", "\"file_path\":\"src/a.py\",\"edits\":[]")),
            line(envelope(repo, "s3", "s2", true, t) + "," + result("e1", false)),
            line(
                envelope(repo, "s4", "s3", true, t)
                    + ","
                    + toolUse("e2", "Write", "\"file_path\":\"" + repo + "/src/rejected.py\"")),
            line(envelope(repo, "s5", "s4", true, t) + "," + result("e2", true)),
            line(
                envelope(repo, "u2", "u1", false, t)
                    + ","
                    + toolUse("e3", "NotebookEdit", "\"notebook_path\":\"" + repo + "/nb.ipynb\"")),
            line(envelope(repo, "u3", "u2", false, t) + "," + result("e3", false)));

    List<AgentEdit> edits = new TranscriptReader(home).edits(repo, Optional.empty());

    assertEquals(2, edits.size());
    assertEquals(Optional.of("code-reviewer"), edits.get(0).agent());
    assertEquals(repo.resolve("src/a.py"), edits.get(0).file());
    assertEquals("MultiEdit", edits.get(0).tool());
    assertEquals(Optional.empty(), edits.get(1).agent(), "main session");
    assertEquals("NotebookEdit", edits.get(1).tool());

    AgentSuggester suggester =
        new AgentSuggester()
            .transcripts(
                edits, repo, java.util.Set.of("src/a.py", "nb.ipynb"), Optional.of("lead"));
    assertEquals(
        List.of("code-reviewer", "lead"),
        suggester.result().stream().map(AgentSuggestion::agent).toList());
  }

  @Test
  void editsBeforeTheCutOffAreLeftOut() throws Exception {
    Path repo = repo();
    Path home =
        session(
            repo,
            line(
                envelope(repo, "u1", null, false, "2026-09-14T10:00:00Z")
                    + ","
                    + toolUse("e1", "Edit", "\"file_path\":\"src/a.py\"")),
            line(
                envelope(repo, "u2", "u1", false, "2026-09-14T10:00:01Z")
                    + ","
                    + result("e1", false)));
    assertEquals(
        List.of(),
        new TranscriptReader(home).edits(repo, Optional.of(Instant.parse("2026-09-15T00:00:00Z"))));
    assertEquals(1, new TranscriptReader(home).edits(repo, Optional.empty()).size());
  }
}
