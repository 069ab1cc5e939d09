package dev.agentworkbench.memory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A child process for the crash test: rewrites notes through NotesService until killed. */
public final class NoteWriterLoop {
  private NoteWriterLoop() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    try (NotesService notes =
        NotesService.openInMemory(NotesLocation.folder(root, root.resolve(".app")))) {
      System.out.println("writing");
      System.out.flush();
      for (long i = 0; ; i++) {
        int n = (int) (i % 5);
        String body = ("version " + (i % 2) + " ").repeat(20_000) + "\nend\n";
        notes.write("Note " + n, "crash", body, List.of("t"), "note", Map.of(), true);
      }
    }
  }
}
