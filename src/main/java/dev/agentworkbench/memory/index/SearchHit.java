package dev.agentworkbench.memory.index;

import java.util.List;

/** One note found by a search, with its score and a snippet where matches are marked **so**. */
public record SearchHit(
    String title,
    String type,
    String permalink,
    String filePath,
    float score,
    String snippet,
    List<String> tags,
    long modifiedMillis) {

  public SearchHit {
    tags = List.copyOf(tags);
  }
}
