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
 * parse passes after the first, then the frontmatter and body stages alone (the body both as parsed
 * and on commonmark's path alone, and commonmark's block parse alone). Run with {@code
 * -Dagentworkbench.memory.commonmarkBodies=true} to parse every body on commonmark's path, as
 * before the plain path.
 */
public final class NoteParseBench {
  public static void main(String[] args) throws Throwable {
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

  /**
   * The stages alone, median CPU and allocation of 5 warm passes each: frontmatter; the body
   * structure as parsed (plain path where it applies); the body on commonmark's path alone; and
   * commonmark's block parse alone (the floor of the commonmark path).
   */
  private static void stages(List<byte[]> bytes) throws Throwable {
    List<String> texts = new ArrayList<>();
    for (byte[] b : bytes) {
      texts.add(new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }
    List<String> bodies = new ArrayList<>();
    for (String t : texts) {
      bodies.add(Frontmatter.parse(t).body());
    }
    // package-private on purpose (no public way round the plain path): reached for this bench only
    java.lang.reflect.Method fully = BodyParser.class.getDeclaredMethod("parseFully", String.class);
    fully.setAccessible(true);
    java.lang.invoke.MethodHandle commonmarkPath =
        java.lang.invoke.MethodHandles.lookup().unreflect(fully);
    org.commonmark.parser.Parser commonmark =
        org.commonmark.parser.Parser.builder()
            .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, node) -> {})
            .build();
    String[] names = {
      "Frontmatter.parse",
      "BodyParser.parse",
      "BodyParser, commonmark path",
      "commonmark block parse alone"
    };
    double[][] cpu = new double[names.length][5];
    double[][] mb = new double[names.length][5];
    long found = 0;
    for (int pass = 0; pass < 5; pass++) {
      for (int stage = 0; stage < names.length; stage++) {
        long c = cpu();
        long a = allocated();
        for (int i = 0; i < bodies.size(); i++) {
          found +=
              switch (stage) {
                case 0 -> Frontmatter.parse(texts.get(i)).body().length();
                case 1 -> BodyParser.parse(bodies.get(i)).observations().size();
                case 2 ->
                    ((BodyParser.Result) commonmarkPath.invoke(bodies.get(i)))
                        .observations()
                        .size();
                default -> commonmark.parse(bodies.get(i)).getFirstChild() == null ? 0 : 1;
              };
        }
        cpu[stage][pass] = (cpu() - c) / 1e6;
        mb[stage][pass] = (allocated() - a) / 1e6;
      }
    }
    if (found < 0) {
      System.out.println(found);
    }
    System.out.println("stages (median of 5 warm passes):");
    for (int stage = 0; stage < names.length; stage++) {
      Arrays.sort(cpu[stage]);
      Arrays.sort(mb[stage]);
      System.out.printf(
          "  %-30s %6.0f ms CPU %7.0f MB allocated%n", names[stage], cpu[stage][2], mb[stage][2]);
    }
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
