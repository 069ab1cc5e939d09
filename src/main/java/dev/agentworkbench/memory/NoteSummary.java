package dev.agentworkbench.memory;

import java.time.Instant;
import java.util.List;

/** What is kept in memory for every note: enough to list, resolve links and walk the graph. */
public record NoteSummary(
    String filePath,
    String title,
    String type,
    String permalink,
    List<String> tags,
    List<Relation> relations,
    List<String> warnings,
    Instant created,
    Instant modified) {

  public NoteSummary {
    tags = List.copyOf(tags);
    relations = List.copyOf(relations);
    warnings = List.copyOf(warnings);
  }

  /** The folder part of the path, "" at the project root. */
  public String folder() {
    int slash = filePath.lastIndexOf('/');
    return slash < 0 ? "" : filePath.substring(0, slash);
  }
}
