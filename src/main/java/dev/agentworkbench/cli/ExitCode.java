package dev.agentworkbench.cli;

/** The exit codes every command keeps: 0 success, 1 problems found, 2 bad usage or bad input. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int PROBLEMS = 1;
  public static final int USAGE = 2;

  private ExitCode() {}
}
