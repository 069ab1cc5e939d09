package dev.agentworkbench.memory.index;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A search as basic-memory's search_notes takes it: text (terms, AND/OR/NOT, phrases, tag:), a
 * search type (text, title, permalink) and filters.
 */
public record SearchRequest(
    String query,
    String searchType,
    List<String> types,
    List<String> tags,
    Optional<String> folder,
    Optional<Instant> after,
    int page,
    int pageSize) {

  public SearchRequest {
    types = List.copyOf(types);
    tags = List.copyOf(tags);
  }

  public static SearchRequest text(String query) {
    return new SearchRequest(
        query, "text", List.of(), List.of(), Optional.empty(), Optional.empty(), 1, 10);
  }

  public SearchRequest withPage(int page, int pageSize) {
    return new SearchRequest(query, searchType, types, tags, folder, after, page, pageSize);
  }
}
