package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.workspace.process.ProcessResult;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.process.ProcessSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashDuringSaveTest {
  @TempDir Path root;

  @Test
  void killingTheWriterMidSaveLeavesEveryNoteWhole() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessSpec spec =
        ProcessSpec.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                NoteWriterLoop.class.getName(),
                root.toString())
            .withoutSeparator()
            .withTimeout(Duration.ofSeconds(8));
    ProcessResult result = new ProcessRunner().run(spec);
    assertTrue(result.timedOut(), "the writer was killed while writing: " + result.stderrText());
    assertTrue(result.stdoutText().contains("writing"), result.stderrText());
    List<Path> notes;
    try (Stream<Path> files = Files.list(root.resolve("crash"))) {
      notes = files.filter(p -> p.toString().endsWith(".md")).toList();
    }
    assertTrue(!notes.isEmpty(), "some notes were written before the kill");
    for (Path note : notes) {
      String text = Files.readString(note);
      assertTrue(text.startsWith("---\ntitle: Note "), note.toString());
      assertTrue(text.endsWith("\nend\n"), note + " is cut short");
      assertEquals(20_000, text.split("version ", -1).length - 1, note + " mixes versions");
    }
  }
}
