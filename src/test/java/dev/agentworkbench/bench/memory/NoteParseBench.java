package dev.agentworkbench.bench.memory;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.index.NoteIndex;
import dev.agentworkbench.memory.parse.NoteParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Steady-state cost of parsing and of indexing, pass after pass (JIT warmed). Usage: DIR. */
public final class NoteParseBench {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).toList();
    }
    List<byte[]> bytes = new ArrayList<>();
    for (Path p : files) {
      bytes.add(Files.readAllBytes(p));
    }
    NoteParser.FileFacts facts = new NoteParser.FileFacts(Instant.EPOCH, Instant.EPOCH, "x");
    List<Note> notes = new ArrayList<>();
    for (int pass = 1; pass <= 4; pass++) {
      notes.clear();
      long t = System.nanoTime();
      long c = cpu();
      for (int i = 0; i < files.size(); i++) {
        notes.add(
            NoteParser.parse(
                root.relativize(files.get(i)).toString(), bytes.get(i), facts, "p" + i));
      }
      System.out.printf(
          "parse pass %d: %.0f ms wall, %.0f ms CPU for %d notes%n",
          pass, (System.nanoTime() - t) / 1e6, (cpu() - c) / 1e6, notes.size());
    }
    for (int pass = 1; pass <= 3; pass++) {
      long t = System.nanoTime();
      long c = cpu();
      try (NoteIndex index = NoteIndex.inMemory(path -> java.util.Optional.empty())) {
        for (Note n : notes) {
          index.put(n, 0, 0);
        }
        index.commit();
      }
      System.out.printf(
          "index pass %d (one thread, in memory): %.0f ms wall, %.0f ms CPU%n",
          pass, (System.nanoTime() - t) / 1e6, (cpu() - c) / 1e6);
    }
  }

  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
