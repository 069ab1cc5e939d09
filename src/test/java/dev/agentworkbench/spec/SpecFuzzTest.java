package dev.agentworkbench.spec;

import dev.agentworkbench.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Thousands of generated and mutated specs: the parser, linter and fixer never throw. */
class SpecFuzzTest {
  private static final LintContext CONTEXT =
      new LintContext(Optional.of(Path.of("x.md")), Optional.of(Set.of("basic-memory", "github")));
  private static final List<String> FRAGMENTS =
      List.of(
          "---\n",
          "---",
          "name: a-b\n",
          "description: ",
          "tools: [",
          "LS, ",
          "MultiEdit",
          "]\n",
          "  - mcp__basic_memory__x\n",
          "# Heading\n",
          "## Role\n",
          "```bash\n",
          "```\n",
          ": ",
          "|\n",
          ">\n",
          "‚ö†Ô∏è",
          "ðŸš¨",
          "\r\n",
          "\n",
          "\t",
          "\uFEFF",
          "\"",
          "'",
          "[",
          "{",
          "&a ",
          "*a ",
          "!!binary ",
          "xargs bandit -ll\n",
          "git diff --name-only | grep x | xargs ruff check\n",
          "@agent ",
          "`feat(x): y - @a`\n",
          "\u0000",
          "\uD800",
          "#");

  private static final List<String> SEEDS = seeds();

  private static List<String> seeds() {
    try (Stream<Path> files = Files.walk(Fixtures.fixture("agents"))) {
      return files
          .filter(p -> p.toString().endsWith(".md"))
          .sorted()
          .map(SpecFuzzTest::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void exercise(String text) {
    SpecDocument doc = SpecParser.parse(text);
    SpecLinter.lint(doc, CONTEXT).forEach(d -> d.fix().ifPresent(f -> f.applyTo(text)));
    AgentReader.effective(doc);
    AgentReader.intended(doc);
    PolicyExtractor.extract(doc);
    SpecFixer.applyAll(text, CONTEXT);
  }

  @Property(tries = 2000)
  void generatedSpecsNeverThrow(@ForAll("generated") String text) {
    exercise(text);
  }

  @Property(tries = 2000)
  void mutatedFixturesNeverThrow(@ForAll("mutated") String text) {
    exercise(text);
  }

  @Property(tries = 500)
  void anyBytesNeverThrow(@ForAll byte[] bytes) {
    SpecDocument doc = SpecParser.parse(bytes);
    SpecLinter.lint(doc, CONTEXT);
    AgentReader.effective(doc);
    PolicyExtractor.extract(doc);
  }

  @Provide
  Arbitrary<String> generated() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(FRAGMENTS),
            Arbitraries.strings().ofMaxLength(12),
            Arbitraries.strings().ascii().ofMaxLength(20));
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    Arbitrary<Integer> position = Arbitraries.integers().between(0, 20_000);
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
    Arbitrary<String> insert =
        Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(5));
    return Combinators.combine(seed, position, length, insert)
        .as(
            (s, pos, len, ins) -> {
              int at = Math.min(pos, s.length());
              int end = Math.min(s.length(), at + len);
              return s.substring(0, at) + ins + s.substring(end);
            });
  }
}
