package dev.agentworkbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentworkbench.workspace.UserEnvironment.OperatingSystem;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the app keeps its settings on Linux, macOS and Windows; run on any platform. */
class UserEnvironmentTest {
  private static final Path HOME = Path.of("home-of-dana");

  @Test
  void theHomeIsTheOneTheEnvironmentNamesAsPythonNodeAndGitTakeIt() {
    assertEquals(
        Path.of("/tmp/ci-home"),
        UserEnvironment.homeFrom(Map.of("HOME", "/tmp/ci-home"), "/root", OperatingSystem.LINUX));
    assertEquals(
        Path.of("/root"), UserEnvironment.homeFrom(Map.of(), "/root", OperatingSystem.LINUX));
    assertEquals(
        Path.of("/root"),
        UserEnvironment.homeFrom(Map.of("HOME", " "), "/root", OperatingSystem.MACOS));
    assertEquals(
        Path.of("/root"),
        UserEnvironment.homeFrom(Map.of("HOME", "relative"), "/root", OperatingSystem.LINUX));
  }

  @Test
  void osNamesMapToTheThreeDesktops() {
    assertEquals(OperatingSystem.LINUX, OperatingSystem.named("Linux"));
    assertEquals(OperatingSystem.MACOS, OperatingSystem.named("Mac OS X"));
    assertEquals(OperatingSystem.WINDOWS, OperatingSystem.named("Windows 11"));
    assertEquals(OperatingSystem.WINDOWS, OperatingSystem.named("Windows Server 2022"));
    assertEquals(OperatingSystem.LINUX, OperatingSystem.named("FreeBSD"));
  }

  @Test
  void linuxUsesXdgConfigHomeElseDotConfig() {
    assertEquals(
        HOME.resolve(".config").resolve("agent-workbench"),
        env(OperatingSystem.LINUX, Map.of()).appHome());
    assertEquals(
        Path.of("xdg").resolve("agent-workbench"),
        env(OperatingSystem.LINUX, Map.of("XDG_CONFIG_HOME", "xdg")).appHome());
  }

  @Test
  void macUsesApplicationSupport() {
    assertEquals(
        HOME.resolve("Library").resolve("Application Support").resolve("agent-workbench"),
        env(OperatingSystem.MACOS, Map.of("XDG_CONFIG_HOME", "ignored-on-mac")).appHome());
  }

  @Test
  void windowsUsesAppDataElseRoamingUnderTheProfile() {
    String appData = "C:\\Users\\me\\AppData\\Roaming";
    assertEquals(
        Path.of(appData).resolve("agent-workbench"),
        env(OperatingSystem.WINDOWS, Map.of("APPDATA", appData)).appHome());
    assertEquals(
        HOME.resolve("AppData").resolve("Roaming").resolve("agent-workbench"),
        env(OperatingSystem.WINDOWS, Map.of()).appHome());
  }

  @Test
  void theWorkbenchHomeVariableWinsEverywhere() {
    for (OperatingSystem os : OperatingSystem.values()) {
      assertEquals(
          Path.of("mine"),
          env(os, Map.of("AGENT_WORKBENCH_HOME", "mine", "APPDATA", "x")).appHome(),
          os.name());
    }
  }

  @Test
  void claudeHomeIsDotClaudeUnlessConfigured() {
    for (OperatingSystem os : OperatingSystem.values()) {
      assertEquals(HOME.resolve(".claude"), env(os, Map.of()).claudeHome(), os.name());
    }
    assertEquals(
        Path.of("elsewhere"),
        env(OperatingSystem.WINDOWS, Map.of("CLAUDE_CONFIG_DIR", "elsewhere")).claudeHome());
  }

  @Test
  void blankVariablesCountAsUnset() {
    assertEquals(
        HOME.resolve(".config").resolve("agent-workbench"),
        env(OperatingSystem.LINUX, Map.of("XDG_CONFIG_HOME", " ", "AGENT_WORKBENCH_HOME", ""))
            .appHome());
  }

  private static UserEnvironment env(OperatingSystem os, Map<String, String> variables) {
    return new UserEnvironment(HOME, variables, os);
  }
}
