package dev.agentworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.agentworkbench.spec.AgentReading;
import dev.agentworkbench.spec.CatalogEntry;
import dev.agentworkbench.spec.Diagnostic;
import dev.agentworkbench.spec.policy.AttributionPolicy;
import dev.agentworkbench.spec.policy.CheckCommand;
import dev.agentworkbench.spec.policy.MemoryPolicy;
import dev.agentworkbench.spec.policy.QualityPolicy;
import dev.agentworkbench.spec.policy.SourceLines;
import dev.agentworkbench.spec.policy.SpecPolicies;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the spec commands, built field by field so they stay stable. */
final class SpecJson {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SpecJson() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialise", e);
    }
  }

  static Map<String, Object> diagnostic(Path file, Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.toString());
    m.put("rule", d.rule());
    m.put("severity", d.severity().label());
    m.put("line", d.line());
    m.put("column", d.column());
    m.put("message", d.message());
    return m;
  }

  static Map<String, Object> diagnosticWithFix(Path file, Diagnostic d) {
    Map<String, Object> m = diagnostic(file, d);
    m.put("fix", d.fix().map(f -> f.title()).orElse(null));
    return m;
  }

  static Map<String, Object> entry(CatalogEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", e.name());
    m.put("file", e.file().toString());
    m.put("scope", e.scope().name().toLowerCase(java.util.Locale.ROOT));
    m.put("status", e.statusLabel());
    m.put("shadowedBy", e.shadowedBy().map(Path::toString).orElse(null));
    m.put("description", e.description());
    m.put("model", e.model().orElse(null));
    m.put("color", e.color().orElse(null));
    m.put("tools", e.tools());
    m.put("errors", e.count(dev.agentworkbench.spec.Severity.ERROR));
    m.put("warnings", e.count(dev.agentworkbench.spec.Severity.WARNING));
    m.put("infos", e.count(dev.agentworkbench.spec.Severity.INFO));
    return m;
  }

  static Map<String, Object> reading(AgentReading r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("loaded", r.loaded());
    m.put("notLoadedReason", r.notLoadedReason().orElse(null));
    m.put("name", r.name());
    m.put("description", r.description());
    m.put("descriptionRecovered", r.descriptionRecovered());
    m.put("tools", r.tools());
    m.put("model", r.model().orElse(null));
    m.put("color", r.color().orElse(null));
    m.put("otherKeys", r.otherKeys());
    m.put("droppedHeadings", r.droppedHeadings());
    m.put("prompt", r.prompt());
    return m;
  }

  static Map<String, Object> policies(SpecPolicies p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("memory", memory(p.memory()));
    m.put("checks", checks(p.checks()));
    m.put("attribution", attribution(p.attribution()));
    return m;
  }

  private static Map<String, Object> memory(MemoryPolicy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tools", p.tools());
    m.put("forbidden", p.forbidden());
    m.put("folderHints", p.folderHints());
    m.put("isDefault", p.isDefault());
    m.put("source", source(p.source()));
    return m;
  }

  private static Map<String, Object> checks(QualityPolicy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("checks", p.checks().stream().map(SpecJson::check).toList());
    m.put("fileSelection", p.fileSelection());
    m.put("notes", p.notes());
    m.put("isDefault", p.isDefault());
    m.put("source", source(p.source()));
    return m;
  }

  private static Map<String, Object> check(CheckCommand c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("tool", c.tool());
    m.put("argv", c.argv());
    m.put("takesFiles", c.takesFiles());
    m.put("source", source(c.source()));
    return m;
  }

  private static Map<String, Object> attribution(AttributionPolicy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subjectFormat", p.subjectFormat());
    m.put("exampleSubjects", p.exampleSubjects());
    m.put("collaborators", p.collaborators());
    m.put("isDefault", p.isDefault());
    m.put("source", source(p.source()));
    return m;
  }

  private static Object source(SourceLines s) {
    return s.isDefault() ? null : List.of(s.first(), s.last());
  }
}
