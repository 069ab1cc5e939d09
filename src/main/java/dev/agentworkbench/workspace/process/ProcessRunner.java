package dev.agentworkbench.workspace.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one way this app starts external programs: an argument list (never a shell), {@code --}
 * before file names, a timeout that kills the whole process tree, output captured up to a limit.
 */
public final class ProcessRunner {

  /** A handle to stop a running process from another thread. */
  public static final class Cancellation {
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile Process process;

    public void cancel() {
      requested.set(true);
      Process p = process;
      if (p != null) {
        killTree(p);
      }
    }

    public boolean isCancelled() {
      return requested.get();
    }

    void attach(Process p) {
      process = p;
      if (requested.get()) {
        killTree(p);
      }
    }
  }

  public ProcessResult run(ProcessSpec spec) throws IOException, InterruptedException {
    return run(spec, new Cancellation(), chunk -> {});
  }

  /**
   * Runs to completion, timeout or cancellation.
   *
   * @param liveOutput receives stdout text as it arrives (for live views); may be a no-op
   */
  public ProcessResult run(ProcessSpec spec, Cancellation cancellation, Consumer<String> liveOutput)
      throws IOException, InterruptedException {
    List<String> argv = spec.argv();
    ProcessBuilder builder = new ProcessBuilder(argv);
    spec.workingDirectory().ifPresent(dir -> builder.directory(dir.toFile()));
    builder.environment().putAll(spec.environment());
    Instant start = Instant.now();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains("error=2")) {
        throw new ProgramNotFoundException(argv.get(0), e);
      }
      throw e;
    }
    cancellation.attach(process);
    BoundedSink out = new BoundedSink(spec.maxOutputBytes());
    BoundedSink err = new BoundedSink(spec.maxOutputBytes());
    CompletableFuture<Void> outPump = pump(process.getInputStream(), out, liveOutput);
    CompletableFuture<Void> errPump = pump(process.getErrorStream(), err, chunk -> {});
    feedStdin(process, spec);
    boolean finished = process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
    boolean timedOut = !finished;
    if (timedOut) {
      killTree(process);
      process.waitFor(10, TimeUnit.SECONDS);
    } else {
      // The program is gone; children it left behind that keep its pipes open die with it.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
    }
    awaitPump(outPump);
    awaitPump(errPump);
    return new ProcessResult(
        argv,
        process.exitValue(),
        out.bytes(),
        err.bytes(),
        out.dropped,
        err.dropped,
        timedOut,
        cancellation.isCancelled(),
        Duration.between(start, Instant.now()));
  }

  private static void feedStdin(Process process, ProcessSpec spec) {
    CompletableFuture.runAsync(
        () -> {
          try (OutputStream in = process.getOutputStream()) {
            if (spec.stdin().isPresent()) {
              in.write(spec.stdin().get());
            }
          } catch (IOException e) {
            // The program closed its input early; it did not want what was left.
          }
        });
  }

  static void killTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    // Grandchildren started between the two calls above.
    process.descendants().forEach(ProcessHandle::destroyForcibly);
  }

  private static CompletableFuture<Void> pump(
      InputStream stream, BoundedSink sink, Consumer<String> live) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[64 * 1024];
              try (stream) {
                int n;
                while ((n = stream.read(buffer)) >= 0) {
                  sink.accept(buffer, n);
                  live.accept(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                }
                done.complete(null);
              } catch (IOException e) {
                done.completeExceptionally(new UncheckedIOException(e));
              }
            },
            "process-output");
    thread.setDaemon(true);
    thread.start();
    return done;
  }

  private static void awaitPump(CompletableFuture<Void> pump) throws InterruptedException {
    try {
      pump.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      // Output after the process ended is lost only when a stray descendant holds the pipe.
    }
  }

  /** Keeps the first {@code limit} bytes and counts the rest. */
  private static final class BoundedSink {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    BoundedSink(int limit) {
      this.limit = limit;
    }

    synchronized void accept(byte[] buffer, int length) {
      int room = Math.max(0, limit - kept.size());
      int take = Math.min(room, length);
      kept.write(buffer, 0, take);
      dropped += length - take;
    }

    synchronized byte[] bytes() {
      return kept.toByteArray();
    }
  }
}
