package dev.agentworkbench.workspace.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {
  @TempDir Path dir;
  private final ProcessRunner runner = new ProcessRunner();

  @Test
  void timeoutKillsTheHungChildAndItsGrandchild() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to start a grandchild");
    Path pidFile = dir.resolve("grandchild.pid");
    ProcessResult result =
        runner.run(
            ProcessSpec.of(
                    "/bin/sh", "-c", "sleep 300 & echo $! > \"$0\"; wait", pidFile.toString())
                .withTimeout(Duration.ofSeconds(1)));

    assertTrue(result.timedOut());
    long grandchild = Long.parseLong(Files.readString(pidFile).trim());
    long deadline = System.currentTimeMillis() + 5_000;
    while (isRunning(grandchild) && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertFalse(isRunning(grandchild), "the grandchild (sleep 300) must be gone after the timeout");
    assertTrue(result.duration().toSeconds() < 30);
  }

  /** Alive and not a zombie: a killed process whose parent has not reaped it yet runs no more. */
  private static boolean isRunning(long pid) throws Exception {
    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return false;
    }
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.exists(stat)) {
      return true;
    }
    String text = Files.readString(stat);
    char state = text.charAt(text.lastIndexOf(')') + 2);
    return state != 'Z' && state != 'X';
  }

  @Test
  void argumentsWithSpacesNewlinesAndLeadingDashArriveIntact() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/printf")), "needs /usr/bin/printf");
    List<String> tricky = List.of("a b", "line1\nline2", "-dash", "--not-an-option", "$HOME", "*");
    ProcessResult result = runner.run(ProcessSpec.of("/usr/bin/printf", "[%s]").withFiles(tricky));

    assertEquals(0, result.exitCode());
    assertEquals(
        "[--][a b][line1\nline2][-dash][--not-an-option][$HOME][*]",
        result.stdoutText(),
        "file names come after --, each exactly as given, never through a shell");
  }

  @Test
  void toolsWithoutSeparatorGetDashFilesAsRelativePaths() {
    ProcessSpec spec =
        ProcessSpec.of("tool").withFiles(List.of("-x.py", "ok.py")).withoutSeparator();
    assertEquals(List.of("tool", "./-x.py", "ok.py"), spec.argv());
  }

  @Test
  void exitCodeIsKeptAsTheToolGaveIt() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    ProcessResult result =
        runner.run(ProcessSpec.of("/bin/sh", "-c", "echo out; echo err >&2; exit 5"));
    assertEquals(5, result.exitCode());
    assertEquals("out\n", result.stdoutText());
    assertEquals("err\n", result.stderrText());
    assertFalse(result.timedOut());
  }

  @Test
  void aMissingProgramIsReportedByName() {
    ProgramNotFoundException e =
        assertThrows(
            ProgramNotFoundException.class,
            () -> runner.run(ProcessSpec.of("no-such-tool-here-42", "--version")));
    assertEquals("no-such-tool-here-42", e.program());
    assertTrue(e.getMessage().contains("not installed"));
  }

  @Test
  void cancellationStopsARunningProcess() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sleep")), "needs /bin/sleep");
    ProcessRunner.Cancellation cancellation = new ProcessRunner.Cancellation();
    new Thread(
            () -> {
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              cancellation.cancel();
            })
        .start();
    ProcessResult result = runner.run(ProcessSpec.of("/bin/sleep", "60"), cancellation, s -> {});
    assertTrue(result.cancelled());
    assertTrue(result.duration().toSeconds() < 30);
  }

  @Test
  void hundredMegabytesOfOutputFitInASmallHeap() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/head")), "needs head and /dev/zero");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessResult result =
        runner.run(
            ProcessSpec.of(
                    java,
                    "-Xmx48m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    OutputFlood.class.getName())
                .withTimeout(Duration.ofMinutes(3)));

    assertEquals(0, result.exitCode(), result.stderrText());
    assertEquals("0 1048576 98951424", result.stdoutText().trim());
  }
}
