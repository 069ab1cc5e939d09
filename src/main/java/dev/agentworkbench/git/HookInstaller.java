package dev.agentworkbench.git;

import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;

/**
 * Installs a commit-msg hook that runs {@code workbench commit-msg check FILE}. It honours {@code
 * core.hooksPath}, and an existing hook is kept and run first (renamed to {@code
 * commit-msg.workbench-chained}) rather than replaced.
 */
final class HookInstaller {
  static final String MARKER = "# agent-workbench commit-msg hook";
  static final String CHAINED = "commit-msg.workbench-chained";

  private HookInstaller() {}

  static Path hooksDir(Repository repo) {
    String configured =
        repo.getConfig()
            .getString(
                ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_HOOKS_PATH);
    if (configured != null && !configured.isBlank()) {
      String expanded =
          configured.startsWith("~/")
              ? dev.agentworkbench.workspace.UserEnvironment.currentHome() + configured.substring(1)
              : configured;
      Path p = Path.of(expanded);
      return p.isAbsolute() ? p : repo.getWorkTree().toPath().resolve(p).normalize();
    }
    return repo.getCommonDirectory().toPath().resolve("hooks");
  }

  /**
   * @param launcher the command that starts the workbench (the {@code workbench} script, or {@code
   *     java -cp ... dev.agentworkbench.Main}), as absolute paths
   */
  static HookInstall install(Repository repo, List<String> launcher) throws IOException {
    Path dir = hooksDir(repo);
    Files.createDirectories(dir);
    Path hook = dir.resolve("commit-msg");
    Path chained = dir.resolve(CHAINED);
    boolean ours = Files.isRegularFile(hook) && isOurs(hook);
    Optional<Path> chainedHook = Files.exists(chained) ? Optional.of(chained) : Optional.empty();
    if (Files.exists(hook) && !ours) {
      if (Files.exists(chained)) {
        throw new IOException(
            hook + " exists and " + chained + " too: move one of them away, then install again.");
      }
      Files.move(hook, chained);
      chainedHook = Optional.of(chained);
    }
    AtomicFileWriter.write(hook, script(launcher).getBytes(StandardCharsets.UTF_8));
    makeExecutable(hook);
    return new HookInstall(hook, chainedHook, ours);
  }

  private static boolean isOurs(Path hook) throws IOException {
    return Files.readString(hook, StandardCharsets.UTF_8).contains(MARKER);
  }

  static String script(List<String> launcher) {
    String command = launcher.stream().map(HookInstaller::quote).collect(Collectors.joining(" "));
    return "#!/bin/sh\n"
        + MARKER
        + " (written by `workbench hooks install`).\n"
        + "# Checks the message against the agent spec's attribution rule.\n"
        + "# An earlier commit-msg hook, if there was one, runs first.\n"
        + "chained=\"$(dirname \"$0\")/"
        + CHAINED
        + "\"\n"
        + "if [ -x \"$chained\" ]; then\n"
        + "  \"$chained\" \"$@\" || exit $?\n"
        + "fi\n"
        + "exec "
        + command
        + " commit-msg check \"$1\"\n";
  }

  private static String quote(String arg) {
    return "'" + arg.replace("'", "'\\''") + "'";
  }

  private static void makeExecutable(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      if (!file.toFile().setExecutable(true)) {
        throw new IOException("Could not make " + file + " executable.", e);
      }
    }
  }
}
