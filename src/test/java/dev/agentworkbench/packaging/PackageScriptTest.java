package dev.agentworkbench.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.workspace.process.ProcessResult;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.process.ProcessSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The macOS and Windows packages cannot be built on Linux: a dry run of packaging/package.sh shows
 * the jlink and jpackage commands it would run there, and every file they name exists.
 */
class PackageScriptTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @Test
  void macosMakesAnAppImageThenADmgWithItsIdentifierAndIcon() throws Exception {
    String commands = dryRun("macos");
    assertTrue(commands.contains("--type app-image"), commands);
    assertTrue(
        commands.contains(
            "--type dmg --dest target/package --app-image target/package/agent-workbench.app"),
        commands);
    assertTrue(commands.contains("--icon packaging/macos/agent-workbench.icns"), commands);
    assertTrue(commands.contains("@packaging/macos/app-image.options"), commands);
    assertTrue(commands.contains("@packaging/macos/installer.options"), commands);
    assertTrue(
        options("macos/app-image.options").contains("--mac-package-identifier dev.agentworkbench"));
    assertTrue(!commands.contains("SharedArchiveFile"), "no install step makes an archive there");
    assertNamedFilesExist(commands);
  }

  @Test
  void windowsMakesAnMsiWithMenuShortcutFolderChoiceAndAFixedUpgradeCode() throws Exception {
    String commands = dryRun("windows");
    assertTrue(
        commands.contains(
            "--type msi --dest target/package --app-image target/package/agent-workbench "),
        commands);
    assertTrue(commands.contains("--icon packaging/windows/agent-workbench.ico"), commands);
    assertTrue(
        commands.contains("jmods\\;target/package/platform-modules"),
        "; separates the module path");
    String installer = options("windows/installer.options");
    for (String option :
        List.of("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-upgrade-uuid")) {
      assertTrue(installer.contains(option + "\n") || installer.contains(option + " "), option);
    }
    Matcher uuid = Pattern.compile("--win-upgrade-uuid ([0-9a-f-]{36})").matcher(installer);
    assertTrue(uuid.find(), installer);
    assertEquals(uuid.group(1), java.util.UUID.fromString(uuid.group(1)).toString());
    assertTrue(options("windows/agent-workbench-cli.properties").contains("win-console=true"));
    assertNamedFilesExist(commands);
  }

  @Test
  void linuxMakesADebWhoseMenuEntryNeedsNoXdgUtils() throws Exception {
    String commands = dryRun("linux");
    assertTrue(commands.contains("--type deb"), commands);
    assertTrue(commands.contains("-XX:SharedArchiveFile=\\$APPDIR/agent-workbench.jsa"), commands);
    assertTrue(options("linux/control").contains("Recommends: libgtk-3-0"));
    assertTrue(options("package.sh").contains("without_xdg_utils \"$out/"), "drops xdg-utils");
    for (String script : List.of("linux/postinst", "linux/prerm")) {
      String text = options(script);
      for (String needsXdgUtils :
          List.of("xdg-desktop-menu", "xdg-icon-resource", "xdg-mime", "DESKTOP_COMMANDS")) {
        assertTrue(!text.contains(needsXdgUtils), script + " uses " + needsXdgUtils);
      }
    }
    assertTrue(
        options("linux/agent-workbench.desktop")
            .contains("StartupWMClass=dev.agentworkbench.ui.app.WorkbenchApp"));
    assertNamedFilesExist(commands);
  }

  private static String options(String file) throws Exception {
    return Files.readString(ROOT.resolve("packaging").resolve(file));
  }

  /** Icons, resource folders and option files (relative paths under packaging/ and assets/). */
  private static void assertNamedFilesExist(String commands) {
    Matcher named = Pattern.compile("@?((?:packaging|assets)/[^\\s]+)").matcher(commands);
    int count = 0;
    while (named.find()) {
      Path file = ROOT.resolve(named.group(1));
      assertTrue(Files.exists(file), file + " is named by the commands but missing");
      count++;
    }
    assertTrue(count >= 4, commands);
  }

  private static String dryRun(String os) throws Exception {
    Path script = ROOT.resolve("packaging/package.sh");
    Assumptions.assumeTrue(Files.exists(Path.of("/bin/bash")), "bash not installed");
    ProcessResult result =
        new ProcessRunner()
            .run(
                ProcessSpec.of("bash", script.toString())
                    .withoutSeparator()
                    .in(ROOT)
                    .withEnvironment(
                        Map.of("PACKAGE_OS", os, "PACKAGE_DRY_RUN", "1", "JAVA_HOME", "/jdk")));
    assertEquals(0, result.exitCode(), result.stderrText());
    return result.stdoutText();
  }
}
