package dev.agentworkbench.cli;

import dev.agentworkbench.memory.ContextResult;
import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import dev.agentworkbench.memory.Timeframe;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** recent_activity: notes changed within a timeframe, newest first. */
@Command(
    name = "recent",
    mixinStandardHelpOptions = true,
    description = "Recently changed notes (recent_activity).")
final class MemoryRecentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin MemoryOptions options;

  @Option(
      names = "--timeframe",
      defaultValue = "7d",
      description = "How far back, e.g. 7d, 2 weeks, today.")
  String timeframe;

  @Option(
      names = {"--type", "--types", "--kind"},
      split = ",",
      paramLabel = "TYPE",
      description = "What to list: entity (the notes, the default), relation, observation.")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--depth",
      defaultValue = "1",
      description = "Relation hops around each note listed in related_results (1 to 3).")
  int depth;

  @Mixin PageOptions paging;

  private static final Set<String> KINDS = Set.of("entity", "relation", "observation");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (NotesService notes = options.open()) {
      paging.check();
      if (paging.pageSize < 1 || paging.pageSize > 100) {
        throw new NotesException(
            "Error", "INVALID_PAGE", "page_size must be between 1 and 100, got " + paging.pageSize);
      }
      Set<String> kinds = kinds();
      if (depth < 1 || depth > 3) {
        throw new NotesException(
            "Error", "INVALID_DEPTH", "depth must be between 1 and 3, got " + depth);
      }
      // basic-memory pages over the rows it lists (notes, observations, relations), newest first
      java.time.Instant since = Timeframe.since(timeframe, java.time.Instant.now());
      long skip = (long) (paging.page - 1) * paging.pageSize;
      Observed observed = new Observed(notes);
      List<Row> rows = new ArrayList<>();
      for (NoteSummary n : notes.recent(timeframe, 1, Integer.MAX_VALUE)) {
        if (rows.size() > skip + paging.pageSize) {
          break;
        }
        if (kinds.contains("entity")) {
          rows.add(new Row(n, null, null));
        }
        if (kinds.contains("observation")) {
          for (Observation o : observed.of(n)) {
            rows.add(new Row(n, o, null));
          }
        }
        if (kinds.contains("relation")) {
          for (Relation r : n.relations()) {
            rows.add(new Row(n, null, r));
          }
        }
      }
      boolean hasMore = rows.size() > skip + paging.pageSize;
      List<Row> shown =
          rows.subList(
              (int) Math.min(rows.size(), skip),
              (int) Math.min(rows.size(), skip + paging.pageSize));
      List<NoteSummary> entities = shown.stream().filter(Row::isNote).map(Row::note).toList();
      List<ContextResult.Related> related = notes.related(entities, depth, since, 10);
      List<Map<String, Object>> results = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      int observations = 0;
      for (Row row : shown) {
        NoteSummary n = row.note();
        Map<String, Object> m = new LinkedHashMap<>();
        if (row.isNote()) {
          List<Observation> own = observed.of(n);
          observations += own.size();
          m.put("primary_result", MemoryJson.summary(n));
          m.put(
              "observations",
              own.stream().map(o -> MemoryJson.observationRow(n, o, true)).toList());
          m.put(
              "related_results",
              related.stream()
                  .filter(r -> r.root().filePath().equals(n.filePath()))
                  .map(MemoryJson::related)
                  .toList());
          NoteWarnings.addTo(m, n.warnings());
          lines.add("- " + n.title() + " (" + n.permalink() + ") " + n.modified());
          if (!n.warnings().isEmpty()) {
            lines.add("  " + NoteWarnings.shortLine(n.warnings()));
          }
        } else if (row.observation() != null) {
          Observation o = row.observation();
          m.put("primary_result", MemoryJson.observationRow(n, o, false));
          m.put("observations", List.of());
          m.put("related_results", List.of());
          lines.add("- [" + o.category() + "] " + o.content() + "  (" + n.title() + ")");
        } else {
          Relation r = row.relation();
          m.put(
              "primary_result",
              MemoryJson.relationRow(
                  n,
                  r.type(),
                  notes.resolve(r.target(), java.util.Optional.of(n.filePath())),
                  r.target()));
          m.put("observations", List.of());
          m.put("related_results", List.of());
          lines.add("- " + n.title() + " " + r.type() + " [[" + r.target() + "]]");
        }
        results.add(m);
      }
      // basic-memory counts the observations of the related notes too, each note once
      java.util.Set<String> counted = new java.util.HashSet<>();
      shown.stream().filter(Row::isNote).forEach(r -> counted.add(r.note().filePath()));
      for (ContextResult.Related r : related) {
        if (r.kind().equals("entity") && counted.add(r.from().filePath())) {
          observations += observed.of(r.from()).size();
        }
      }
      if (options.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("results", results);
        m.put(
            "metadata",
            MemoryJson.metadata(
                null,
                List.copyOf(kinds),
                depth,
                since,
                shown.size(),
                related,
                observations,
                hasMore));
        m.put("page", paging.page);
        m.put("page_size", paging.pageSize);
        m.put("has_more", hasMore);
        m.put("timeframe", timeframe); // as given; metadata.timeframe is the instant it reaches
        options.printJson(out, m);
      } else {
        out.println("# Recent Activity (" + timeframe + ")");
        out.println();
        lines.forEach(out::println);
        if (lines.isEmpty()) {
          out.println("Nothing changed within " + timeframe + ".");
        }
        if (hasMore) {
          out.println();
          out.println("More on page " + (paging.page + 1) + ".");
        }
        out.println();
        out.println(MemoryOptions.footer(notes));
      }
      return ExitCode.OK;
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }

  /** Each note's observations, its file read once however many rows and counts ask for them. */
  private static final class Observed {
    private final NotesService notes;
    private final Map<String, List<Observation>> read = new java.util.HashMap<>();

    Observed(NotesService notes) {
      this.notes = notes;
    }

    List<Observation> of(NoteSummary n) throws IOException, NotesException {
      List<Observation> known = read.get(n.filePath());
      if (known == null) {
        known = notes.readFile(n.filePath()).note().observations();
        read.put(n.filePath(), known);
      }
      return known;
    }
  }

  /** One row of the listing: a note, one of its observations or one of its relations. */
  private record Row(NoteSummary note, Observation observation, Relation relation) {
    boolean isNote() {
      return observation == null && relation == null;
    }
  }

  private Set<String> kinds() throws NotesException {
    Set<String> kinds = new java.util.LinkedHashSet<>();
    for (String t : types) {
      String kind = t.strip().toLowerCase(java.util.Locale.ROOT);
      if (!KINDS.contains(kind)) {
        throw new NotesException(
            "Error",
            "INVALID_TYPE",
            "Invalid type '" + t + "': use entity, relation or observation.");
      }
      kinds.add(kind);
    }
    return kinds.isEmpty() ? Set.of("entity") : kinds;
  }
}
