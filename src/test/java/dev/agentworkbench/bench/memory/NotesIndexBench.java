package dev.agentworkbench.bench.memory;

import dev.agentworkbench.memory.NotesLocation;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.index.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmarks the notes index on a gen-notes.py corpus: cold index, reopen, search latency, update
 * after one save, heap. Usage: NotesIndexBench PROJECT_DIR APP_HOME_DIR [quick]; with {@code quick}
 * it stops after the cold index and the reopen (for repeated runs in fresh JVMs).
 */
public final class NotesIndexBench {
  private static final String[] WORDS = {
    "model",
    "gradient",
    "batch",
    "tensor",
    "loss",
    "optimizer",
    "warmup",
    "schedule",
    "checkpoint",
    "shard",
    "cluster",
    "latency",
    "throughput",
    "quantization",
    "embedding",
    "tokenizer",
    "attention",
    "pipeline",
    "drift",
    "dashboard",
    "registry",
    "baseline",
    "ablation",
    "precision",
    "dropout",
    "kernel",
    "memory",
    "cache",
    "kafka",
    "spark",
    "cuda",
    "triton",
    "serving",
    "canary",
    "rollback",
    "budget",
    "review",
    "tradeoff",
    "risk",
    "incident",
    "hypothesis",
    "label",
    "bias",
    "privacy"
  };

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Path app = Path.of(args[1]);
    deleteTree(app);
    System.out.printf(
        "machine load average at start: %.1f on %d cores%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    long t0 = System.nanoTime();
    long bytes = 0;
    int files = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        bytes += Files.readAllBytes(p).length;
        files++;
      }
    }
    double baseline = ms(t0);
    System.out.printf(
        "corpus: %d files, %d bytes; baseline walk+read all files: %.0f ms%n",
        files, bytes, baseline);

    NotesLocation loc = NotesLocation.folder(root, app);
    t0 = System.nanoTime();
    long cpu0 = cpu();
    java.util.Map<String, Long> threads0 = threadCpu();
    NotesService notes = NotesService.open(loc);
    double cold = ms(t0);
    System.out.printf(
        "cold index: %.0f ms wall (%.1fx baseline), %.0f ms CPU, %d notes%n",
        cold, cold / baseline, (cpu() - cpu0) / 1e6, notes.size());
    System.out.println("  CPU by thread kind: " + since(threads0));
    notes.commit(); // waits for the commit that makes the index durable, if it still runs
    System.out.printf(
        "  searchable after %.0f ms; on disk (committed) after %.0f ms%n", cold, ms(t0));
    notes.close();

    t0 = System.nanoTime();
    cpu0 = cpu();
    notes = NotesService.open(loc);
    double reopen = ms(t0);
    System.out.printf(
        "reopen with index on disk: %.0f ms wall (%.2fx baseline), %.0f ms CPU%n",
        reopen, reopen / baseline, (cpu() - cpu0) / 1e6);
    notes.close();

    // the same cold index again in this JVM, its code compiled: what the indexing itself costs
    deleteTree(app);
    t0 = System.nanoTime();
    cpu0 = cpu();
    notes = NotesService.open(loc);
    double warm = ms(t0);
    System.out.printf(
        "cold index again, JIT warm: %.0f ms wall (%.1fx baseline), %.0f ms CPU%n",
        warm, warm / baseline, (cpu() - cpu0) / 1e6);
    if (args.length > 2 && args[2].equals("quick")) {
      notes.close();
      return;
    }

    List<SearchRequest> queries = queries(notes);
    for (SearchRequest q : queries) {
      notes.search(q); // warm-up
    }
    double[] lat = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long s = System.nanoTime();
      notes.search(queries.get(i));
      lat[i] = ms(s);
    }
    Arrays.sort(lat);
    System.out.printf(
        "search over %d queries: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
        lat.length, lat[lat.length / 2], lat[(int) (lat.length * 0.95)], lat[lat.length - 1]);

    List<String> paths = notes.notes().stream().map(n -> n.filePath()).toList(); // sorted, once
    long built = System.nanoTime();
    notes.backlinks(paths.get(0));
    System.out.printf(
        "link graph built from every note (first backlinks call): %.0f ms%n", ms(built));

    Path one = notes.fileOf(paths.get(paths.size() / 2));
    // as the app does in the background after opening (-Dbench.warm=false: without)
    if (!"false".equals(System.getProperty("bench.warm"))) {
      long w = System.nanoTime();
      notes.warmUpdates();
      System.out.printf("save path warmed after opening, as the app does: %.0f ms%n", ms(w));
    }
    double[] upd = new double[20];
    for (int i = 0; i < upd.length; i++) {
      Files.writeString(
          one, Files.readString(one) + "\n- [fact] benchmark edit " + i + " #bench\n");
      long s = System.nanoTime();
      notes.update(List.of(one));
      upd[i] = ms(s);
    }
    // the first update runs code the cold index did not (deleting a note's rows, reopening the
    // searcher for a change): it is reported apart from the next ones
    double first = upd[0];
    double[] later = Arrays.copyOfRange(upd, 1, upd.length);
    Arrays.sort(upd);
    Arrays.sort(later);
    System.out.printf(
        "update after one save (index and link graph): median %.2f ms, max %.2f ms; the first"
            + " %.2f ms, the next %d: median %.2f ms, max %.2f ms%n",
        upd[upd.length / 2],
        upd[upd.length - 1],
        first,
        later.length,
        later[later.length / 2],
        later[later.length - 1]);
    long s = System.nanoTime();
    notes.backlinks(paths.get(0));
    System.out.printf("first backlinks call after a change: %.0f ms%n", ms(s));
    s = System.nanoTime();
    notes.backlinks(paths.get(1));
    System.out.printf("backlinks call with nothing changed: %.1f ms%n", ms(s));

    System.gc();
    Thread.sleep(200);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "heap used with the project open: %d MB%n",
        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    notes.close();
  }

  private static List<SearchRequest> queries(NotesService notes) {
    Random rng = new Random(42);
    List<SearchRequest> out = new ArrayList<>();
    List<String> folders = notes.folders();
    for (int i = 0; i < 100; i++) {
      String a = WORDS[rng.nextInt(WORDS.length)];
      String b = WORDS[rng.nextInt(WORDS.length)];
      String q =
          switch (i % 10) {
            case 0 -> a;
            case 1 -> a.substring(0, 3);
            case 2 -> a + " " + b;
            case 3 -> "\"" + a + " " + b + "\"";
            case 4 -> a + " OR " + b;
            case 5 -> a + " NOT " + b;
            case 6 -> "tag:" + a;
            case 7 -> a + " AND (" + b + " OR cache)";
            case 8 -> b.substring(0, 2);
            default -> a + " " + b + " " + WORDS[rng.nextInt(WORDS.length)];
          };
      SearchRequest r = SearchRequest.text(q);
      if (i % 7 == 0) {
        r =
            new SearchRequest(
                q,
                "text",
                List.of("decision"),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                1,
                10);
      } else if (i % 11 == 0) {
        r =
            new SearchRequest(
                q,
                "text",
                List.of(),
                List.of(),
                Optional.of(folders.get(rng.nextInt(folders.size()))),
                Optional.of(Instant.now().minusSeconds(86400 * 30)),
                1,
                10);
      }
      out.add(r);
    }
    return out;
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * CPU time (ms) of this process's threads, by kind: the name in /proc without its number, so the
   * compiler, the collector and the indexing threads show apart. Empty where /proc is missing.
   */
  private static java.util.Map<String, Long> threadCpu() {
    java.util.Map<String, Long> out = new java.util.TreeMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return out;
    }
    long tick = 10; // ms per clock tick (USER_HZ is 100 on Linux)
    try (Stream<Path> all = Files.list(tasks)) {
      for (Path t : all.toList()) {
        try {
          String stat = Files.readString(t.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick;
          out.merge(name.replaceAll("[0-9#]+", "").replaceAll("[ -]+$", ""), ms, Long::sum);
        } catch (IOException | RuntimeException e) {
          // a thread that ended meanwhile
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  private static String since(java.util.Map<String, Long> before) {
    StringBuilder sb = new StringBuilder();
    threadCpu().entrySet().stream()
        .map(
            e ->
                java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() >= 20)
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> sb.append(e.getKey()).append(' ').append(e.getValue()).append(" ms; "));
    return sb.toString();
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  /** Deletes a scratch folder and all in it, if it is there. */
  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
