package dev.agentworkbench.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A parsed note: its project-relative path (POSIX), identity, frontmatter (every key kept, in file
 * order), the body without frontmatter, observations, relations and parse warnings.
 */
public record Note(
    String filePath,
    String title,
    String type,
    String permalink,
    List<String> tags,
    Map<String, Object> frontmatter,
    String content,
    List<Observation> observations,
    List<Relation> relations,
    List<String> warnings,
    Instant created,
    Instant modified,
    String checksum) {

  public Note {
    tags = List.copyOf(tags);
    frontmatter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontmatter));
    observations = List.copyOf(observations);
    relations = List.copyOf(relations);
    warnings = List.copyOf(warnings);
  }

  /** The folder part of the path, "" at the project root. */
  public String folder() {
    int slash = filePath.lastIndexOf('/');
    return slash < 0 ? "" : filePath.substring(0, slash);
  }

  public NoteSummary summary() {
    return new NoteSummary(
        filePath, title, type, permalink, tags, relations, warnings, created, modified);
  }
}
