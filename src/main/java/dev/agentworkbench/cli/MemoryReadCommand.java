package dev.agentworkbench.cli;

import dev.agentworkbench.memory.NoteFile;
import dev.agentworkbench.memory.NoteNotFoundException;
import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.index.SearchHit;
import dev.agentworkbench.memory.index.SearchPage;
import dev.agentworkbench.memory.index.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** read_note: a note by permalink, title, path or memory:// URL. */
@Command(name = "read", mixinStandardHelpOptions = true, description = "Read a note (read_note).")
final class MemoryReadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin MemoryOptions options;

  @Parameters(
      paramLabel = "IDENTIFIER",
      description = "Permalink, title, file path or memory:// URL.")
  String identifier;

  @Option(
      names = "--include-frontmatter",
      description = "In JSON, keep the frontmatter in content.")
  boolean includeFrontmatter;

  @Option(
      names = "--page",
      defaultValue = "1",
      description = "Page of related notes when not found.")
  int page;

  @Option(names = "--page-size", defaultValue = "10", description = "Related notes per page.")
  int pageSize;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (NotesService notes = options.open(identifier)) {
      try {
        NoteFile f = notes.read(identifier);
        if (options.json) {
          options.printJson(
              out, MemoryJson.read(f.note(), includeFrontmatter ? f.text() : f.note().content()));
        } else {
          out.print(f.text());
          f.note()
              .warnings()
              .forEach(w -> err.println("warning: " + f.note().filePath() + ": " + w));
        }
        return ExitCode.OK;
      } catch (NoteNotFoundException e) {
        return notFound(notes, out, err, e);
      }
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }

  private int notFound(
      NotesService notes, PrintWriter out, PrintWriter err, NoteNotFoundException e)
      throws IOException, NotesException {
    SearchPage related = notes.search(SearchRequest.text(identifier).withPage(page, pageSize));
    if (options.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String k : new String[] {"title", "permalink", "file_path", "content", "frontmatter"}) {
        m.put(k, null);
      }
      m.put(
          "related_results",
          related.results().stream()
              .map(h -> Map.of("title", h.title(), "permalink", h.permalink()))
              .toList());
      options.printJson(out, m);
      return ExitCode.PROBLEMS;
    }
    if (related.results().isEmpty()) {
      return options.fail(out, err, e);
    }
    err.println(
        "# Note Not Found in " + notes.location().projectName() + ": \"" + identifier + "\"");
    err.println();
    err.println("Related notes:");
    for (SearchHit h : related.results()) {
      err.println("- " + h.title() + " (" + h.permalink() + ")");
    }
    return ExitCode.PROBLEMS;
  }
}
