package dev.agentworkbench.quality.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.QualityReport;
import dev.agentworkbench.quality.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 with one run per tool; a check that could not run (not installed, error, timed out)
 * is an invocation with {@code executionSuccessful: false} and its message.
 */
public final class SarifReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SarifReport() {}

  public static ObjectNode tree(QualityReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ArrayNode runs = root.putArray("runs");
    Map<String, java.util.List<CheckResult>> byTool = new LinkedHashMap<>();
    for (CheckResult r : report.checks()) {
      byTool.computeIfAbsent(r.tool(), k -> new java.util.ArrayList<>()).add(r);
    }
    byTool.forEach((tool, results) -> runs.add(run(tool, results)));
    return root;
  }

  private static ObjectNode run(String tool, java.util.List<CheckResult> results) {
    ObjectNode run = JSON.createObjectNode();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", tool);
    results.stream()
        .flatMap(r -> r.version().stream())
        .findFirst()
        .ifPresent(v -> driver.put("version", v));
    Set<String> ruleIds = new LinkedHashSet<>();
    ArrayNode rules = driver.putArray("rules");
    ArrayNode invocations = run.putArray("invocations");
    ArrayNode out = run.putArray("results");
    for (CheckResult r : results) {
      ObjectNode inv = invocations.addObject();
      inv.put(
          "executionSuccessful",
          switch (r.status()) {
            case PASSED, FAILED, NOTHING_TO_CHECK -> true;
            default -> false;
          });
      inv.putObject("properties").put("check", r.name()).put("status", r.status().key());
      r.message()
          .ifPresent(
              m ->
                  inv.putArray("toolExecutionNotifications")
                      .addObject()
                      .putObject("message")
                      .put("text", m));
      for (Finding f : r.findings()) {
        if (!f.rule().isEmpty() && ruleIds.add(f.rule())) {
          ObjectNode rule = rules.addObject().put("id", f.rule());
          f.helpUrl().ifPresent(u -> rule.put("helpUri", u));
        }
        out.add(result(f));
      }
    }
    return run;
  }

  private static ObjectNode result(Finding f) {
    ObjectNode r = JSON.createObjectNode();
    if (!f.rule().isEmpty()) {
      r.put("ruleId", f.rule());
    }
    r.put("level", level(f.severity()));
    r.putObject("message").put("text", f.message());
    if (!f.file().isEmpty()) {
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      physical
          .putObject("artifactLocation")
          .put("uri", uri(f.file()))
          .put("uriBaseId", "%SRCROOT%");
      if (f.line() > 0) {
        ObjectNode region = physical.putObject("region").put("startLine", f.line());
        if (f.column() > 0) {
          region.put("startColumn", f.column());
        }
      }
    }
    return r;
  }

  /** A relative URI reference: spaces and other unsafe characters percent-encoded. */
  static String uri(String file) {
    StringBuilder b = new StringBuilder();
    for (String segment : file.split("/", -1)) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(
          java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return b.toString();
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  public static String write(QualityReport report) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
