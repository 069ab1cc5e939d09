package dev.agentworkbench.workspace.process;

import java.io.IOException;

/** The program to run is not installed or not on the PATH. */
public final class ProgramNotFoundException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String program;

  public ProgramNotFoundException(String program, Throwable cause) {
    super(
        "'"
            + program
            + "' is not installed or not on the PATH. Install it or set its path in the settings.",
        cause);
    this.program = program;
  }

  public String program() {
    return program;
  }
}
