package dev.agentworkbench.workspace.process;

import java.time.Duration;

/** Child JVM for {@link ProcessRunnerTest}: captures 100 MB of output in a small heap. */
public final class OutputFlood {
  private OutputFlood() {}

  public static void main(String[] args) throws Exception {
    ProcessResult result =
        new ProcessRunner()
            .run(
                ProcessSpec.of("head", "-c", "100000000", "/dev/zero")
                    .withMaxOutputBytes(1024 * 1024)
                    .withTimeout(Duration.ofMinutes(2)));
    System.out.println(
        result.exitCode() + " " + result.stdout().length + " " + result.stdoutDroppedBytes());
  }
}
