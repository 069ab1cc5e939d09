package dev.agentworkbench.bench.memory;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.index.NoteIndex;
import dev.agentworkbench.memory.parse.BodyParser;
import dev.agentworkbench.memory.parse.Frontmatter;
import dev.agentworkbench.memory.parse.NoteParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Steady-state cost of parsing and of indexing, pass after pass (JIT warmed). Usage: DIR [PARSE
 * PASSES] [INDEX PASSES]. Prints per pass wall, CPU and allocated bytes, then the median of the
 * parse passes after the first, then the frontmatter and body stages alone (and commonmark's block
 * parse alone, the floor of the body stage).
 */
public final class NoteParseBench {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int parsePasses = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int indexPasses = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    List<byte[]> bytes = new ArrayList<>();
    for (Path p : files) {
      bytes.add(Files.readAllBytes(p));
    }
    NoteParser.FileFacts facts = new NoteParser.FileFacts(Instant.EPOCH, Instant.EPOCH, "x");
    List<Note> notes = new ArrayList<>();
    double[] cpus = new double[parsePasses];
    for (int pass = 1; pass <= parsePasses; pass++) {
      notes.clear();
      long t = System.nanoTime();
      long c = cpu();
      long a = allocated();
      for (int i = 0; i < files.size(); i++) {
        notes.add(
            NoteParser.parse(
                root.relativize(files.get(i)).toString(), bytes.get(i), facts, "p" + i));
      }
      cpus[pass - 1] = (cpu() - c) / 1e6;
      System.out.printf(
          "parse pass %d: %.0f ms wall, %.0f ms CPU, %.0f MB allocated for %d notes%n",
          pass,
          (System.nanoTime() - t) / 1e6,
          cpus[pass - 1],
          (allocated() - a) / 1e6,
          notes.size());
    }
    if (parsePasses > 1) {
      double[] warm = Arrays.copyOfRange(cpus, 1, parsePasses);
      Arrays.sort(warm);
      System.out.printf(
          "parse median CPU (passes 2..%d): %.0f ms%n", parsePasses, warm[warm.length / 2]);
    }
    stages(bytes);
    for (int pass = 1; pass <= indexPasses; pass++) {
      long t = System.nanoTime();
      long c = cpu();
      try (NoteIndex index = NoteIndex.inMemory()) {
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

  /** The two stages alone, median CPU of 5 warm passes each: frontmatter, then body structure. */
  private static void stages(List<byte[]> bytes) {
    List<String> texts = new ArrayList<>();
    for (byte[] b : bytes) {
      texts.add(new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }
    List<String> bodies = new ArrayList<>();
    double[] fm = new double[5];
    double[] body = new double[5];
    double[] blocks = new double[5];
    org.commonmark.parser.Parser commonmark =
        org.commonmark.parser.Parser.builder()
            .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, node) -> {})
            .build();
    for (int pass = 0; pass < 5; pass++) {
      bodies.clear();
      long c = cpu();
      for (String t : texts) {
        bodies.add(Frontmatter.parse(t).body());
      }
      fm[pass] = (cpu() - c) / 1e6;
      c = cpu();
      int found = 0;
      for (String b : bodies) {
        found += BodyParser.parse(b).observations().size();
      }
      body[pass] = (cpu() - c) / 1e6;
      c = cpu();
      for (String b : bodies) {
        found += commonmark.parse(b).getFirstChild() == null ? 0 : 1;
      }
      blocks[pass] = (cpu() - c) / 1e6;
      if (found < 0) {
        System.out.println(found);
      }
    }
    Arrays.sort(fm);
    Arrays.sort(body);
    Arrays.sort(blocks);
    System.out.printf(
        "stages (median CPU of 5): Frontmatter.parse %.0f ms, BodyParser.parse %.0f ms"
            + " (of which commonmark's block parse alone: %.0f ms)%n",
        fm[2], body[2], blocks[2]);
  }

  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean)
            java.lang.management.ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
