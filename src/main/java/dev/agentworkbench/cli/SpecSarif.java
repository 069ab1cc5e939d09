package dev.agentworkbench.cli;

import dev.agentworkbench.spec.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** SARIF 2.1.0 for {@code spec lint --format sarif}. */
final class SpecSarif {
  private SpecSarif() {}

  static Map<String, Object> report(List<SpecLintCommand.Finding> findings) {
    Map<String, Object> rules = new TreeMap<>();
    for (SpecLintCommand.Finding f : findings) {
      rules.putIfAbsent(f.diagnostic().rule(), Map.of("id", f.diagnostic().rule()));
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "agent-workbench-spec-lint");
    driver.put("version", WorkbenchCommand.Version.version());
    driver.put("informationUri", "https://code.claude.com/docs/en/sub-agents");
    driver.put("rules", List.copyOf(rules.values()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", findings.stream().map(SpecSarif::result).toList());
    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    sarif.put("version", "2.1.0");
    sarif.put("runs", List.of(run));
    return sarif;
  }

  private static Map<String, Object> result(SpecLintCommand.Finding f) {
    Diagnostic d = f.diagnostic();
    String level =
        switch (d.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "note";
        };
    Map<String, Object> region =
        Map.of("startLine", Math.max(1, d.line()), "startColumn", Math.max(1, d.column()));
    Map<String, Object> location =
        Map.of(
            "physicalLocation",
            Map.of(
                "artifactLocation",
                Map.of("uri", f.file().toString().replace('\\', '/')),
                "region",
                region));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("ruleId", d.rule());
    r.put("level", level);
    r.put("message", Map.of("text", d.message()));
    r.put("locations", List.of(location));
    return r;
  }
}
