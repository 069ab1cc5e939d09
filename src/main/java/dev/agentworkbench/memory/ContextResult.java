package dev.agentworkbench.memory;

import java.util.List;

/**
 * build_context's answer: for each primary note its observations and the notes and relations
 * reached within the depth, plus counts.
 */
public record ContextResult(
    List<Item> results,
    String uri,
    int depth,
    String timeframe,
    int primaryCount,
    int relatedCount,
    boolean hasMore) {

  /** One primary note with what surrounds it. */
  public record Item(NoteSummary primary, List<Observation> observations, List<Related> related) {}

  /**
   * A note or relation reached from the primary; {@code relationType} is empty for notes, {@code
   * to} empty for a forward reference.
   */
  public record Related(
      String kind,
      String relationType,
      NoteSummary from,
      java.util.Optional<NoteSummary> to,
      String toName,
      int depth) {}
}
