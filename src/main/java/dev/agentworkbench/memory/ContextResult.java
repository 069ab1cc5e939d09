package dev.agentworkbench.memory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * build_context's answer: for each primary note its observations and the notes and relations
 * related to it, plus basic-memory's counts. {@code uri} is the URL's path as looked up (slugged),
 * {@code timeframe} as given and {@code since} what it stands for.
 */
public record ContextResult(
    List<Item> results,
    String uri,
    int depth,
    String timeframe,
    Instant since,
    int primaryCount,
    int relatedCount,
    int totalObservations,
    boolean hasMore) {

  public ContextResult {
    results = List.copyOf(results);
  }

  /** One primary note with what surrounds it. */
  public record Item(NoteSummary primary, List<Observation> observations, List<Related> related) {}

  /**
   * A note or relation reached from the primary note {@code root} in {@code depth} hops; {@code
   * relationType} is empty for notes, {@code to} empty for a forward reference. For a relation,
   * {@code from} is the note that holds it.
   */
  public record Related(
      String kind,
      String relationType,
      NoteSummary from,
      Optional<NoteSummary> to,
      String toName,
      int depth,
      NoteSummary root) {}
}
