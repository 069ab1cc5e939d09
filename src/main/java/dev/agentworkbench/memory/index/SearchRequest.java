package dev.agentworkbench.memory.index;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A search as basic-memory's search_notes takes it: text (terms, AND/OR/NOT, phrases, tag:), a
 * search type (text, title, permalink) and filters: note types, tags, folder, date, frontmatter
 * metadata, and which kinds of rows (entity, observation, relation) with observation categories.
 */
public record SearchRequest(
    String query,
    String searchType,
    List<String> types,
    List<String> tags,
    Optional<String> folder,
    Optional<Instant> after,
    int page,
    int pageSize,
    Map<String, Object> metadataFilters,
    List<String> entityTypes,
    List<String> categories) {

  public SearchRequest {
    types = List.copyOf(types);
    tags = List.copyOf(tags);
    metadataFilters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadataFilters));
    entityTypes = List.copyOf(entityTypes);
    categories = List.copyOf(categories);
  }

  /**
   * What keeps a text search's query from finding anything ("AND needs a word after it"), as
   * basic-memory's search reads it; empty when it is a query, or not a text search.
   */
  public Optional<String> queryProblem() {
    return searchType.equals("text") && !query.isBlank()
        ? QueryTranslator.problemOf(query)
        : Optional.empty();
  }

  /** A search over notes (entity rows) without metadata, type or category filters. */
  public SearchRequest(
      String query,
      String searchType,
      List<String> types,
      List<String> tags,
      Optional<String> folder,
      Optional<Instant> after,
      int page,
      int pageSize) {
    this(
        query,
        searchType,
        types,
        tags,
        folder,
        after,
        page,
        pageSize,
        Map.of(),
        List.of(),
        List.of());
  }

  public static SearchRequest text(String query) {
    return new SearchRequest(
        query, "text", List.of(), List.of(), Optional.empty(), Optional.empty(), 1, 10);
  }

  public SearchRequest withPage(int page, int pageSize) {
    return new SearchRequest(
        query,
        searchType,
        types,
        tags,
        folder,
        after,
        page,
        pageSize,
        metadataFilters,
        entityTypes,
        categories);
  }

  public SearchRequest withQuery(String query) {
    return new SearchRequest(
        query,
        searchType,
        types,
        tags,
        folder,
        after,
        page,
        pageSize,
        metadataFilters,
        entityTypes,
        categories);
  }

  /** The kinds of rows asked for: entity unless said otherwise, observation with categories. */
  public List<String> rowKinds() {
    if (!entityTypes.isEmpty()) {
      return entityTypes.stream().map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }
    return categories.isEmpty() ? List.of("entity") : List.of("observation");
  }
}
