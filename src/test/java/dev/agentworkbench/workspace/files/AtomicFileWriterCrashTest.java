package dev.agentworkbench.workspace.files;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL at random points while it saves 100 files, many times over, and
 * checks that every file holds one whole version afterwards, never a partial one.
 */
class AtomicFileWriterCrashTest {
  private static final int FILES = 100;
  private static final int ROUNDS = 12;

  @TempDir Path dir;

  static String name(int i) {
    return "note-" + i + ".md";
  }

  /** A version of file i in round r: about 64 KiB whose every line names its round and file. */
  static byte[] content(int round, int i) {
    String line = "round " + round + " file " + i + " " + "x".repeat(40) + "\n";
    return line.repeat(64 * 1024 / line.length() + round).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyFileIsOldOrNewAfterAKillMidSave() throws Exception {
    for (int i = 0; i < FILES; i++) {
      Files.write(dir.resolve(name(i)), content(0, i));
    }
    int[] version = new int[FILES];
    Random random = new Random(42);
    int killedMidway = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      Process child = startChild(round);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String first = out.readLine();
        assertTrue("ready".equals(first), "child did not start: " + first);
        Thread.sleep(random.nextInt(250));
        child.destroyForcibly(); // SIGKILL on Linux and macOS
        child.waitFor(30, TimeUnit.SECONDS);
      }
      int updated = 0;
      for (int i = 0; i < FILES; i++) {
        byte[] actual = Files.readAllBytes(dir.resolve(name(i)));
        if (Arrays.equals(actual, content(round, i))) {
          version[i] = round;
          updated++;
        } else if (!Arrays.equals(actual, content(version[i], i))) {
          fail(
              "round "
                  + round
                  + ": "
                  + name(i)
                  + " is neither the old nor the new version ("
                  + actual.length
                  + " bytes)");
        }
      }
      if (updated > 0 && updated < FILES) {
        killedMidway++;
      }
    }
    assertTrue(killedMidway > 0, "at least one kill must land in the middle of the saves");
  }

  private Process startChild(int round) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CrashingWriter.class.getName(),
            dir.toString(),
            Integer.toString(round),
            Integer.toString(FILES))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
