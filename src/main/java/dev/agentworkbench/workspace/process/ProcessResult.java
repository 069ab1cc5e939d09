package dev.agentworkbench.workspace.process;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * How a process ended: its exit code (kept as is: each tool gives it its own meaning), what it
 * printed (up to the limit), and whether it was killed for running too long or cancelled.
 */
public record ProcessResult(
    List<String> argv,
    int exitCode,
    byte[] stdout,
    byte[] stderr,
    long stdoutDroppedBytes,
    long stderrDroppedBytes,
    boolean timedOut,
    boolean cancelled,
    Duration duration) {

  public String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  public String stderrText() {
    return new String(stderr, StandardCharsets.UTF_8);
  }

  public boolean outputTruncated() {
    return stdoutDroppedBytes > 0 || stderrDroppedBytes > 0;
  }
}
