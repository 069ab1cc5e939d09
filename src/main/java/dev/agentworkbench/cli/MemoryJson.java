package dev.agentworkbench.cli;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** basic-memory's JSON shapes for notes, observations and relations. */
final class MemoryJson {
  private MemoryJson() {}

  static Map<String, Object> observation(Observation o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("category", o.category());
    m.put("content", o.content());
    m.put("tags", o.tags().isEmpty() ? null : o.tags()); // as basic-memory: null, not []
    m.put("context", o.context().orElse(null));
    return m;
  }

  static Map<String, Object> relation(Relation r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", r.type());
    m.put("target", r.target());
    m.put("context", r.context().orElse(null));
    return m;
  }

  static Map<String, Object> read(Note n, String content) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", n.title());
    m.put("permalink", n.permalink());
    m.put("file_path", n.filePath());
    m.put("content", content);
    m.put("frontmatter", n.frontmatter());
    m.put("observations", n.observations().stream().map(MemoryJson::observation).toList());
    m.put("relations", n.relations().stream().map(MemoryJson::relation).toList());
    if (!n.warnings().isEmpty()) {
      m.put("warnings", n.warnings());
    }
    return m;
  }

  static Map<String, Object> summary(NoteSummary n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "entity");
    m.put("title", n.title());
    m.put("note_type", n.type());
    m.put("permalink", n.permalink());
    m.put("file_path", n.filePath());
    m.put("tags", n.tags());
    m.put("created_at", n.created().toString());
    m.put("updated_at", n.modified().toString());
    return m;
  }

  /** A relation as build_context and recent_activity list it. */
  static Map<String, Object> relationRow(
      String type, String fromPermalink, java.util.Optional<String> toPermalink, String toName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "relation");
    m.put("relation_type", type);
    m.put("from_entity", fromPermalink);
    m.put("to_entity", toPermalink.orElse(null));
    m.put("to_name", toName);
    return m;
  }

  /** A note or relation reached from a primary note, with its depth. */
  static Map<String, Object> related(dev.agentworkbench.memory.ContextResult.Related r) {
    Map<String, Object> m =
        r.kind().equals("relation")
            ? relationRow(
                r.relationType(),
                r.from().permalink(),
                r.to().map(NoteSummary::permalink),
                r.toName())
            : summary(r.from());
    m.put("depth", r.depth());
    return m;
  }

  static List<Map<String, Object>> summaries(List<NoteSummary> notes) {
    return notes.stream().map(MemoryJson::summary).toList();
  }
}
