package dev.agentworkbench.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.spec.policy.SpecPolicies;
import dev.agentworkbench.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SeedSpecTest {
  static final String SEED = "agents/project/.claude/agents/machine-learning-engineer.md";
  static final LintContext CONTEXT =
      new LintContext(
          Optional.of(Path.of("machine-learning-engineer.md")),
          Optional.of(Set.of("basic-memory", "github")));

  private static String seed() throws IOException {
    return Files.readString(Fixtures.fixture(SEED));
  }

  private static List<Diagnostic> lint(String text) {
    return SpecLinter.lint(SpecParser.parse(text), CONTEXT);
  }

  @Test
  void reportsHeadingInsideFrontmatter() throws IOException {
    List<Diagnostic> ds = lint(seed());
    assertTrue(
        ds.stream()
            .anyMatch(d -> d.rule().equals("FM003") && d.line() == 4 && d.fix().isPresent()));
  }

  @Test
  void reportsTruncatedDescriptionWithTheFullTextFromRole() throws IOException {
    Diagnostic d =
        lint(seed()).stream().filter(x -> x.rule().equals("FM007")).findFirst().orElseThrow();
    assertEquals(3, d.line());
    assertTrue(
        d.message()
            .contains(
                "and productionizing machine learning solutions for real-world applications."));
  }

  @Test
  void reportsEveryMojibakeSequence() throws IOException {
    List<Diagnostic> enc = lint(seed()).stream().filter(d -> d.rule().equals("ENC001")).toList();
    assertEquals(19, enc.size());
    assertEquals(
        List.of(
            8, 18, 19, 21, 301, 302, 303, 304, 305, 324, 324, 326, 326, 334, 334, 334, 334, 343,
            343),
        enc.stream().map(Diagnostic::line).toList());
  }

  @Test
  void reportsLegacyToolsLsAndMultiEdit() throws IOException {
    List<String> messages =
        lint(seed()).stream()
            .filter(d -> d.rule().equals("FM010"))
            .map(Diagnostic::message)
            .toList();
    assertEquals(2, messages.size());
    assertTrue(messages.get(0).contains("`MultiEdit`"));
    assertTrue(messages.get(1).contains("`LS`"));
  }

  @Test
  void effectiveReadingDropsTheHeadingAndKeepsTheCutDescription() throws IOException {
    SpecDocument doc = SpecParser.parse(seed());
    AgentReading effective = AgentReader.effective(doc);
    assertTrue(effective.loaded());
    assertEquals(List.of("# Machine Learning Engineer Agent"), effective.droppedHeadings());
    assertTrue(effective.description().endsWith("model optimization, an"));
    AgentReading intended = AgentReader.intended(doc);
    assertTrue(intended.descriptionRecovered());
    assertTrue(intended.prompt().startsWith("# Machine Learning Engineer Agent\n"));
  }

  @Test
  void fixAllYieldsStrictYamlRightEmojiAndOtherBytesUnchanged() throws IOException {
    String original = seed();
    String fixed = SpecFixer.applyAll(original, CONTEXT).text();

    SpecDocument doc = SpecParser.parse(fixed);
    assertTrue(doc.frontmatter().closed());
    String yaml = fixed.substring(4, fixed.indexOf("\n---\n", 4) + 1);
    Object loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    Map<?, ?> map = (Map<?, ?>) loaded;
    assertEquals("machine-learning-engineer", map.get("name"));
    assertTrue(((String) map.get("description")).endsWith("for real-world applications."));
    assertEquals(
        List.of(
            "Read",
            "Edit",
            "Bash",
            "Grep",
            "Glob",
            "mcp__basic-memory__write_note",
            "mcp__basic-memory__read_note",
            "mcp__basic-memory__search_notes",
            "mcp__basic-memory__build_context",
            "mcp__basic-memory__edit_note"),
        map.get("tools"));

    for (String emoji : List.of("⚠️", "🔍", "🚨", "❌", "✅", "⛔", "→")) {
      assertTrue(fixed.contains(emoji), emoji);
    }
    assertTrue(fixed.contains("## ⚠️ CRITICAL: Memory Storage Policy"));
    assertTrue(fixed.contains("**❌ NO EXCEPTIONS ❌ NO FORGETTING ❌ NO SHORTCUTS ❌**"));
    assertTrue(Mojibake.find(fixed).isEmpty());
    assertTrue(lint(fixed).stream().noneMatch(d -> d.severity() != Severity.INFO));

    // every line after the frontmatter is the original line, with only mojibake repaired
    List<String> before = original.lines().toList().subList(6, 345);
    List<String> after = fixed.lines().toList();
    int start = after.indexOf("# Machine Learning Engineer Agent");
    assertEquals("", after.get(start + 1));
    List<String> body = after.subList(start + 2, after.size());
    assertEquals(before.size() - 1, body.size());
    for (int i = 0; i < body.size(); i++) {
      assertEquals(repaired(before.get(i + 1)), body.get(i));
    }
    assertEquals(original.endsWith("\n"), fixed.endsWith("\n"));
  }

  private static String repaired(String line) {
    StringBuilder b = new StringBuilder(line);
    List<Mojibake.Repair> rs = Mojibake.find(line);
    for (int i = rs.size() - 1; i >= 0; i--) {
      b.replace(rs.get(i).start(), rs.get(i).end(), rs.get(i).repaired());
    }
    String out = b.toString();
    assertFalse(out.contains("‚") || out.contains("Ô∏") || out.contains("üö"), out);
    return out;
  }

  @Test
  void policiesGiveFiveMemoryToolsSixChecksAndTheAttributionFormat() throws IOException {
    SpecPolicies p = PolicyExtractor.extract(SpecParser.parse(seed()));
    assertEquals(
        List.of(
            "mcp__basic-memory__write_note",
            "mcp__basic-memory__read_note",
            "mcp__basic-memory__search_notes",
            "mcp__basic-memory__build_context",
            "mcp__basic-memory__edit_note"),
        p.memory().tools());
    assertFalse(p.memory().isDefault());
    assertTrue(p.memory().forbidden().stream().anyMatch(f -> f.contains("Write")));
    assertEquals(
        List.of(
            List.of("pyright"),
            List.of("black"),
            List.of("isort"),
            List.of("ruff", "check"),
            List.of("bandit", "-ll"),
            List.of("pytest", "tests/", "-v")),
        p.checks().checks().stream().map(c -> c.argv()).toList());
    assertEquals(
        "git diff --name-only --diff-filter=AM | grep '\\.py$'", p.checks().fileSelection());
    assertTrue(
        p.checks().notes().stream()
            .anyMatch(n -> n.contains("leaves out staged and untracked files")));
    assertEquals(
        "type(scope): description - @agent1 @agent2 @agent3", p.attribution().subjectFormat());
    assertEquals(3, p.attribution().exampleSubjects().size());
    assertTrue(
        p.attribution().collaborators().containsAll(List.of("data-engineer", "cloud-architect")));
    assertEquals(324, p.attribution().source().first());
  }
}
