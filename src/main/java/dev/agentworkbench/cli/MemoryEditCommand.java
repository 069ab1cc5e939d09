package dev.agentworkbench.cli;

import dev.agentworkbench.memory.AmbiguousIdentifierException;
import dev.agentworkbench.memory.NoteEdits;
import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.WriteResult;
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

/** edit_note: append, prepend, find_replace, replace_section, insert_before/after_section. */
@Command(name = "edit", mixinStandardHelpOptions = true, description = "Edit a note (edit_note).")
final class MemoryEditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin MemoryOptions options;

  @Parameters(paramLabel = "IDENTIFIER", description = "Exact permalink, title or path.")
  String identifier;

  @Option(
      names = "--operation",
      required = true,
      description =
          "append, prepend, find_replace, replace_section, insert_before_section, insert_after_section.")
  String operation;

  @Option(
      names = "--content",
      description =
          "The new text; read from stdin when omitted (may be empty with --metadata for a"
              + " frontmatter-only edit).")
  String content;

  @Option(
      names = "--metadata",
      paramLabel = "KEY=VALUE",
      description = "Frontmatter keys to merge (title, type and permalink are ignored).")
  Map<String, String> metadata = new LinkedHashMap<>();

  @Option(
      names = "--section",
      description = "Section heading, e.g. \"## Notes\" (a bare name gets ##).")
  String section;

  @Option(names = "--find-text", description = "Text to replace (find_replace).")
  String findText;

  @Option(
      names = "--expected-replacements",
      defaultValue = "1",
      description = "How many occurrences find_replace must find (default 1).")
  int expected;

  @Option(
      names = "--replace-subsections",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "replace_section also replaces subsections (default true).")
  boolean replaceSubsections;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (content == null && metadata.isEmpty()) {
      if (System.console() != null) {
        err.println(
            "workbench memory edit: give --content, pipe the content in, or --metadata for a"
                + " frontmatter-only edit.");
        return ExitCode.USAGE;
      }
      content = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    try (NotesService notes = options.open(identifier)) {
      if (operation.endsWith("section") && (section == null || section.isBlank())) {
        throw new NotesException(
            "Edit Failed - Missing Section",
            "MISSING_SECTION",
            "section parameter is required for section-based operations");
      }
      NoteEdits.Edit edit =
          new NoteEdits.Edit(
              operation,
              content == null ? "" : content,
              section == null ? "" : section,
              findText == null ? "" : findText,
              expected,
              replaceSubsections);
      WriteResult r = notes.edit(identifier, edit, new LinkedHashMap<>(metadata));
      if (options.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.note().title());
        m.put("permalink", r.note().permalink());
        m.put("file_path", r.note().filePath());
        m.put("checksum", r.checksum());
        m.put("operation", operation);
        m.put("fileCreated", r.action().equals("created"));
        options.printJson(out, m);
      } else {
        out.print(report(notes, r, operation, content == null ? "" : content, section));
      }
      return ExitCode.OK;
    } catch (AmbiguousIdentifierException e) {
      return options.fail(
          out,
          err,
          new NotesException("Edit Failed - Ambiguous Identifier", e.code(), e.getMessage()));
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }

  /** edit_note's text summary, line for line. */
  static String report(
      NotesService notes, WriteResult r, String operation, String content, String section) {
    boolean created = r.action().equals("created");
    int lines = content.split("\n", -1).length;
    StringBuilder s = new StringBuilder();
    s.append("# ").append(created ? "Created" : "Edited").append(" note (").append(operation);
    s.append(")\n");
    s.append("project: ").append(notes.location().projectName()).append('\n');
    s.append("file_path: ").append(r.note().filePath()).append('\n');
    s.append("permalink: ").append(r.note().permalink()).append('\n');
    s.append("checksum: ").append(r.checksum(), 0, 8).append('\n');
    if (created) {
      s.append("fileCreated: true\n");
      s.append("operation: Created note with ").append(lines).append(" lines");
    } else {
      s.append("operation: ").append(operationLine(operation, lines, section));
    }
    s.append(MemoryWriteCommand.counts(r, false));
    s.append("\n\n").append(MemoryOptions.footer(notes)).append('\n');
    return s.toString();
  }

  private static String operationLine(String operation, int lines, String section) {
    return switch (operation) {
      case "append" -> "Added " + lines + " lines to end of note";
      case "prepend" -> "Added " + lines + " lines to beginning of note";
      case "find_replace" -> "Find and replace operation completed";
      case "replace_section" -> "Replaced content under section '" + section + "'";
      case "insert_before_section" -> "Inserted content before section '" + section + "'";
      default -> "Inserted content after section '" + section + "'";
    };
  }
}
