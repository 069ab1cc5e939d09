package dev.agentworkbench.quality.run;

import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.files.ContentHashes;
import dev.agentworkbench.quality.parse.ParsedOutput;
import dev.agentworkbench.quality.parse.Parsers;
import dev.agentworkbench.quality.parse.ToolOutput;
import dev.agentworkbench.quality.plan.PlannedCheck;
import dev.agentworkbench.quality.tools.ToolInfo;
import dev.agentworkbench.quality.tools.ToolLocator;
import dev.agentworkbench.workspace.process.ProcessResult;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.process.ProcessSpec;
import dev.agentworkbench.workspace.process.ProgramNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Runs one check once on the files it matches and reads its output into a result. */
public final class CheckRunner {
  private final ProcessRunner processes;
  private final ToolLocator tools;
  private final Path repositoryRoot;
  private final Optional<String> pythonPath;
  private final Duration timeout;

  public CheckRunner(
      ProcessRunner processes,
      ToolLocator tools,
      Path repositoryRoot,
      Optional<String> pythonPath,
      Duration timeout) {
    this.processes = processes;
    this.tools = tools;
    this.repositoryRoot = repositoryRoot;
    this.pythonPath = pythonPath;
    this.timeout = timeout;
  }

  /**
   * @param scopeFiles the scope's files; the check keeps those its pattern matches
   */
  public CheckResult run(
      PlannedCheck check,
      List<String> scopeFiles,
      ProcessRunner.Cancellation cancellation,
      Consumer<String> live)
      throws InterruptedException {
    String source = check.provenance().describe();
    List<String> files = scopeFiles.stream().filter(check.pattern()::matches).toList();
    if (files.isEmpty()) {
      return CheckResult.without(
          check.name(),
          check.tool(),
          CheckStatus.NOTHING_TO_CHECK,
          source,
          Optional.of("Nothing to check: no file in this scope matches " + check.pattern().glob()));
    }
    ToolInfo tool = tools.find(check.tool(), check.program());
    if (!tool.installed()) {
      return notInstalled(check, tool, source);
    }
    Map<String, String> hashes = ContentHashes.of(repositoryRoot, files);
    Instant start = Instant.now();
    Path report = null;
    try {
      report = Files.createTempFile("workbench-" + check.name(), ".xml");
      ProcessSpec spec =
          ToolCommands.spec(check, tool.path().get(), files, repositoryRoot, report, pythonPath)
              .withTimeout(timeout);
      ProcessResult result = processes.run(spec, cancellation, live);
      return finish(check, tool, files, hashes, result, report, start, source);
    } catch (ProgramNotFoundException e) {
      return notInstalled(check, tool, source);
    } catch (IOException e) {
      return error(check, tool, files, hashes, start, source, e.getMessage());
    } finally {
      if (report != null) {
        try {
          Files.deleteIfExists(report);
        } catch (IOException e) {
          // A temp file left behind is harmless; the OS cleans the temp folder.
        }
      }
    }
  }

  private CheckResult finish(
      PlannedCheck check,
      ToolInfo tool,
      List<String> files,
      Map<String, String> hashes,
      ProcessResult result,
      Path report,
      Instant start,
      String source)
      throws IOException {
    String output = result.stdoutText() + result.stderrText();
    if (result.cancelled()) {
      return new CheckResult(
          check.name(),
          check.tool(),
          CheckStatus.CANCELLED,
          tool.version(),
          result.duration(),
          List.of(),
          files,
          hashes,
          Optional.of("Cancelled."),
          output,
          start,
          source);
    }
    if (result.timedOut()) {
      return new CheckResult(
          check.name(),
          check.tool(),
          CheckStatus.TIMED_OUT,
          tool.version(),
          result.duration(),
          List.of(),
          files,
          hashes,
          Optional.of("Timed out after " + timeout.toSeconds() + " s; the process was stopped."),
          output,
          start,
          source);
    }
    ToolOutput toolOutput =
        ToolOutput.of(
            check.tool().equals("custom") ? check.name() : check.tool(),
            result.exitCode(),
            result.stdoutText(),
            result.stderrText(),
            repositoryRoot);
    if (Files.size(report) > 0) {
      toolOutput = toolOutput.withReport(Files.readString(report, StandardCharsets.UTF_8));
    }
    ParsedOutput parsed = Parsers.forKind(check.output(), check.tool()).parse(toolOutput);
    return new CheckResult(
        check.name(),
        check.tool(),
        parsed.status(),
        tool.version(),
        result.duration(),
        parsed.findings(),
        files,
        hashes,
        parsed.message(),
        output,
        start,
        source);
  }

  private static CheckResult notInstalled(PlannedCheck check, ToolInfo tool, String source) {
    return CheckResult.without(
        check.name(),
        check.tool(),
        CheckStatus.NOT_INSTALLED,
        source,
        Optional.of(check.program() + " is not installed. " + tool.installHint()));
  }

  private static CheckResult error(
      PlannedCheck check,
      ToolInfo tool,
      List<String> files,
      Map<String, String> hashes,
      Instant start,
      String source,
      String message) {
    return new CheckResult(
        check.name(),
        check.tool(),
        CheckStatus.ERROR,
        tool.version(),
        Duration.between(start, Instant.now()),
        List.of(),
        files,
        hashes,
        Optional.of("Could not run " + check.program() + ": " + message),
        "",
        start,
        source);
  }
}
