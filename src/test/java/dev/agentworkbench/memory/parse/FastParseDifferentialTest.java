package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.workspace.process.ProcessResult;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.process.ProcessSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast parse paths give exactly what the parser gave before them ({@code reference}, kept
 * verbatim): on every fixture note, on a generated corpus and on generated odd texts.
 */
class FastParseDifferentialTest {
  private static final NoteParser.FileFacts FACTS =
      new NoteParser.FileFacts(Instant.EPOCH, Instant.EPOCH, "x");
  private static final dev.agentworkbench.memory.parse.reference.NoteParser.FileFacts
      REFERENCE_FACTS =
          new dev.agentworkbench.memory.parse.reference.NoteParser.FileFacts(
              Instant.EPOCH, Instant.EPOCH, "x");

  @Test
  void everyFixtureNoteParsesAsBefore() throws IOException {
    int compared = compareTree(Fixtures.fixture("memory"));
    assertTrue(compared >= 10, "fixture notes compared: " + compared);
  }

  @Test
  void aGeneratedCorpusParsesAsBeforeAndTakesTheFastPath(@TempDir Path dir) throws Exception {
    Path script = Fixtures.shared().resolve("tools/gen-notes.py");
    Assumptions.assumeTrue(Files.isRegularFile(script), "gen-notes.py not found");
    ProcessResult result;
    try {
      result =
          new ProcessRunner()
              .run(ProcessSpec.of("python3", script.toString(), "500", dir.toString()));
    } catch (IOException e) {
      Assumptions.abort("python3 not available: " + e.getMessage());
      return;
    }
    assertEquals(0, result.exitCode(), result.stderrText());
    assertEquals(500, compareTree(dir));
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".md")).toList()) {
        Frontmatter.Split split = Frontmatter.split(Files.readString(p)).orElseThrow();
        assertTrue(
            PlainFrontmatter.read(split.yaml(), resolver()).isPresent(),
            "fast path not taken: " + p);
        assertTrue(BodyParser.takesPlainPath(split.body()), "plain body path not taken: " + p);
      }
    }
  }

  @Test
  void generatedOddFrontmatterReadsAsTheFullLoadReadsIt() {
    String[] keys = {"title", "tags", "null", "True", "true", "x-y", "a_b", "k1", "title", "é"};
    String[] values = {
      "2024-01-02",
      "010",
      "yes",
      "null",
      "Null",
      "~",
      "a: b",
      "a #c",
      "'q'",
      "\"q\"",
      "[a, b]",
      "{a: 1}",
      "Fei-Fei",
      "x  y",
      "x ",
      "",
      " x",
      ".inf",
      "&a",
      "*a",
      "!t",
      "0x1F",
      "1e3",
      "True",
      "false",
      "NULL",
      "é",
      "测试",
      "a:b",
      "a#b",
      "12",
      "-1",
      "1.5",
      "Ada Lovelace 7",
      "a\tb",
      "a, b",
      "a (b)",
      "x?",
      "a - b",
      "|",
      ">",
      "%x",
      "@x",
      "`x`",
      "a\\b",
      "x.",
      "y:",
      "a;b"
    };
    String[] extraLines = {
      "",
      "  ",
      "# comment",
      "- item",
      "  - item",
      "-",
      "- ",
      "  nested: 1",
      "...",
      "? k",
      "\t- x",
      "    - deep",
      "  more words",
      "- [a]",
      "- 'q'",
      "- 12",
      "- null",
      "- a: b"
    };
    // near-plain values: most of them take the fast path, some only look as if they could
    String[] tame = {
      "Fei-Fei", "x  y", "Ada Lovelace 7", "a, b", "a (b)", "x?", "a - b", "x.", "a;b", "é", "测试",
      "True", "Null", "null", "false", "yes", "NULL", "main/a-b/c.d", "x=y", "a+b", "nan", "Inf"
    };
    String[] tameKeys = {"title", "type", "tags", "x-y", "a_b", "k1", "owner"};
    Random random = new Random(42);
    int fast = 0;
    for (int round = 0; round < 20_000; round++) {
      boolean plain = random.nextBoolean();
      String[] pool = plain ? tame : values;
      StringBuilder yaml = new StringBuilder();
      int lines = 1 + random.nextInt(6);
      for (int i = 0; i < lines; i++) {
        int kind = plain ? random.nextInt(7) : random.nextInt(10);
        String key = plain ? tameKeys[i] : keys[random.nextInt(keys.length)];
        if (kind < 5) {
          yaml.append(key).append(": ").append(pool[random.nextInt(pool.length)]);
        } else if (kind < 7) {
          yaml.append(key).append(':');
          String indent = random.nextBoolean() ? "" : "  ";
          for (int j = random.nextInt(4); j > 0; j--) {
            yaml.append('\n').append(indent).append("- ");
            yaml.append(pool[random.nextInt(pool.length)]);
          }
        } else if (kind < 9) {
          yaml.append(extraLines[random.nextInt(extraLines.length)]);
        } else {
          yaml.append(key).append(":  ").append(values[random.nextInt(values.length)]);
        }
        yaml.append('\n');
      }
      String text = "---\n" + yaml + "---\nbody\n";
      if (PlainFrontmatter.read(yaml.toString(), resolver()).isPresent()) {
        fast++;
      }
      assertSameFrontmatter(Frontmatter.parseFully(text), Frontmatter.parse(text), text);
    }
    assertTrue(fast > 2500, "fast path taken " + fast + " times");
  }

  @Test
  void generatedOddBodiesGiveTheSameObservationsAndRelations() {
    String[] pieces = {
      "[",
      "]",
      "[[",
      "]]",
      "(",
      ")",
      "#",
      "#tag",
      " ",
      "  ",
      "\t",
      "\n",
      "\n\n",
      "- ",
      "* ",
      "1. ",
      "x",
      "X",
      "word",
      ":",
      "1",
      "12:30",
      " - ",
      "> ",
      "```",
      "\n```\n",
      "# ",
      "## ",
      "\n---\n",
      "\n===\n",
      "\u0085",
      "\u2003",
      "\u00a0",
      "😀",
      "é",
      "\r",
      "\r\n",
      "[idea] ",
      "[x] ",
      "[] ",
      "[[Target]]",
      "relates_to ",
      "\"quoted type\" ",
      "'q' ",
      "a::b",
      "](",
      "    ",
      "<div>",
      "\\"
    };
    Random random = new Random(7);
    for (int round = 0; round < 30_000; round++) {
      StringBuilder body = new StringBuilder();
      for (int i = random.nextInt(30); i >= 0; i--) {
        body.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = body.toString();
      var before = dev.agentworkbench.memory.parse.reference.BodyParser.parse(text);
      BodyParser.Result after = BodyParser.parse(text);
      assertEquals(before.observations(), after.observations(), text);
      assertEquals(before.relations(), after.relations(), text);
    }
  }

  @Test
  void theHandWrittenRulesAgreeWithTheirRegexesOnTrickyLines() {
    String[] lines = {
      "[a](b)",
      "[](x)",
      "[]()",
      "[a] (b)",
      "[a]](b)",
      "[[x]]",
      "[[]]",
      "[[]",
      "[[x]] y",
      "[]] x",
      "[😀] task #t",
      "[x]",
      "[X] done",
      "[idea]\u2003x #t",
      "[idea]\tx",
      "[idea]x #t",
      "[1:02] talk #t",
      "[ 1:02 - 1:05 ] talk #t",
      "[12:30:01] x",
      "[a:b] x #t",
      "[(a)] x #t",
      "[] x",
      "[]  x #t",
      "[] #t",
      "#t",
      "a#b",
      "x #a#b ##c #",
      "\"quoted type\" [[T]]",
      "'a b' [[T]] (ctx)",
      "type   [[T]]",
      "a b [[T]]",
      "\"a\"b [[T]]",
      "'a [[T]]",
      "t [[T]] x",
      "t [[T]] (a (b))",
      "t [[T]] (a) (b)",
      "t [[a::b]]",
      "]] then [[T]]",
      "[[a [[b]] c]]",
      "[[ ]] #t",
      "text (ctx)",
      "[c] text (ctx) #t",
      "[c] (only ctx)"
    };
    for (String line : lines) {
      for (String body :
          List.of(line, "- " + line, "# " + line, "# " + line + " ##", line + "\n===\n")) {
        var before = dev.agentworkbench.memory.parse.reference.BodyParser.parse(body);
        BodyParser.Result after = BodyParser.parse(body);
        assertEquals(before.observations(), after.observations(), body);
        assertEquals(before.relations(), after.relations(), body);
      }
    }
    String[] headings = {
      "# #t ##",
      "# a #t #",
      "# #t#",
      "# a #t\u0085#",
      "# #t \u0085#",
      "# #t #\u0085",
      "####### #t",
      "# #t\t#",
      "# #t \t##  ",
      "#\t#t",
      "###### #t ###### ",
      "# #t \\#",
      "# #t ##x"
    };
    for (String heading : headings) {
      var before = dev.agentworkbench.memory.parse.reference.BodyParser.parse(heading);
      assertEquals(before.observations(), BodyParser.parse(heading).observations(), heading);
    }
  }

  @Test
  void oddTagValuesAndBytesGiveTheSameNote() {
    String[] notes = {
      "---\ntags: '#a, ##b, c'\n---\nx\n",
      "---\ntags: [\"#a\", ' b ']\n---\n",
      "---\ntags:\n- '#x'\n- y,#z\n---\n",
      "\ufeff---\ntitle: T\n---\n# H #\n",
      "---\ntitle: caf\u00e9 \ufffd\n---\n- [i] x #t (c)\n",
    };
    for (String note : notes) {
      assertSameNote(note.getBytes(StandardCharsets.UTF_8), "odd.md");
    }
    byte[] bad = {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, '\n', '-', '-', '-', '\n', 0};
    assertSameNote(bad, "bad.md");
  }

  private static int compareTree(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path p : files) {
      String relative = root.relativize(p).toString().replace('\\', '/');
      byte[] bytes = Files.readAllBytes(p);
      assertSameNote(bytes, relative);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertSameFrontmatter(Frontmatter.parseFully(text), Frontmatter.parse(text), relative);
      String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
      assertSameNote(crlf.getBytes(StandardCharsets.UTF_8), relative + " (CRLF)");
    }
    return files.size();
  }

  private static void assertSameNote(byte[] bytes, String relative) {
    Note before =
        dev.agentworkbench.memory.parse.reference.NoteParser.parse(
            relative, bytes, REFERENCE_FACTS, "p");
    Note after = NoteParser.parse(relative, bytes, FACTS, "p");
    assertEquals(before, after, relative);
    assertSameValue(before.frontmatter(), after.frontmatter(), relative);
  }

  private static void assertSameFrontmatter(Frontmatter before, Frontmatter after, String where) {
    assertEquals(before.body(), after.body(), where);
    assertEquals(before.problem(), after.problem(), where);
    assertSameValue(before.values(), after.values(), where);
  }

  /** Equal, of the same classes all the way down, map keys in the same order. */
  private static void assertSameValue(Object before, Object after, String where) {
    assertEquals(before, after, where);
    if (before == null) {
      return;
    }
    assertEquals(before.getClass(), after.getClass(), where);
    if (before instanceof Map<?, ?> map) {
      List<Object> keys = new ArrayList<>(map.keySet());
      assertEquals(keys, new ArrayList<>(((Map<?, ?>) after).keySet()), where);
      for (Object key : keys) {
        assertSameValue(map.get(key), ((Map<?, ?>) after).get(key), where + " / " + key);
      }
    } else if (before instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        assertSameValue(list.get(i), ((List<?>) after).get(i), where + " [" + i + "]");
      }
    }
  }

  private static org.snakeyaml.engine.v2.resolver.ScalarResolver resolver() {
    return org.snakeyaml.engine.v2.api.LoadSettings.builder()
        .build()
        .getSchema()
        .getScalarResolver();
  }
}
