package dev.agentworkbench.cli;

import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.PathNotAllowedException;
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

/** move_note: a new path (with .md) or a destination folder; the permalink is kept. */
@Command(
    name = "move",
    mixinStandardHelpOptions = true,
    description = "Move a note (move_note); its permalink is kept.")
final class MemoryMoveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin MemoryOptions options;

  @Parameters(index = "0", paramLabel = "IDENTIFIER")
  String identifier;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "DESTINATION_PATH",
      description = "New path including the note's extension (.md, or .markdown for such a note).")
  String destination;

  @Option(
      names = "--destination-folder",
      paramLabel = "DIR",
      description = "Move into this folder, keeping the file name.")
  String folder;

  @Option(
      names = {"--is-directory", "--is-dir"},
      description =
          "IDENTIFIER is a folder: move the whole tree; permalinks are kept (unless basic-memory's"
              + " update_permalinks_on_move is set).")
  boolean isDirectory;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((destination == null) == (folder == null)) {
      err.println("workbench memory move: give either DESTINATION_PATH or --destination-folder.");
      return ExitCode.USAGE;
    }
    try (NotesService notes = options.open(identifier)) {
      if (isDirectory) {
        return moveFolder(notes, out, destination != null ? destination : folder);
      }
      String from =
          notes
              .resolve(identifier, java.util.Optional.empty())
              .map(n -> n.filePath())
              .orElse(identifier);
      WriteResult r =
          folder != null
              ? notes.move(identifier, folder, true)
              : notes.move(identifier, destination, false);
      if (options.json) {
        // basic-memory's move_note shape, with this command's earlier from_path and action kept
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("moved", true);
        m.put("title", r.note().title());
        m.put("permalink", r.note().permalink());
        m.put("file_path", r.note().filePath());
        m.put("source", from);
        m.put("destination", r.note().filePath());
        m.put("from_path", from);
        m.put("action", "moved");
        options.printJson(out, m);
      } else {
        out.println("# Note Moved Successfully");
        out.println();
        out.println("- from: " + from);
        out.println("- to: " + r.note().filePath());
        out.println("- permalink: " + r.note().permalink());
        out.println();
        out.println(MemoryOptions.footer(notes));
      }
      return ExitCode.OK;
    } catch (PathNotAllowedException e) {
      return options.fail(
          out,
          err,
          new NotesException("Move Failed - Security Validation Error", e.code(), e.getMessage()));
    } catch (NotesException e) {
      return options.fail(out, err, e);
    }
  }

  private int moveFolder(NotesService notes, PrintWriter out, String to)
      throws NotesException, IOException {
    NotesService.FolderChange c = notes.moveFolder(identifier, to);
    if (options.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("is_directory", true);
      m.put("from_path", c.folder());
      m.put("to_path", c.destination());
      m.put("total_files", c.notes().size());
      m.put("moved", c.notes());
      options.printJson(out, m);
    } else {
      out.println("# Directory Moved Successfully");
      out.println();
      out.println("- from: " + c.folder());
      out.println("- to: " + c.destination());
      out.println("- notes moved: " + c.notes().size());
      out.println(
          notes.location().updatePermalinksOnMove()
              ? "- permalinks: updated to the new folder (update_permalinks_on_move)"
              : "- permalinks: kept");
      out.println();
      out.println(MemoryOptions.footer(notes));
    }
    return ExitCode.OK;
  }
}
