package dev.agentworkbench.ui.memory;

import java.util.ArrayDeque;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Builds a view in small steps, a few milliseconds of them per pulse, so that no single pulse has
 * to create, style and lay out a whole note: the top shows at once, the rest follows frame by
 * frame.
 */
final class PulsedBuild extends AnimationTimer {
  /** Time spent creating nodes per pulse; styling and layout of them follow in the same pulse. */
  private static final long BUDGET_NANOS = 4_000_000;

  private final ArrayDeque<Runnable> steps = new ArrayDeque<>();

  /** Drops the steps left of the previous build, runs a first share now and the rest per pulse. */
  void restart(List<Runnable> next) {
    steps.clear();
    steps.addAll(next);
    runShare();
    if (steps.isEmpty()) {
      stop();
    } else {
      start();
    }
  }

  /** Whether every step has run. */
  boolean done() {
    return steps.isEmpty();
  }

  /** Runs every step left now (for a caller that needs the whole view). */
  void finish() {
    while (!steps.isEmpty()) {
      steps.poll().run();
    }
    stop();
  }

  @Override
  public void handle(long now) {
    runShare();
    if (steps.isEmpty()) {
      stop();
    }
  }

  private void runShare() {
    long start = System.nanoTime();
    while (!steps.isEmpty() && System.nanoTime() - start < BUDGET_NANOS) {
      steps.poll().run();
    }
  }
}
