package dev.agentworkbench.quality.run;

import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.RunListener;
import dev.agentworkbench.quality.plan.PlannedCheck;
import dev.agentworkbench.workspace.process.ProcessRunner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where runs happen: read-only checks in parallel, fixers one at a time. A newer run of a check
 * cancels the older one, whose result is then dropped (the listener never hears it).
 */
public final class CheckScheduler implements AutoCloseable {
  private final ExecutorService checks;
  private final ExecutorService fixers;
  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final AtomicLong generations = new AtomicLong();

  private record Running(long generation, ProcessRunner.Cancellation cancellation) {}

  public CheckScheduler(int parallelism) {
    this.checks = Executors.newFixedThreadPool(Math.max(1, parallelism), daemon("quality-check"));
    this.fixers = Executors.newSingleThreadExecutor(daemon("quality-fix"));
  }

  /** Queues a check; the future completes with its result (CANCELLED when superseded). */
  public CompletableFuture<CheckResult> submit(
      PlannedCheck check, List<String> files, CheckRunner runner, RunListener listener) {
    long generation = generations.incrementAndGet();
    ProcessRunner.Cancellation cancellation = new ProcessRunner.Cancellation();
    Running previous = running.put(check.name(), new Running(generation, cancellation));
    if (previous != null) {
      previous.cancellation().cancel();
    }
    String source = check.provenance().describe();
    listener.updated(
        CheckResult.without(
            check.name(), check.tool(), CheckStatus.QUEUED, source, Optional.empty()));
    return CompletableFuture.supplyAsync(
        () -> {
          if (!isCurrent(check.name(), generation) || cancellation.isCancelled()) {
            return cancelled(check, source);
          }
          listener.updated(
              CheckResult.without(
                  check.name(), check.tool(), CheckStatus.RUNNING, source, Optional.empty()));
          CheckResult result;
          try {
            result =
                runner.run(
                    check, files, cancellation, chunk -> listener.output(check.name(), chunk));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = cancelled(check, source);
          }
          if (isCurrent(check.name(), generation)) {
            running.remove(check.name(), new Running(generation, cancellation));
            listener.updated(result);
          }
          return result;
        },
        checks);
  }

  private static CheckResult cancelled(PlannedCheck check, String source) {
    return CheckResult.without(
        check.name(), check.tool(), CheckStatus.CANCELLED, source, Optional.of("Cancelled."));
  }

  private boolean isCurrent(String name, long generation) {
    Running r = running.get(name);
    return r != null && r.generation() == generation;
  }

  /** Runs a fixer in the one-at-a-time lane. */
  public <T> CompletableFuture<T> fix(Callable<T> work) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return work.call();
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        },
        fixers);
  }

  /** Stops the check's current run; its status becomes cancelled. */
  public void cancel(String check) {
    Running r = running.get(check);
    if (r != null) {
      r.cancellation().cancel();
    }
  }

  public void cancelAll() {
    running.values().forEach(r -> r.cancellation().cancel());
  }

  public boolean isRunning(String check) {
    return running.containsKey(check);
  }

  @Override
  public void close() {
    cancelAll();
    checks.shutdownNow();
    fixers.shutdownNow();
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
