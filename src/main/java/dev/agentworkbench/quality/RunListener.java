package dev.agentworkbench.quality;

/** Hears about runs as they go: status changes and live output. Called from worker threads. */
public interface RunListener {
  void updated(CheckResult result);

  default void output(String check, String chunk) {}

  RunListener NONE = result -> {};
}
