package dev.agentworkbench.cli;

import dev.agentworkbench.memory.ContextResult;
import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
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
      description = "How far back, e.g. 7d, 2 weeks.")
  String timeframe;

  @Mixin PageOptions paging;

  @Option(
      names = "--max-related",
      defaultValue = "10",
      description = "At most this many related notes and relations per note (default 10).")
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
        options.printJson(out, json(c));
      } else {
        out.print(text(notes, c));
      }
      return ExitCode.OK;
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }

  private static Map<String, Object> json(ContextResult c) {
    List<Map<String, Object>> results = new ArrayList<>();
    int observations = 0;
    int relations = 0;
    for (ContextResult.Item item : c.results()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("primary_result", MemoryJson.summary(item.primary()));
      m.put("observations", item.observations().stream().map(MemoryJson::observation).toList());
      List<Map<String, Object>> related = new ArrayList<>();
      for (ContextResult.Related r : item.related()) {
        if (r.kind().equals("relation")) {
          relations++;
        }
        related.add(MemoryJson.related(r));
      }
      observations += item.observations().size();
      m.put("related_results", related);
      results.add(m);
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("uri", c.uri());
    meta.put("depth", c.depth());
    meta.put("timeframe", c.timeframe());
    meta.put("generated_at", Instant.now().toString());
    meta.put("primary_count", c.primaryCount());
    meta.put("related_count", c.relatedCount());
    meta.put("total_observations", observations);
    meta.put("total_relations", relations);
    meta.put("has_more", c.hasMore());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("results", results);
    m.put("metadata", meta);
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
      s.append("No notes found for '")
          .append(c.uri())
          .append("' within ")
          .append(c.timeframe())
          .append(".\n");
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
