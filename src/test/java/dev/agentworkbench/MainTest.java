package dev.agentworkbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void noArgumentsOrOnlyDesktopOptionsOpenTheApp() {
    assertTrue(Main.isDesktopLaunch(List.of()));
    assertTrue(Main.isDesktopLaunch(List.of("--workspace", "/tmp/x")));
    assertTrue(Main.isDesktopLaunch(List.of("--workspace=/tmp/x", "--startup-report")));
  }

  @Test
  void anythingElseRunsTheCommandLine() {
    assertFalse(Main.isDesktopLaunch(List.of("--help")));
    assertFalse(Main.isDesktopLaunch(List.of("spec", "lint", "x.md")));
    assertFalse(Main.isDesktopLaunch(List.of("--workspace", "/tmp/x", "spec", "list")));
    assertFalse(Main.isDesktopLaunch(List.of("--workspace")));
  }
}
