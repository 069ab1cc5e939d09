package dev.agentworkbench.cli;

import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Mixin PageOptions paging;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (NotesService notes = options.open()) {
      if (paging.pageSize < 1 || paging.pageSize > 100) {
        throw new NotesException(
            "Error", "INVALID_PAGE", "page_size must be between 1 and 100, got " + paging.pageSize);
      }
      List<NoteSummary> recent = notes.recent(timeframe, paging.page, paging.pageSize);
      if (options.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("results", MemoryJson.summaries(recent));
        m.put("timeframe", timeframe);
        m.put("page", paging.page);
        m.put("page_size", paging.pageSize);
        options.printJson(out, m);
      } else {
        out.println("# Recent Activity (" + timeframe + ")");
        out.println();
        recent.forEach(
            n -> out.println("- " + n.title() + " (" + n.permalink() + ") " + n.modified()));
        if (recent.isEmpty()) {
          out.println("Nothing changed within " + timeframe + ".");
        }
        out.println();
        out.println(MemoryOptions.footer(notes));
      }
      return ExitCode.OK;
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }
}
