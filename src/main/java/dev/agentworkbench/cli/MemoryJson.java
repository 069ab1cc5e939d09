package dev.agentworkbench.cli;

import dev.agentworkbench.memory.ContextResult;
import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Permalinks;
import dev.agentworkbench.memory.Relation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /**
   * A relation as build_context and recent_activity list it (basic-memory's RelationSummary):
   * {@code from_entity} and {@code to_entity} are the notes' titles, {@code to_entity} null for a
   * forward reference. Beside them: the link as written ({@code to_name}) and both notes'
   * permalinks.
   */
  static Map<String, Object> relationRow(
      NoteSummary holder, String type, Optional<NoteSummary> to, String toName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "relation");
    m.put("title", type + ": " + toName);
    m.put("file_path", holder.filePath());
    m.put("permalink", Permalinks.ofRelation(holder.permalink(), type, toName));
    m.put("relation_type", type);
    m.put("from_entity", holder.title());
    m.put("to_entity", to.map(NoteSummary::title).orElse(null));
    m.put("to_name", toName);
    m.put("from_permalink", holder.permalink());
    m.put("to_permalink", to.map(NoteSummary::permalink).orElse(null));
    m.put("created_at", holder.created().toString());
    return m;
  }

  /**
   * An observation as build_context and recent_activity list it (basic-memory's
   * ObservationSummary), with the tags and context beside. basic-memory makes its title and
   * permalink in two ways: build_context's rows ({@code inContext}) cut the title after 50
   * characters of content and slug the whole content; the search index's rows (recent_activity) cut
   * them after 100 and 200.
   */
  static Map<String, Object> observationRow(NoteSummary n, Observation o, boolean inContext) {
    String content = o.content();
    int titleChars = inContext ? 50 : 100;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "observation");
    m.put(
        "title",
        o.category() + ": " + content.substring(0, Math.min(titleChars, content.length())) + "...");
    m.put("file_path", n.filePath());
    m.put(
        "permalink",
        inContext
            ? Permalinks.ofObservationInContext(n.permalink(), o.category(), content)
            : Permalinks.ofObservation(n.permalink(), o.category(), content));
    m.putAll(observation(o));
    m.put("created_at", n.created().toString());
    return m;
  }

  /** A note or relation related to a primary note, with the hops from it. */
  static Map<String, Object> related(ContextResult.Related r) {
    Map<String, Object> m =
        r.kind().equals("relation")
            ? relationRow(r.from(), r.relationType(), r.to(), r.toName())
            : summary(r.from());
    m.put("depth", r.depth());
    return m;
  }

  /** basic-memory's metadata of a GraphContext (build_context, recent_activity). */
  static Map<String, Object> metadata(
      String uri,
      List<String> types,
      int depth,
      java.time.Instant since,
      int primaries,
      List<ContextResult.Related> related,
      int observations,
      boolean hasMore) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("uri", uri);
    meta.put("types", types);
    meta.put("depth", depth);
    meta.put("timeframe", isoformat(since));
    meta.put("generated_at", isoformat(java.time.Instant.now()));
    meta.put("primary_count", primaries);
    meta.put("related_count", related.size());
    meta.put("total_results", primaries + related.size());
    meta.put("total_observations", observations);
    meta.put("total_relations", related.stream().filter(r -> r.kind().equals("relation")).count());
    meta.put("has_more", hasMore);
    return meta;
  }

  /** An instant as Python's isoformat() writes basic-memory's: microseconds, offset +00:00. */
  static String isoformat(java.time.Instant when) {
    return ISOFORMAT.format(when.atZone(java.time.ZoneId.systemDefault()));
  }

  private static final java.time.format.DateTimeFormatter ISOFORMAT =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

  static List<Map<String, Object>> summaries(List<NoteSummary> notes) {
    return notes.stream().map(MemoryJson::summary).toList();
  }
}
