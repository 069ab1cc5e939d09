package dev.agentworkbench.workspace.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to run: the program and its options as an argument list (never a shell line), the file
 * arguments that go after a {@code --} separator, where to run it, and its limits.
 *
 * @param command the program followed by its options
 * @param files file names, passed after {@code --} when {@code separatorBeforeFiles} is true
 * @param separatorBeforeFiles whether the tool understands {@code --} before file names
 * @param workingDirectory where to run; empty for the current directory
 * @param environment extra environment variables
 * @param stdin bytes fed to standard input; empty for none
 * @param timeout after this the whole process tree is killed
 * @param maxOutputBytes how much of stdout and of stderr is kept each (the rest is counted only)
 */
public record ProcessSpec(
    List<String> command,
    List<String> files,
    boolean separatorBeforeFiles,
    Optional<Path> workingDirectory,
    Map<String, String> environment,
    Optional<byte[]> stdin,
    Duration timeout,
    int maxOutputBytes) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
  public static final int DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;

  public ProcessSpec {
    command = List.copyOf(command);
    files = List.copyOf(files);
    environment = Map.copyOf(environment);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("a process needs a program to run");
    }
  }

  public static ProcessSpec of(String... command) {
    return new ProcessSpec(
        List.of(command),
        List.of(),
        true,
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        DEFAULT_TIMEOUT,
        DEFAULT_MAX_OUTPUT);
  }

  public static ProcessSpec of(List<String> command) {
    return of(command.toArray(String[]::new));
  }

  public ProcessSpec withFiles(List<String> newFiles) {
    return new ProcessSpec(
        command,
        newFiles,
        separatorBeforeFiles,
        workingDirectory,
        environment,
        stdin,
        timeout,
        maxOutputBytes);
  }

  /**
   * For tools that take file names but not a {@code --} separator (the runner then refuses names
   * starting with a dash by prefixing ./).
   */
  public ProcessSpec withoutSeparator() {
    return new ProcessSpec(
        command, files, false, workingDirectory, environment, stdin, timeout, maxOutputBytes);
  }

  public ProcessSpec in(Path directory) {
    return new ProcessSpec(
        command,
        files,
        separatorBeforeFiles,
        Optional.of(directory),
        environment,
        stdin,
        timeout,
        maxOutputBytes);
  }

  public ProcessSpec withEnvironment(Map<String, String> env) {
    return new ProcessSpec(
        command,
        files,
        separatorBeforeFiles,
        workingDirectory,
        env,
        stdin,
        timeout,
        maxOutputBytes);
  }

  public ProcessSpec withStdin(byte[] input) {
    return new ProcessSpec(
        command,
        files,
        separatorBeforeFiles,
        workingDirectory,
        environment,
        Optional.of(input),
        timeout,
        maxOutputBytes);
  }

  public ProcessSpec withTimeout(Duration limit) {
    return new ProcessSpec(
        command,
        files,
        separatorBeforeFiles,
        workingDirectory,
        environment,
        stdin,
        limit,
        maxOutputBytes);
  }

  public ProcessSpec withMaxOutputBytes(int limit) {
    return new ProcessSpec(
        command, files, separatorBeforeFiles, workingDirectory, environment, stdin, timeout, limit);
  }

  /** The full argument list as it is handed to the operating system. */
  public List<String> argv() {
    List<String> argv = new ArrayList<>(command);
    if (!files.isEmpty()) {
      if (separatorBeforeFiles) {
        argv.add("--");
        argv.addAll(files);
      } else {
        for (String f : files) {
          argv.add(f.startsWith("-") ? "./" + f : f);
        }
      }
    }
    return argv;
  }
}
