package dev.agentworkbench.cli;

import dev.agentworkbench.spec.Diagnostic;
import dev.agentworkbench.spec.Severity;
import dev.agentworkbench.spec.SpecFixer;
import dev.agentworkbench.spec.SpecService;
import dev.agentworkbench.workspace.files.WriteConflictException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbench spec lint}: diagnostics for spec files and folders, optionally fixed. */
@Command(
    name = "lint",
    description = {
      "Lint agent specs. PATH is a file or a folder (searched recursively for .md files).",
      "Exit 1 when an error is found."
    },
    mixinStandardHelpOptions = true)
final class SpecLintCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    sarif
  }

  /** One finding with the file it belongs to. */
  record Finding(Path file, Diagnostic diagnostic) {}

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Spec files or folders.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or sarif.")
  Format format = Format.text;

  @Option(
      names = "--fix",
      description = "Apply every safe fix in place (atomic) and print what changed.")
  boolean fix;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SpecService service = new SpecService();
    List<Finding> findings = new ArrayList<>();
    PrintWriter changes = format == Format.text ? out : err;
    try {
      for (Path path : paths) {
        for (Path file : service.specFiles(path)) {
          if (fix) {
            fixFile(service, file, changes);
          }
          service.lint(file).forEach(d -> findings.add(new Finding(file, d)));
        }
      }
    } catch (IOException e) {
      err.println("workbench spec lint: " + e.getMessage());
      return ExitCode.USAGE;
    }
    switch (format) {
      case json ->
          out.println(
              SpecJson.write(
                  findings.stream()
                      .map(f -> SpecJson.diagnostic(f.file(), f.diagnostic()))
                      .toList()));
      case sarif -> out.println(SpecJson.write(SpecSarif.report(findings)));
      case text -> text(findings, out);
    }
    boolean errors = findings.stream().anyMatch(f -> f.diagnostic().severity() == Severity.ERROR);
    return errors ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private static void fixFile(SpecService service, Path file, PrintWriter changes)
      throws IOException {
    try {
      SpecFixer.Result r = service.fixFile(file);
      for (SpecFixer.Applied a : r.applied()) {
        changes.println("fixed " + file + ":" + a.line() + " " + a.rule() + " " + a.title());
      }
    } catch (WriteConflictException e) {
      throw new IOException(e.getMessage() + " Nothing was written; run the command again.", e);
    }
  }

  private static void text(List<Finding> findings, PrintWriter out) {
    Map<Severity, Integer> counts = new LinkedHashMap<>();
    for (Finding f : findings) {
      Diagnostic d = f.diagnostic();
      counts.merge(d.severity(), 1, Integer::sum);
      out.println(
          f.file()
              + ":"
              + d.line()
              + ":"
              + d.column()
              + ": "
              + d.severity().label()
              + " "
              + d.rule()
              + " "
              + d.message()
              + d.fix().map(x -> " [fix: " + x.title() + "]").orElse(""));
    }
    out.println(
        counts.getOrDefault(Severity.ERROR, 0)
            + " errors, "
            + counts.getOrDefault(Severity.WARNING, 0)
            + " warnings, "
            + counts.getOrDefault(Severity.INFO, 0)
            + " infos");
  }
}
