package dev.agentworkbench.bench.spec;

import dev.agentworkbench.spec.Diagnostic;
import dev.agentworkbench.spec.LintContext;
import dev.agentworkbench.spec.SpecDocument;
import dev.agentworkbench.spec.SpecLinter;
import dev.agentworkbench.spec.SpecParser;
import dev.agentworkbench.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.commonmark.parser.Parser;

/**
 * Parse + lint of 1 MB specs (the seed's body repeated; an unclosed frontmatter over 1 MB; one 1 MB
 * line), against a baseline measured in the same run: commonmark parsing the same text. Reports the
 * first five runs (the first is cold) and the warm median, since the room lints a spec it just
 * opened, before the JIT has warmed up.
 */
public final class SpecLintBench {
  private static final int ROUNDS = 15;
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static double[] lastCpu;
  private static double lastCpuMedian;

  public static void main(String[] args) throws Exception {
    String seed =
        Files.readString(
            Fixtures.fixture("agents/project/.claude/agents/machine-learning-engineer.md"));
    String head = seed.substring(0, seed.indexOf("\n---\n") + 5);
    String body = seed.substring(head.length());
    StringBuilder b = new StringBuilder(head);
    while (b.length() < 1_000_000) {
      b.append(body);
    }
    String big = b.toString();
    String unclosed = big.replaceFirst("\n---\n", "\n\n");
    String oneLine = "---\nname: x\ndescription: y\n---\n" + "word ‚ö†Ô∏è ".repeat(100_000);
    LintContext ctx =
        new LintContext(Optional.of(Path.of("big.md")), Optional.of(Set.of("basic-memory")));
    Parser commonmark = Parser.builder().build();
    System.out.printf("load: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    System.out.println(
        "runs 1..5 in ms (run 1 is cold: the first in this JVM), then the warm median of "
            + ROUNDS
            + " runs; wall time, and the CPU time of the measuring thread (the JIT compiles on"
            + " other threads; on a loaded machine wall time also counts time waiting for a core)");
    for (var c :
        List.of(
            List.of("seed x" + (big.length() / seed.length()), big),
            List.of("unclosed", unclosed),
            List.of("one line", oneLine))) {
      String text = c.get(1);
      int[] count = new int[1];
      Supplier<Object> lint =
          () -> {
            SpecDocument doc = SpecParser.parse(text);
            List<Diagnostic> ds = SpecLinter.lint(doc, ctx);
            count[0] = ds.size();
            return ds;
          };
      double[] firstLint = firstRuns(lint);
      double[] firstLintCpu = lastCpu;
      if (args.length > 0 && args[0].equals("cold")) {
        System.out.printf(
            "%s parse+lint runs 1..5 wall %s cpu %s%n",
            c.get(0), format(firstLint), format(lastCpu));
        return; // for profiling the cold runs only
      }
      double[] firstBase = firstRuns(() -> commonmark.parse(text));
      double[] firstBaseCpu = lastCpu;
      double baseline = median(() -> commonmark.parse(text));
      double baselineCpu = lastCpuMedian;
      double warm = median(lint);
      double warmCpu = lastCpuMedian;
      SpecDocument parsed = SpecParser.parse(text);
      double highlight = median(() -> dev.agentworkbench.ui.spec.SpecHighlighter.styles(parsed));
      System.out.printf(
          "%-10s %,9d chars, %d diagnostics%n"
              + "  parse+lint       wall runs 1..5 %s  warm %6.1f ms%n"
              + "                   cpu  runs 1..5 %s  warm %6.1f ms%n"
              + "  commonmark parse wall runs 1..5 %s  warm %6.1f ms%n"
              + "                   cpu  runs 1..5 %s  warm %6.1f ms%n"
              + "  ratio parse+lint/commonmark (cpu): run 1 %.2f, run 5 %.2f, warm %.2f;"
              + " editor highlight spans warm %.1f ms%n",
          c.get(0),
          text.length(),
          count[0],
          format(firstLint),
          warm,
          format(firstLintCpu),
          warmCpu,
          format(firstBase),
          baseline,
          format(firstBaseCpu),
          baselineCpu,
          firstLintCpu[0] / firstBaseCpu[0],
          firstLintCpu[4] / firstBaseCpu[4],
          warmCpu / baselineCpu,
          highlight);
    }
  }

  private static double[] firstRuns(Supplier<Object> work) {
    double[] ms = new double[5];
    lastCpu = new double[5];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      long c = CPU.getCurrentThreadCpuTime();
      work.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
      lastCpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
    }
    return ms;
  }

  private static String format(double[] ms) {
    StringBuilder b = new StringBuilder();
    for (double m : ms) {
      b.append(String.format("%6.1f", m));
    }
    return b.toString();
  }

  private static double median(Supplier<Object> work) {
    double[] ms = new double[ROUNDS];
    double[] cpu = new double[ROUNDS];
    for (int i = 0; i < 15; i++) {
      work.get();
    }
    for (int i = 0; i < ROUNDS; i++) {
      long t = System.nanoTime();
      long c = CPU.getCurrentThreadCpuTime();
      work.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    lastCpuMedian = cpu[ROUNDS / 2];
    return ms[ROUNDS / 2];
  }
}
