package dev.agentworkbench.quality.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.QualityReport;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The CLI's JSON: {@code {scope, files, checks:[{name, tool, status, version, duration_ms,
 * findings:[{tool, rule, severity, file, line, column, message}]}]}} (plus {@code message} on a
 * check when its status needs one).
 */
public final class JsonReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReport() {}

  public static ObjectNode tree(QualityReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("scope", report.scope().key());
    ArrayNode files = root.putArray("files");
    report.files().forEach(files::add);
    ArrayNode checks = root.putArray("checks");
    for (CheckResult r : report.checks()) {
      ObjectNode c = checks.addObject();
      c.put("name", r.name());
      c.put("tool", r.tool());
      c.put("status", r.status().key());
      if (r.version().isPresent()) {
        c.put("version", r.version().get());
      } else {
        c.putNull("version");
      }
      c.put("duration_ms", r.duration().toMillis());
      r.message().ifPresent(m -> c.put("message", m));
      ArrayNode findings = c.putArray("findings");
      for (Finding f : r.findings()) {
        ObjectNode n = findings.addObject();
        n.put("tool", f.tool());
        n.put("rule", f.rule());
        n.put("severity", f.severity().label());
        n.put("file", f.file());
        n.put("line", f.line());
        n.put("column", f.column());
        n.put("message", f.message());
      }
    }
    return root;
  }

  public static String write(QualityReport report) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
