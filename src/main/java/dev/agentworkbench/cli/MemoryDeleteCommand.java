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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** delete_note: deletes the file permanently; false (exit 1) when no note matches. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = "Delete a note permanently (delete_note).")
final class MemoryDeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin MemoryOptions options;

  @Parameters(paramLabel = "IDENTIFIER")
  String identifier;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (NotesService notes = options.open()) {
      boolean deleted = notes.delete(identifier);
      if (options.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deleted", deleted);
        m.put("identifier", identifier);
        options.printJson(out, m);
      } else if (deleted) {
        out.println("# Note Deleted Successfully");
        out.println();
        out.println("- " + identifier);
      } else {
        err.println("Note not found: '" + identifier + "'. Nothing was deleted.");
      }
      return deleted ? ExitCode.OK : ExitCode.PROBLEMS;
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }
}
