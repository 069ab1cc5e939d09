package dev.agentworkbench.cli;

import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
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

/** delete_note: deletes the file permanently; prints True, or False (exit 1) when none matches. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = "Delete a note permanently (delete_note).")
final class MemoryDeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin MemoryOptions options;

  @Parameters(paramLabel = "IDENTIFIER")
  String identifier;

  @Option(
      names = {"--is-directory", "--is-dir"},
      description = "IDENTIFIER is a folder: delete it and every note in it.")
  boolean isDirectory;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (NotesService notes = options.open(identifier)) {
      if (isDirectory) {
        return deleteFolder(notes, out, err);
      }
      boolean deleted = notes.delete(identifier);
      if (options.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deleted", deleted);
        m.put("identifier", identifier);
        options.printJson(out, m);
      } else {
        // delete_note's text reply is the boolean itself
        out.println(deleted ? "True" : "False");
      }
      return deleted ? ExitCode.OK : ExitCode.PROBLEMS;
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }

  private int deleteFolder(NotesService notes, PrintWriter out, PrintWriter err)
      throws NotesException, IOException {
    java.util.Optional<NotesService.FolderChange> c =
        notes.deleteFolder(identifier, NotesService.PERMANENTLY);
    if (options.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("deleted", c.isPresent());
      m.put("is_directory", true);
      m.put("identifier", identifier);
      m.put("total_files", c.map(x -> x.notes().size()).orElse(0));
      m.put("deleted_files", c.map(NotesService.FolderChange::notes).orElse(java.util.List.of()));
      options.printJson(out, m);
    } else if (c.isPresent()) {
      out.println("# Directory Deleted Successfully");
      out.println();
      out.println("- directory: " + c.get().folder());
      out.println("- notes deleted: " + c.get().notes().size());
      c.get().notes().forEach(n -> out.println("  - " + n));
      out.println();
      out.println(MemoryOptions.footer(notes));
    } else {
      err.println("Folder not found: '" + identifier + "'. Nothing was deleted.");
    }
    return c.isPresent() ? ExitCode.OK : ExitCode.PROBLEMS;
  }
}
