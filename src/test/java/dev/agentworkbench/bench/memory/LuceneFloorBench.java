package dev.agentworkbench.bench.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor under the cold index: Lucene alone, with its stock analyzer and codec, indexing each
 * file's text as one field with positions (what phrase search needs) and its path, on every core,
 * in a fresh JVM. No parsing, no stored text, no summaries. Run it in its own JVM beside {@link
 * NotesIndexBench}'s cold index, with the same JVM options, and compare the two.
 *
 * <p>Usage: LuceneFloorBench PROJECT_DIR SCRATCH_DIR
 */
public final class LuceneFloorBench {
  private LuceneFloorBench() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Path scratch = Path.of(args[1]);
    NotesIndexBench.deleteTree(scratch);
    Files.createDirectories(scratch);
    long t0 = System.nanoTime();
    long cpu0 = cpu();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).toList();
    }
    int cores = Runtime.getRuntime().availableProcessors();
    AtomicInteger next = new AtomicInteger();
    try (FSDirectory dir = FSDirectory.open(scratch);
        IndexWriter writer =
            new IndexWriter(
                dir, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(16))) {
      ExecutorService pool = Executors.newFixedThreadPool(cores);
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int c = 0; c < cores; c++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < files.size();
                      i = next.getAndIncrement()) {
                    Path f = files.get(i);
                    try {
                      Document d = new Document();
                      d.add(new StringField("path", f.toString(), Field.Store.YES));
                      d.add(
                          new TextField(
                              "all",
                              new String(Files.readAllBytes(f), StandardCharsets.UTF_8),
                              Field.Store.NO));
                      writer.addDocument(d);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        System.out.printf(
            "Lucene alone, searchable: %.0f ms wall, %.0f ms CPU, %d files%n",
            (System.nanoTime() - t0) / 1e6, (cpu() - cpu0) / 1e6, reader.numDocs());
      }
      writer.commit();
    }
    System.out.printf(
        "Lucene alone, committed: %.0f ms wall, %.0f ms CPU%n",
        (System.nanoTime() - t0) / 1e6, (cpu() - cpu0) / 1e6);
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
