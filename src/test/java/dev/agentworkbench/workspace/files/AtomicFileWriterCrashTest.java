package dev.agentworkbench.workspace.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL at random moments while it saves 100 files over and over, and
 * checks after every kill that each file holds one whole version, never a partial one.
 */
class AtomicFileWriterCrashTest {
  private static final int FILES = 100;
  private static final int KILLS = 12;

  @TempDir Path dir;

  static String name(int i) {
    return "note-" + i + ".md";
  }

  /** Version v of file i: a header naming both, then about 64 KiB whose length depends on v. */
  static byte[] content(int version, int i) {
    String line = "version " + version + " file " + i + " " + "x".repeat(40) + "\n";
    return line.repeat(64 * 1024 / line.length() + version % 7).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyFileIsOneWholeVersionAfterAKillMidSave() throws Exception {
    for (int i = 0; i < FILES; i++) {
      Files.write(dir.resolve(name(i)), content(0, i));
    }
    Random random = new Random(42);
    int version = 0;
    int killsBetweenVersions = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process child = startChild(version);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String first = out.readLine();
        assertTrue("ready".equals(first), "child did not start: " + first);
        Thread.sleep(20 + random.nextInt(400));
        assertTrue(child.isAlive(), "the child saves until it is killed");
        child.destroyForcibly(); // SIGKILL on Linux and macOS
        child.waitFor(30, TimeUnit.SECONDS);
      }
      Set<Integer> versions = new HashSet<>();
      for (int i = 0; i < FILES; i++) {
        byte[] actual = Files.readAllBytes(dir.resolve(name(i)));
        int v = versionOf(actual, i);
        assertArrayEquals(
            content(v, i), actual, "after kill " + kill + ": " + name(i) + " is partial");
        versions.add(v);
        version = Math.max(version, v);
      }
      if (versions.size() > 1) {
        killsBetweenVersions++;
      }
    }
    assertTrue(
        killsBetweenVersions > 0, "some kills must land in the middle of a pass over the files");
  }

  private static int versionOf(byte[] bytes, int file) {
    String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8);
    String[] words = head.split(" ");
    assertTrue(
        words.length > 3 && words[0].equals("version") && words[3].equals(Integer.toString(file)),
        name(file) + " starts with something else: " + head);
    return Integer.parseInt(words[1]);
  }

  private Process startChild(int version) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CrashingWriter.class.getName(),
            dir.toString(),
            Integer.toString(version),
            Integer.toString(FILES))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
