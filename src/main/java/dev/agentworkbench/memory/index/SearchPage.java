package dev.agentworkbench.memory.index;

import java.util.List;

/** A page of search results, the total and whether more pages exist. */
public record SearchPage(
    List<SearchHit> results, long total, int page, int pageSize, boolean hasMore) {
  public SearchPage {
    results = List.copyOf(results);
  }
}
