package dev.agentworkbench.quality.fix;

import dev.agentworkbench.quality.plan.PlannedCheck;
import dev.agentworkbench.workspace.files.AtomicFileWriter;
import dev.agentworkbench.workspace.files.FileVersion;
import dev.agentworkbench.workspace.files.WriteConflictException;
import dev.agentworkbench.workspace.process.ProcessResult;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.process.ProcessSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Fixes a file with black, isort or {@code ruff check --fix}: the tool reads the file on stdin and
 * prints the fixed text, so nothing is written until the user saw the diff; then the app writes it
 * atomically, refusing if the file changed meanwhile.
 */
public final class Fixer {
  private final ProcessRunner processes;

  public Fixer(ProcessRunner processes) {
    this.processes = processes;
  }

  public FixPreview preview(PlannedCheck check, Path program, Path repositoryRoot, String file)
      throws IOException, InterruptedException {
    FileVersion before = AtomicFileWriter.read(repositoryRoot.resolve(file));
    ProcessSpec spec =
        ProcessSpec.of(command(check, program, file))
            .in(repositoryRoot)
            .withStdin(before.content())
            .withTimeout(Duration.ofMinutes(1));
    ProcessResult result = processes.run(spec);
    if (result.exitCode() != 0 && !(check.tool().equals("ruff") && result.exitCode() == 1)) {
      throw new IOException(
          check.tool()
              + " could not fix "
              + file
              + " (exit "
              + result.exitCode()
              + "): "
              + result.stderrText().strip());
    }
    byte[] fixed = result.stdout();
    return new FixPreview(
        check.name(),
        check.tool(),
        file,
        diff(file, before.content(), fixed),
        fixed,
        before.checksum());
  }

  /** Writes the previewed text; a file changed since the preview is a conflict, not overwritten. */
  public void apply(Path repositoryRoot, FixPreview preview)
      throws IOException, WriteConflictException {
    if (preview.changesSomething()) {
      AtomicFileWriter.replace(
          repositoryRoot.resolve(preview.file()),
          preview.fixedContent(),
          preview.checksumWhenRead());
    }
  }

  static List<String> command(PlannedCheck check, Path program, String file) {
    List<String> argv = new ArrayList<>();
    argv.add(program.toString());
    switch (check.tool()) {
      case "black" -> argv.addAll(List.of("-q", "--stdin-filename=" + file, "-"));
      // isort before 5.7 has no --filename; its settings are found from the repository root.
      case "isort" -> argv.add("-");
      case "ruff" -> argv.addAll(List.of("check", "--fix", "--stdin-filename=" + file, "-"));
      default -> throw new IllegalArgumentException(check.tool() + " cannot fix files");
    }
    return argv;
  }

  /** A unified diff of two texts (JGit's histogram diff). */
  public static String diff(String file, byte[] before, byte[] after) throws IOException {
    RawText a = new RawText(before);
    RawText b = new RawText(after);
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, a, b);
    if (edits.isEmpty()) {
      return "";
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      formatter.format(edits, a, b);
    }
    return "--- a/"
        + file
        + "\n+++ b/"
        + file
        + "\n"
        + out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
