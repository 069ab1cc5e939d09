package dev.agentworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.Timeframe;
import dev.agentworkbench.memory.index.SearchHit;
import dev.agentworkbench.memory.index.SearchPage;
import dev.agentworkbench.memory.index.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** search_notes: basic-memory's text search syntax plus type, tag, folder and date filters. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search notes (search_notes).")
final class MemorySearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin MemoryOptions options;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..1",
      description = "Terms (prefix match), AND/OR/NOT, \"phrases\", tag:NAME.")
  String query;

  @Option(names = "--search-type", defaultValue = "text", description = "text, title or permalink.")
  String searchType;

  @Option(
      names = {"--type", "--note-type", "--note-types", "--types"},
      split = ",",
      description = "Only these note types.")
  List<String> types = new ArrayList<>();

  @Option(
      names = {"--tag", "--tags"},
      split = ",",
      description = "Only notes with these tags.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--folder", description = "Only notes in this folder (and below).")
  String folder;

  @Option(
      names = {"--after-date", "--after_date", "--since", "--after", "--from-date"},
      paramLabel = "DATE",
      description = "Changed after an ISO date or a timeframe like 1 week, 2d.")
  String afterDate;

  @Option(
      names = {"--entity-types", "--entity-type"},
      split = ",",
      paramLabel = "KIND",
      description = "Kinds of rows: entity (default), observation, relation.")
  List<String> entityTypes = new ArrayList<>();

  @Option(
      names = {"--categories", "--category"},
      split = ",",
      description =
          "Only observations of these exact categories (implies --entity-types observation).")
  List<String> categories = new ArrayList<>();

  @Option(
      names = {"--metadata-filters", "--filter"},
      paramLabel = "JSON",
      description =
          "Frontmatter filters as a JSON object: {\"status\": \"draft\"}, lists (contains all),"
              + " $in, $gt, $gte, $lt, $lte, $between; dotted keys for nested values.")
  String metadataFilters;

  @Option(
      names = "--meta",
      paramLabel = "KEY=VALUE",
      description = "A frontmatter equality filter (repeatable).")
  Map<String, String> meta = new LinkedHashMap<>();

  @Option(names = "--status", description = "Only notes whose frontmatter status is this.")
  String status;

  @Mixin PageOptions paging;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (NotesService notes = options.open(query)) {
      String q = query == null ? "" : query;
      Map<String, Object> filters = filters();
      if (q.isBlank()
          && types.isEmpty()
          && tags.isEmpty()
          && folder == null
          && afterDate == null
          && filters.isEmpty()
          && entityTypes.isEmpty()
          && categories.isEmpty()) {
        throw new NotesException(
            "No Search Criteria",
            "NO_SEARCH_CRITERIA",
            "Give a query or a filter (--type, --tag, --folder, --after-date, --metadata-filters,"
                + " --entity-types, --categories).");
      }
      if (!List.of("text", "title", "permalink").contains(searchType)) {
        throw new NotesException(
            "Error",
            "INVALID_SEARCH_TYPE",
            "Invalid search type '"
                + searchType
                + "': use text, title or permalink (this app has no semantic index for vector"
                + " or hybrid search).");
      }
      Optional<Instant> after =
          afterDate == null
              ? Optional.empty()
              : Optional.of(Timeframe.after(afterDate, Instant.now(), ZoneId.systemDefault()));
      SearchRequest request =
          new SearchRequest(
              q,
              searchType,
              types,
              tags,
              Optional.ofNullable(folder),
              after,
              paging.page,
              paging.pageSize,
              filters,
              entityTypes,
              categories);
      SearchPage result = notes.search(request);
      if (options.json) {
        options.printJson(out, json(notes, result));
      } else {
        out.print(text(notes, request, result));
      }
      return ExitCode.OK;
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }

  /** --metadata-filters, then --meta pairs, then --status, as basic-memory merges them. */
  private Map<String, Object> filters() throws NotesException {
    Map<String, Object> out = new LinkedHashMap<>();
    if (metadataFilters != null) {
      try {
        Object parsed = new ObjectMapper().readValue(metadataFilters, Object.class);
        if (!(parsed instanceof Map<?, ?> map)) {
          throw new NotesException(
              "Error", "INVALID_METADATA_FILTER", "Metadata filter JSON must be an object");
        }
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
      } catch (JsonProcessingException e) {
        throw new NotesException(
            "Error",
            "INVALID_METADATA_FILTER",
            "Invalid JSON for --metadata-filters: " + e.getOriginalMessage());
      }
    }
    meta.forEach((k, v) -> out.put(k.strip(), v));
    if (status != null) {
      out.putIfAbsent("status", status);
    }
    return out;
  }

  private static Map<String, Object> json(NotesService notes, SearchPage page) {
    List<Map<String, Object>> results = new ArrayList<>();
    for (SearchHit h : page.results()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", h.title());
      m.put("type", h.kind());
      m.put("note_type", h.type());
      m.put("score", h.score());
      m.put("permalink", h.permalink());
      m.put("file_path", h.filePath());
      m.put("matched_chunk", h.snippet());
      m.put("metadata", Map.of("tags", h.tags()));
      if (h.kind().equals("observation")) {
        m.put("category", h.category());
      }
      if (h.kind().equals("relation")) {
        m.put("relation_type", h.relationType());
        m.put("from_entity", h.fromTitle());
        m.put("to_entity", h.toTitle().isEmpty() ? null : h.toTitle());
      }
      if (h.kind().equals("entity")) {
        NoteWarnings.addTo(m, NoteWarnings.of(notes, h.filePath()));
      }
      results.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("results", results);
    m.put("current_page", page.page());
    m.put("page_size", page.pageSize());
    m.put("total", page.total());
    m.put("total_is_exact", page.totalIsExact());
    m.put("has_more", page.hasMore());
    return m;
  }

  private static String text(NotesService notes, SearchRequest request, SearchPage page) {
    String q = request.query();
    if (page.results().isEmpty()) {
      return "No results found for '"
          + q
          + "' in project '"
          + notes.location().projectName()
          + request
              .queryProblem()
              .map(why -> "': " + why + "\n")
              .orElse(
                  "'. Try broader or different terms, or run `workbench memory recent --timeframe"
                      + " 7d`.\n");
    }
    StringBuilder s = new StringBuilder("# Search Results: ").append(q).append("\n\n");
    for (SearchHit h : page.results()) {
      s.append("### ").append(h.title()).append('\n');
      s.append("- permalink: ").append(h.permalink()).append('\n');
      s.append("- file_path: ").append(h.filePath()).append('\n');
      s.append(String.format(java.util.Locale.ROOT, "- score: %.2f%n", h.score()));
      if (!h.snippet().isEmpty()) {
        s.append("- match: ").append(h.snippet()).append('\n');
      }
      List<String> warnings =
          h.kind().equals("entity") ? NoteWarnings.of(notes, h.filePath()) : List.of();
      if (!warnings.isEmpty()) {
        s.append("- ").append(NoteWarnings.shortLine(warnings)).append('\n');
      }
      s.append('\n');
    }
    s.append("*")
        .append(page.totalIsExact() ? "" : "at least ")
        .append(page.total())
        .append(" results | page ")
        .append(page.page())
        .append(", page_size ")
        .append(page.pageSize())
        .append(page.hasMore() ? " | more available" : "")
        .append("*\n");
    return s.toString();
  }
}
