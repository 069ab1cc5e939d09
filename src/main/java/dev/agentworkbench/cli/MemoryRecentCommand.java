package dev.agentworkbench.cli;

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
      List<NoteSummary> page = notes.recent(timeframe, paging.page, paging.pageSize + 1);
      boolean hasMore = page.size() > paging.pageSize;
      List<NoteSummary> recent = hasMore ? page.subList(0, paging.pageSize) : page;
      java.time.Instant since = Timeframe.since(timeframe, java.time.Instant.now());
      List<Map<String, Object>> results = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (NoteSummary n : recent) {
        if (kinds.contains("entity")) {
          Map<String, Object> m = MemoryJson.summary(n);
          List<Map<String, Object>> related =
              notes.neighbourhood(n, depth, since, 10).stream().map(MemoryJson::related).toList();
          m.put("related_results", related);
          results.add(m);
          lines.add("- " + n.title() + " (" + n.permalink() + ") " + n.modified());
        }
        if (kinds.contains("observation")) {
          for (Observation o : notes.readFile(n.filePath()).note().observations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "observation");
            m.putAll(MemoryJson.observation(o));
            m.put("title", n.title());
            m.put("permalink", n.permalink());
            m.put("file_path", n.filePath());
            results.add(m);
            lines.add("- [" + o.category() + "] " + o.content() + "  (" + n.title() + ")");
          }
        }
        if (kinds.contains("relation")) {
          for (Relation r : n.relations()) {
            results.add(
                MemoryJson.relationRow(
                    r.type(),
                    n.permalink(),
                    notes
                        .resolve(r.target(), java.util.Optional.of(n.filePath()))
                        .map(NoteSummary::permalink),
                    r.target()));
            lines.add("- " + n.title() + " " + r.type() + " [[" + r.target() + "]]");
          }
        }
      }
      if (options.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("results", results);
        m.put("timeframe", timeframe);
        m.put("page", paging.page);
        m.put("page_size", paging.pageSize);
        m.put("has_more", hasMore);
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
