package dev.agentworkbench.cli;

import dev.agentworkbench.memory.NoteExistsException;
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

  @Option(
      names = "--tags",
      description = "Tags: comma separated, a JSON array ([\"a\", \"b c\"]), or repeated.")
  List<String> tags = List.of();

  @Option(
      names = {"--type", "--note-type"},
      defaultValue = "note",
      description = "The note type (default: note).")
  String type;

  @Option(names = "--metadata", paramLabel = "KEY=VALUE", description = "Extra frontmatter keys.")
  Map<String, String> metadata = new LinkedHashMap<>();

  @Option(
      names = "--overwrite",
      negatable = true,
      arity = "0..1",
      description =
          "Replace an existing note at the same path; --no-overwrite (or --overwrite=false)"
              + " refuses it (without either: basic-memory's write_note_overwrite_default, false"
              + " unless set).")
  Boolean overwrite;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String body =
        content != null ? content : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    try (NotesService notes = options.open()) {
      WriteResult r;
      try {
        r =
            notes.write(
                title,
                folder,
                body,
                tags,
                type,
                new LinkedHashMap<>(metadata),
                java.util.Optional.ofNullable(overwrite));
      } catch (NoteExistsException e) {
        if (options.json) {
          return options.fail(out, err, e);
        }
        err.print(exists(notes, title, folder, options.selection()));
        return ExitCode.PROBLEMS;
      }
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
        r.note().warnings().forEach(w -> err.println("warning: " + r.note().filePath() + ": " + w));
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
    s.setLength(s.length() - 1);
    s.append(counts(r, true));
    if (!r.note().tags().isEmpty()) {
      s.append("\n\n## Tags\n- ").append(String.join(", ", r.note().tags()));
    }
    s.append("\n\n").append(MemoryOptions.footer(notes)).append('\n');
    return s.toString();
  }

  /**
   * The observation counts by category and the resolved/unresolved relation counts that write_note
   * and edit_note add to their summaries (each line led by a newline).
   */
  static String counts(WriteResult r, boolean explainUnresolved) {
    StringBuilder s = new StringBuilder();
    Map<String, Integer> categories = new TreeMap<>();
    for (Observation o : r.note().observations()) {
      categories.merge(o.category(), 1, Integer::sum);
    }
    if (!categories.isEmpty()) {
      s.append("\n\n## Observations");
      categories.forEach((c, n) -> s.append("\n- ").append(c).append(": ").append(n));
    }
    int total = r.note().relations().size();
    if (total > 0) {
      s.append("\n\n## Relations");
      s.append("\n- Resolved: ").append(total - r.unresolvedRelations());
      if (r.unresolvedRelations() > 0) {
        s.append("\n- Unresolved: ").append(r.unresolvedRelations());
        if (explainUnresolved) {
          s.append("\n\nNote: Unresolved relations point to entities that don't exist yet.");
          s.append("\nThey will be automatically resolved when target entities are created")
              .append(" or during sync operations.");
        }
      }
    }
    return s.toString();
  }

  /**
   * write_note's refusal when a note already holds the path: its heading, the note by permalink,
   * and the table of ways on, as this command line's commands that run as printed: with the project
   * {@code selection} the write was given ({@link MemoryOptions#selection}) and the note's own
   * folder.
   */
  static String exists(NotesService notes, String title, String folder, String selection)
      throws NotesException {
    NotesService.Placement place = notes.placement(title, folder);
    String id = MemoryOptions.shellQuoted(place.permalink());
    int slash = place.filePath().lastIndexOf('/');
    String dir = MemoryOptions.shellQuoted(slash < 0 ? "/" : place.filePath().substring(0, slash));
    String project = notes.location().projectName();
    return "# Error: Note already exists\n\n"
        + "**\""
        + title
        + "\"** already exists (`"
        + place.permalink()
        + "`).\n\n"
        + "`write` does not overwrite by default. Choose an option:\n\n"
        + "| Goal | Action |\n"
        + "|------|--------|\n"
        + "| Append content | `workbench memory edit "
        + id
        + " --operation append --content \"...\""
        + selection
        + "` |\n"
        + "| Prepend content | `workbench memory edit "
        + id
        + " --operation prepend --content \"...\""
        + selection
        + "` |\n"
        + "| Replace a section | `workbench memory edit "
        + id
        + " --operation replace_section --section \"...\" --content \"...\""
        + selection
        + "` |\n"
        + "| Full replace | `workbench memory write --title "
        + MemoryOptions.shellQuoted(title)
        + " --folder "
        + dir
        + " --content \"...\" --overwrite"
        + selection
        + "` |\n"
        + "| Inspect first | `workbench memory read "
        + id
        + selection
        + "` |\n\n"
        + "Project: "
        + project
        + "\n";
  }
}
