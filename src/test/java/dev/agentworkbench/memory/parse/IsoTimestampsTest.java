package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * created/modified values read as Python's {@code datetime.fromisoformat} reads them (basic-memory
 * runs on Python 3.11 or later): compared with python3 itself where it is installed.
 */
class IsoTimestampsTest {
  private static final List<String> VALUES =
      List.of(
          "2025-03-14",
          "20250314",
          "2025-03-14T10",
          "2025-03-14T1030",
          "2025-03-14 10:30",
          "2025-03-14T10:00:00",
          "2025-03-14T10:00:00Z",
          "2025-03-14T10:00:00+0530",
          "2025-03-14T10:00:00+05:30",
          "2025-03-14T10:00:00-08",
          "2025-03-14T10:00:00.5",
          "2025-03-14T10:00:00,25",
          "2025-03-14T10:00:00.1234567Z",
          "2025-03-14x10:30:15",
          "2025-W11-5",
          "2025W115",
          "2025-W11",
          "2020-W53-7", // (a week 53 of a 52-week year is read by some Pythons only: left out)
          "2025-02-30",
          "2025-3-4",
          "2025-03-14T25:00",
          "soon",
          "");

  @Test
  void readsWhatPythonsFromisoformatReads() throws Exception {
    List<String> mine = new ArrayList<>();
    for (String v : VALUES) {
      mine.add(
          IsoTimestamps.parse(v, ZoneOffset.UTC)
              .map(i -> Long.toString(i.getEpochSecond()) + "." + i.getNano() / 1000)
              .orElse("ERROR"));
    }
    String script =
        "import sys\n"
            + "from datetime import datetime, timezone\n"
            + "for v in sys.argv[1:]:\n"
            + "    try:\n"
            + "        d = datetime.fromisoformat(v)\n"
            + "        d = d if d.tzinfo else d.replace(tzinfo=timezone.utc)\n"
            + "        print('%d.%d' % (d.timestamp() // 1, d.microsecond))\n"
            + "    except Exception:\n"
            + "        print('ERROR')\n";
    List<String> command = new ArrayList<>(List.of("python3", "-c", script));
    command.addAll(VALUES);
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "python3 is not installed");
      return;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    assumeTrue(p.exitValue() == 0, "python3 did not run: " + out);
    String version =
        new String(
            new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info >= (3, 11))")
                .start()
                .getInputStream()
                .readAllBytes(),
            StandardCharsets.UTF_8);
    assumeTrue(version.strip().equals("True"), "python3 is older than 3.11");
    assertEquals(String.join("\n", mine), out.strip().replace("\r", ""));
  }
}
