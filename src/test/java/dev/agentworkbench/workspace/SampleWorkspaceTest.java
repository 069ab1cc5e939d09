package dev.agentworkbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkspaceTest {
  @TempDir Path dir;

  @Test
  void sampleHasASpecNotesAndAnUncommittedPythonChange() throws Exception {
    Workspace ws = SampleWorkspace.create(dir, new UserEnvironment(dir, Map.of()));

    Path repo = ws.repositoryRoot().orElseThrow();
    assertTrue(Files.isRegularFile(repo.resolve(".claude/agents/machine-learning-engineer.md")));
    assertTrue(ws.hasProjectAgents());
    NotesProject notes = ws.notes().defaultNotesProject();
    assertEquals("sample", notes.name());
    assertTrue(Files.isRegularFile(notes.root().resolve("ml/Fraud Model Baseline.md")));
    try (Git git = Git.open(repo.toFile())) {
      var status = git.status().call();
      assertEquals(java.util.Set.of("src/scorer.py"), status.getModified());
      assertTrue(
          git.log()
              .call()
              .iterator()
              .next()
              .getFullMessage()
              .endsWith("@machine-learning-engineer"));
    }
  }
}
