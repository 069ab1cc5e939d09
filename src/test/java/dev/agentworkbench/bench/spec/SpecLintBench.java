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
 * line), against a baseline measured in the same run: commonmark parsing the same text.
 */
public final class SpecLintBench {
  private static final int ROUNDS = 15;

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
    for (var c :
        List.of(
            List.of("seed x" + (big.length() / seed.length()), big),
            List.of("unclosed", unclosed),
            List.of("one line", oneLine))) {
      String text = c.get(1);
      double baseline = median(() -> commonmark.parse(text));
      int[] count = new int[1];
      double lint =
          median(
              () -> {
                SpecDocument doc = SpecParser.parse(text);
                List<Diagnostic> ds = SpecLinter.lint(doc, ctx);
                count[0] = ds.size();
                return ds;
              });
      SpecDocument parsed = SpecParser.parse(text);
      double highlight = median(() -> dev.agentworkbench.ui.spec.SpecHighlighter.styles(parsed));
      System.out.printf(
          "%-10s %,9d chars: parse+lint %6.1f ms (%d diagnostics); commonmark parse %6.1f ms;"
              + " ratio %.2f; editor highlight spans %6.1f ms%n",
          c.get(0), text.length(), lint, count[0], baseline, lint / baseline, highlight);
    }
  }

  private static double median(Supplier<Object> work) {
    double[] ms = new double[ROUNDS];
    for (int i = 0; i < 15; i++) {
      work.get();
    }
    for (int i = 0; i < ROUNDS; i++) {
      long t = System.nanoTime();
      work.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms[ROUNDS / 2];
  }
}
