package dev.agentworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WorkbenchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return WorkbenchCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void helpListsEveryCommandGroup() {
    assertEquals(0, run("--help"));
    for (String group : new String[] {"spec", "memory", "check", "commit-msg", "commit", "hooks"}) {
      assertTrue(out.toString().contains(group), "help names " + group + ":\n" + out);
    }
  }

  @Test
  void versionNamesTheApp() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().startsWith("Agent Workbench "));
  }

  @Test
  void anUnknownCommandIsBadUsageWithAHint() {
    assertEquals(ExitCode.USAGE, run("frobnicate"));
    assertTrue(err.toString().contains("--help"), err.toString());
    assertEquals("", out.toString(), "messages go to stderr, never stdout");
  }
}
