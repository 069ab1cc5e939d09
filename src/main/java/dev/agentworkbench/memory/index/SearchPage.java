package dev.agentworkbench.memory.index;

import java.util.List;

/**
 * A page of search results, the total and whether more pages exist. The total is a lower bound when
 * {@code totalIsExact} is false (basic-memory's {@code total_is_exact}).
 */
public record SearchPage(
    List<SearchHit> results,
    long total,
    int page,
    int pageSize,
    boolean hasMore,
    boolean totalIsExact) {
  public SearchPage {
    results = List.copyOf(results);
  }

  /**
   * Hits are counted exactly up to this many; past it the total is a lower bound (counting every
   * hit of a common word in 100,000 notes doubled a search's time).
   */
  public static final int EXACT_UP_TO = 10_000;

  public SearchPage(List<SearchHit> results, long total, int page, int pageSize, boolean hasMore) {
    this(results, total, page, pageSize, hasMore, true);
  }
}
