package dev.agentworkbench.cli;

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

  @Option(names = "--content", required = true, description = "The new text.")
  String content;

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
    try (NotesService notes = options.open()) {
      if (operation.endsWith("section") && (section == null || section.isBlank())) {
        throw new NotesException(
            "Edit Failed - Missing Section",
            "MISSING_SECTION",
            "section parameter is required for " + operation + " operation");
      }
      NoteEdits.Edit edit =
          new NoteEdits.Edit(
              operation,
              content,
              section == null ? "" : section,
              findText == null ? "" : findText,
              expected,
              replaceSubsections);
      WriteResult r = notes.edit(identifier, edit);
      if (options.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.note().title());
        m.put("permalink", r.note().permalink());
        m.put("file_path", r.note().filePath());
        m.put("checksum", r.checksum().substring(0, 8));
        m.put("operation", operation);
        m.put("action", r.action());
        options.printJson(out, m);
      } else {
        out.println("# Edited note (" + operation + ")");
        out.println("project: " + notes.location().projectName());
        out.println("file_path: " + r.note().filePath());
        out.println("permalink: " + r.note().permalink());
        out.println("checksum: " + r.checksum().substring(0, 8));
        out.println();
        out.println(MemoryOptions.footer(notes));
      }
      return ExitCode.OK;
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }
}
