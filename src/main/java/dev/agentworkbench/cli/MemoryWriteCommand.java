package dev.agentworkbench.cli;

import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.WriteResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** write_note: creates a note; refuses an existing one unless --overwrite. */
@Command(
    name = "write",
    mixinStandardHelpOptions = true,
    description = "Create a note (write_note).")
final class MemoryWriteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin MemoryOptions options;

  @Option(
      names = "--title",
      required = true,
      description = "The note's title (the file name is made from it).")
  String title;

  @Option(
      names = {"--folder", "--directory"},
      required = true,
      paramLabel = "DIR",
      description = "Folder in the project; \"/\" or \"\" for the root.")
  String folder;

  @Option(
      names = "--content",
      description = "The note's Markdown body; read from stdin when omitted.")
  String content;

  @Option(names = "--tags", split = ",", description = "Tags, comma separated.")
  List<String> tags = List.of();

  @Option(
      names = {"--type", "--note-type"},
      defaultValue = "note",
      description = "The note type (default: note).")
  String type;

  @Option(names = "--metadata", paramLabel = "KEY=VALUE", description = "Extra frontmatter keys.")
  Map<String, String> metadata = new LinkedHashMap<>();

  @Option(names = "--overwrite", description = "Replace an existing note at the same path.")
  boolean overwrite;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String body =
        content != null ? content : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    try (NotesService notes = options.open()) {
      WriteResult r =
          notes.write(title, folder, body, tags, type, new LinkedHashMap<>(metadata), overwrite);
      if (options.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.note().title());
        m.put("permalink", r.note().permalink());
        m.put("file_path", r.note().filePath());
        m.put("checksum", r.checksum().substring(0, 8));
        m.put("action", r.action());
        options.printJson(out, m);
      } else {
        out.print(report(notes, r));
      }
      return ExitCode.OK;
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }

  static String report(NotesService notes, WriteResult r) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(r.action().equals("created") ? "Created" : "Updated").append(" note\n");
    s.append("project: ").append(notes.location().projectName()).append('\n');
    s.append("file_path: ").append(r.note().filePath()).append('\n');
    s.append("permalink: ").append(r.note().permalink()).append('\n');
    s.append("checksum: ").append(r.checksum(), 0, 8).append('\n');
    Map<String, Integer> categories = new TreeMap<>();
    for (Observation o : r.note().observations()) {
      categories.merge(o.category(), 1, Integer::sum);
    }
    if (!categories.isEmpty()) {
      s.append("\n## Observations\n");
      categories.forEach((c, n) -> s.append("- ").append(c).append(": ").append(n).append('\n'));
    }
    int total = r.note().relations().size();
    if (total > 0) {
      s.append("\n## Relations\n");
      s.append("- Resolved: ").append(total - r.unresolvedRelations()).append('\n');
      if (r.unresolvedRelations() > 0) {
        s.append("- Unresolved: ").append(r.unresolvedRelations()).append('\n');
        s.append("\nNote: Unresolved relations point to entities that don't exist yet.\n");
        s.append("They will be automatically resolved when target entities are created.\n");
      }
    }
    if (!r.note().tags().isEmpty()) {
      s.append("\n## Tags\n- ").append(String.join(", ", r.note().tags())).append('\n');
    }
    if (!r.note().warnings().isEmpty()) {
      s.append("\n## Warnings\n");
      r.note().warnings().forEach(w -> s.append("- ").append(w).append('\n'));
    }
    s.append('\n').append(MemoryOptions.footer(notes)).append('\n');
    return s.toString();
  }
}
