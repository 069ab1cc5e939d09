package dev.agentworkbench.memory.index;

import dev.agentworkbench.memory.NoteSummary;
import java.util.List;

/**
 * One row found by a search, with its score and a snippet where matches are marked **so**: a note
 * (kind "entity"), one of its observations (with its category) or relations (with its type and the
 * notes at both ends). {@code markedTitle} is the title with the query's words marked **so**, as in
 * the snippet.
 */
public record SearchHit(
    String title,
    String type,
    String permalink,
    String filePath,
    float score,
    String snippet,
    List<String> tags,
    long modifiedMillis,
    String kind,
    String category,
    String relationType,
    String fromTitle,
    String toTitle,
    String markedTitle) {

  public SearchHit {
    tags = List.copyOf(tags);
  }

  /** A note found by its permalink or a memory:// link, with the given snippet. */
  public static SearchHit of(NoteSummary n, String snippet) {
    return new SearchHit(
        n.title(),
        n.type(),
        n.permalink(),
        n.filePath(),
        1f,
        snippet,
        n.tags(),
        n.modified().toEpochMilli());
  }

  /** A note, its title not marked. */
  public SearchHit(
      String title,
      String type,
      String permalink,
      String filePath,
      float score,
      String snippet,
      List<String> tags,
      long modifiedMillis) {
    this(
        title,
        type,
        permalink,
        filePath,
        score,
        snippet,
        tags,
        modifiedMillis,
        "entity",
        "",
        "",
        "",
        "",
        title);
  }
}
