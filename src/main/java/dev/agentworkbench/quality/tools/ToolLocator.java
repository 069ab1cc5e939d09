package dev.agentworkbench.quality.tools;

import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.process.ProcessSpec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a tool's program: the path the user set, then the repository's {@code .venv/bin}, {@code
 * venv/bin} and {@code node_modules/.bin}, then the PATH. Versions are asked once per program file
 * (and again when the file changes).
 */
public final class ToolLocator {
  private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)");
  private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

  private final Path repositoryRoot;
  private final String pathVariable;
  private final Map<String, String> userPaths;
  private final ProcessRunner runner;

  public ToolLocator(
      Path repositoryRoot,
      Optional<String> pathVariable,
      Map<String, String> userPaths,
      ProcessRunner runner) {
    this.repositoryRoot = repositoryRoot;
    this.pathVariable = pathVariable.orElse("");
    this.userPaths = Map.copyOf(userPaths);
    this.runner = runner;
  }

  /** The tool's program and version, or "missing" with an install hint. */
  public ToolInfo find(String tool, String program) {
    for (Candidate c : candidates(tool, program)) {
      if (Files.isRegularFile(c.file) && Files.isExecutable(c.file)) {
        return new ToolInfo(
            tool, Optional.of(c.file), version(c.file), c.label, InstallHints.forTool(tool));
      }
    }
    return ToolInfo.missing(tool);
  }

  private record Candidate(Path file, String label) {}

  private List<Candidate> candidates(String tool, String program) {
    List<Candidate> out = new ArrayList<>();
    if (program.contains("/")) {
      Path p = Path.of(program);
      out.add(new Candidate(p.isAbsolute() ? p : repositoryRoot.resolve(p), "the check's path"));
      return out;
    }
    Optional.ofNullable(userPaths.get(tool))
        .map(Path::of)
        .ifPresent(
            p ->
                out.add(
                    new Candidate(Files.isDirectory(p) ? p.resolve(program) : p, "your setting")));
    out.add(new Candidate(repositoryRoot.resolve(".venv/bin").resolve(program), ".venv"));
    out.add(new Candidate(repositoryRoot.resolve("venv/bin").resolve(program), "venv"));
    out.add(
        new Candidate(
            repositoryRoot.resolve("node_modules/.bin").resolve(program), "node_modules"));
    for (String dir : pathVariable.split(File.pathSeparator)) {
      if (!dir.isBlank()) {
        out.add(new Candidate(Path.of(dir).resolve(program), "PATH"));
      }
    }
    return out;
  }

  private Optional<String> version(Path file) {
    String key;
    try {
      key = file + "@" + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return Optional.empty();
    }
    String cached = VERSIONS.get(key);
    if (cached != null) {
      return cached.isEmpty() ? Optional.empty() : Optional.of(cached);
    }
    String found = askVersion(file);
    VERSIONS.put(key, found);
    return found.isEmpty() ? Optional.empty() : Optional.of(found);
  }

  private String askVersion(Path file) {
    try {
      var result =
          runner.run(
              ProcessSpec.of(file.toString(), "--version")
                  .in(repositoryRoot)
                  .withTimeout(Duration.ofSeconds(20)));
      Matcher m = VERSION.matcher(result.stdoutText() + "\n" + result.stderrText());
      return m.find() ? m.group(1) : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
