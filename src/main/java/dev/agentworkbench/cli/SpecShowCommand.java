package dev.agentworkbench.cli;

import dev.agentworkbench.spec.AgentReading;
import dev.agentworkbench.spec.Diagnostic;
import dev.agentworkbench.spec.SpecFile;
import dev.agentworkbench.spec.SpecService;
import dev.agentworkbench.spec.policy.SpecPolicies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbench spec show}: both readings of a spec, its policies and its diagnostics. */
@Command(
    name = "show",
    description =
        "Show what Claude Code loads (effective), what the author meant (intended), the policies and the diagnostics.",
    mixinStandardHelpOptions = true)
final class SpecShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The spec file.")
  Path file;

  @Option(
      names = "--json",
      description = "Print JSON: {effective, intended, policies, diagnostics}.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SpecService service = new SpecService();
    try {
      SpecFile spec = service.read(file);
      AgentReading effective = service.effective(spec.document());
      AgentReading intended = service.intended(spec.document());
      SpecPolicies policies = service.policies(spec.document());
      List<Diagnostic> diagnostics = service.lint(spec.document(), service.contextFor(file));
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("effective", SpecJson.reading(effective));
        m.put("intended", SpecJson.reading(intended));
        m.put("policies", SpecJson.policies(policies));
        m.put(
            "diagnostics",
            diagnostics.stream().map(d -> SpecJson.diagnosticWithFix(file, d)).toList());
        out.println(SpecJson.write(m));
      } else {
        text(effective, intended, policies, diagnostics, out);
      }
      return ExitCode.OK;
    } catch (IOException e) {
      spec.commandLine().getErr().println("workbench spec show: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }

  private void text(
      AgentReading eff,
      AgentReading intended,
      SpecPolicies p,
      List<Diagnostic> ds,
      PrintWriter out) {
    out.println(
        "Effective (what Claude Code loads): "
            + (eff.loaded()
                ? eff.name() + " — " + eff.description()
                : eff.notLoadedReason().orElse("not loaded")));
    eff.droppedHeadings().forEach(h -> out.println("  dropped as a YAML comment: " + h));
    out.println(
        "Intended (what the author meant): "
            + intended.name()
            + " — "
            + intended.description()
            + (intended.descriptionRecovered() ? " (description recovered from ## Role)" : ""));
    out.println("Tools: " + String.join(", ", intended.tools()));
    out.println(
        "Memory tools: "
            + String.join(", ", p.memory().tools())
            + (p.memory().isDefault() ? " (default)" : ""));
    p.checks()
        .checks()
        .forEach(
            c ->
                out.println(
                    "Check: "
                        + String.join(" ", c.argv())
                        + (c.takesFiles() ? " <changed files>" : "")));
    out.println("File selection: " + p.checks().fileSelection());
    p.checks().notes().forEach(n -> out.println("  note: " + n));
    out.println(
        "Attribution: "
            + p.attribution().subjectFormat()
            + (p.attribution().isDefault() ? " (default)" : ""));
    out.println(ds.size() + " diagnostics (run `workbench spec lint " + file + "` for the list).");
  }
}
