package dev.agentworkbench.cli;

import dev.agentworkbench.memory.ContextResult;
import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** build_context: a note (or a memory:// glob) with what it is linked to, depth 1 to 3. */
@Command(
    name = "context",
    mixinStandardHelpOptions = true,
    description = "Build context from a memory:// URL (build_context).")
final class MemoryContextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin MemoryOptions options;

  @Parameters(
      paramLabel = "URL",
      description = "memory://permalink, memory://folder/*, or a bare path.")
  String url;

  @Option(names = "--depth", defaultValue = "1", description = "Relation hops, 1 to 3.")
  String depth;

  @Option(
      names = "--timeframe",
      defaultValue = "7d",
      description =
          "How far back related notes reach, by when they were created, e.g. 7d, 2 weeks (as in"
              + " basic-memory, a note created before it has nothing related).")
  String timeframe;

  @Mixin PageOptions paging;

  @Option(
      names = "--max-related",
      defaultValue = "10",
      description =
          "At most this many related notes and relations in all, nearest first (default 10).")
  int maxRelated;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (NotesService notes = options.open(url)) {
      paging.check();
      int d;
      try {
        d = Integer.parseInt(depth.strip());
      } catch (NumberFormatException e) {
        throw new NotesException(
            "Error",
            "INVALID_DEPTH",
            "Invalid depth parameter: '" + depth + "' is not a valid integer");
      }
      ContextResult c = notes.context(url, d, timeframe, paging.page, paging.pageSize, maxRelated);
      if (options.json) {
        options.printJson(out, json(c, paging.page, paging.pageSize));
      } else {
        out.print(text(notes, c));
      }
      return ExitCode.OK;
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }

  /** basic-memory's GraphContext. */
  private static Map<String, Object> json(ContextResult c, int page, int pageSize) {
    List<Map<String, Object>> results = new ArrayList<>();
    List<ContextResult.Related> related = new ArrayList<>();
    for (ContextResult.Item item : c.results()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("primary_result", MemoryJson.summary(item.primary()));
      m.put(
          "observations",
          item.observations().stream()
              .map(o -> MemoryJson.observationRow(item.primary(), o, true))
              .toList());
      m.put("related_results", item.related().stream().map(MemoryJson::related).toList());
      related.addAll(item.related());
      results.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("results", results);
    m.put(
        "metadata",
        MemoryJson.metadata(
            c.uri(),
            null,
            c.depth(),
            c.since(),
            c.primaryCount(),
            related,
            c.totalObservations(),
            c.hasMore()));
    m.put("page", page);
    m.put("page_size", pageSize);
    m.put("has_more", c.hasMore());
    return m;
  }

  private static String text(NotesService notes, ContextResult c) {
    StringBuilder s = new StringBuilder();
    for (ContextResult.Item item : c.results()) {
      s.append("# ").append(item.primary().title()).append('\n');
      s.append("permalink: ").append(item.primary().permalink()).append('\n');
      s.append("file_path: ").append(item.primary().filePath()).append("\n\n");
      if (!item.observations().isEmpty()) {
        s.append("## Observations\n");
        item.observations()
            .forEach(
                o ->
                    s.append("- [")
                        .append(o.category())
                        .append("] ")
                        .append(o.content())
                        .append('\n'));
        s.append('\n');
      }
      if (!item.related().isEmpty()) {
        s.append("## Related\n");
        for (ContextResult.Related r : item.related()) {
          if (r.kind().equals("relation")) {
            s.append("- ")
                .append(r.from().title())
                .append(" --")
                .append(r.relationType())
                .append("--> ")
                .append(r.to().map(t -> t.title()).orElse(r.toName() + " (unresolved)"));
          } else {
            s.append("- note: ")
                .append(r.from().title())
                .append(" (")
                .append(r.from().permalink())
                .append(')');
          }
          s.append(" [depth ").append(r.depth()).append("]\n");
        }
        s.append('\n');
      }
    }
    if (c.results().isEmpty()) {
      s.append("No notes found for '").append(c.uri()).append("'.\n");
    }
    s.append("*")
        .append(c.primaryCount())
        .append(" primary, ")
        .append(c.relatedCount())
        .append(" related | depth=")
        .append(c.depth())
        .append(" | project: ")
        .append(notes.location().projectName())
        .append("*\n");
    return s.toString();
  }
}
