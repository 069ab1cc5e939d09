package dev.agentworkbench.bench.memory;

import dev.agentworkbench.memory.NotesLocation;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.index.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Search latency with the new filters against plain note search in the same run, on a gen-notes.py
 * corpus. Usage: SearchFiltersBench PROJECT_DIR APP_HOME_DIR.
 */
public final class SearchFiltersBench {
  private static final String[] WORDS = {
    "model",
    "gradient",
    "warmup",
    "checkpoint",
    "latency",
    "embedding",
    "pipeline",
    "drift",
    "kafka",
    "cuda",
    "serving",
    "budget",
    "review",
    "tradeoff",
    "risk",
    "dataset",
    "feature",
    "monitor",
    "shadow",
    "canary"
  };

  private SearchFiltersBench() {}

  public static void main(String[] args) throws Exception {
    try (NotesService notes =
        NotesService.open(NotesLocation.folder(Path.of(args[0]), Path.of(args[1])))) {
      System.out.println("notes: " + notes.size());
      for (int round = 0; round < 2; round++) {
        report("entity text (baseline)", notes, w -> request(w, Map.of(), List.of(), List.of()));
        report(
            "entity text + metadata status",
            notes,
            w -> request(w, Map.of("status", "archived"), List.of(), List.of()));
        report(
            "metadata only, $in",
            notes,
            w ->
                request(
                    "",
                    Map.of("status", Map.of("$in", List.of("archived", w))),
                    List.of(),
                    List.of()));
        report(
            "observation rows",
            notes,
            w -> request(w, Map.of(), List.of("observation"), List.of()));
        report(
            "observation rows, category",
            notes,
            w -> request(w, Map.of(), List.of(), List.of("decision")));
        report("relation rows", notes, w -> request(w, Map.of(), List.of("relation"), List.of()));
      }
    }
  }

  interface Make {
    SearchRequest make(String word);
  }

  private static SearchRequest request(
      String q, Map<String, Object> meta, List<String> kinds, List<String> cats) {
    return new SearchRequest(
        q,
        "text",
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        1,
        10,
        meta,
        kinds,
        cats);
  }

  private static void report(String name, NotesService notes, Make make) throws Exception {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String w = WORDS[i % WORDS.length];
      long t = System.nanoTime();
      notes.search(make.make(w));
      times.add(System.nanoTime() - t);
    }
    List<Long> warm = new ArrayList<>(times.subList(10, times.size()));
    warm.sort(Long::compare);
    System.out.printf(
        "%-32s p50 %6.1f ms  p95 %6.1f ms%n",
        name, warm.get(warm.size() / 2) / 1e6, warm.get(warm.size() * 95 / 100) / 1e6);
  }
}
