package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentworkbench.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blocks the body rules read, against markdown-it itself (markdown-it-py, the parser
 * basic-memory runs): for each body, the content of every inline token, in order, marked when it is
 * inside a blockquote. Skipped where no python3 has markdown-it-py ({@code .ci/run} installs
 * python3-markdown-it).
 */
class BodyParserMarkdownItTest {
  @TempDir Path temp;

  /** Prints each inline token's content, "> " before those inside a blockquote. */
  private static final String SCRIPT =
      String.join(
          "\n",
          "import json, sys",
          "from markdown_it import MarkdownIt",
          "md = MarkdownIt()  # basic-memory's parser: the commonmark preset",
          "out = []",
          "for body in json.load(open(sys.argv[1], encoding='utf-8')):",
          "    quotes, seen = 0, []",
          "    for t in md.parse(body):",
          "        if t.type == 'blockquote_open': quotes += 1",
          "        elif t.type == 'blockquote_close': quotes -= 1",
          "        elif t.type == 'inline': seen.append(('> ' if quotes else '') + t.content)",
          "    out.append(seen)",
          "json.dump(out, open(sys.argv[2], 'w', encoding='utf-8'))",
          "");

  /** Lines bodies are made of: paragraphs, items, quotes, code, headings, and their indentation. */
  private static final String[] PIECES = {
    "A paragraph with #tag words",
    "plain prose line",
    "    indented four #deep",
    "  indented two",
    "   three spaces [[Link Target]]",
    "\tafter a tab #tab",
    "text\twith a tab inside",
    "- item #t",
    "- [idea] an observation #t (context)",
    "  - nested item #n",
    "    deeper continuation",
    "      six spaces in",
    "1. ordered #o",
    "   ordered continuation",
    "- [ ] task #todo",
    "> quote #q [[Quoted Link]]",
    "> [!note] callout #c",
    ">     quoted indented",
    "```",
    "- [fake] in code",
    "# Heading #h",
    "## Closed heading ##",
    "Setext title",
    "===",
    "---",
    "<div>",
    "html #h",
    "</div>",
    "[ref]: /url",
    "",
    "",
    "*emphasis* and `code #c`",
    "- relates_to [[Other Note]]",
    "  - [nested] category #x",
    "* star item #s",
    "+ plus item",
    "2) paren ordered",
    "-\ttab after marker #t",
    "- # heading in an item #h",
    "-",
    "  > quote in an item [[In Quote]]",
    "~~~",
    "<!-- a comment #c -->",
    "    ",
    "trailing spaces  ",
    "ends with a backslash\\",
    "> lazy quote start",
    "lazy line after a quote",
    "     - five-space item",
    "- a\t[cat] tab then category",
    "[[Bare Link]]",
    "Setext two",
    "------",
    "\t- tab-nested item #tn",
    "\t  after a tab and two spaces",
    "\t\tafter two tabs",
    "-\t- tab after the marker #tm",
    "\t1. tab-nested ordered",
  };

  @Test
  void inlineTextsAreMarkdownItsInlineTokens() throws Exception {
    List<String> bodies = new ArrayList<>();
    Random random = new Random(Long.getLong("seed", 20261127));
    for (int i = 0; i < Integer.getInteger("bodies", 6000); i++) {
      int n = 1 + random.nextInt(10);
      StringBuilder body = new StringBuilder();
      for (int j = 0; j < n; j++) {
        body.append(PIECES[random.nextInt(PIECES.length)]).append('\n');
      }
      bodies.add(body.toString());
    }
    try (Stream<Path> notes = Files.walk(Fixtures.fixture("memory/main"))) {
      for (Path note : notes.filter(p -> p.toString().endsWith(".md")).toList()) {
        bodies.add(Frontmatter.parse(Files.readString(note)).body());
      }
    }
    List<List<String>> expected = markdownIt(bodies);
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      List<String> actual = BodyParser.inlineTexts(bodies.get(i));
      if (!comparable(actual).equals(comparable(expected.get(i)))) {
        differ.add(
            "body:\n"
                + bodies.get(i)
                + "markdown-it: "
                + expected.get(i)
                + "\napp:         "
                + actual);
      }
    }
    assertEquals(
        0,
        differ.size(),
        differ.size()
            + " of "
            + bodies.size()
            + " bodies differ; the first:\n"
            + String.join("\n\n", differ.subList(0, Math.min(5, differ.size()))));
  }

  /**
   * The texts as compared: inside a blockquote only the links count (no observations are read
   * there), so the indentation of a quoted text's lines is left out.
   */
  private static List<String> comparable(List<String> texts) {
    return texts.stream()
        .map(t -> t.startsWith("> ") ? t.replaceAll("\n[ \t]+", "\n") : t)
        .toList();
  }

  private List<List<String>> markdownIt(List<String> bodies) throws Exception {
    Optional<String> python = pythonWithMarkdownIt();
    assumeTrue(python.isPresent(), "no python3 with markdown-it-py (python3-markdown-it)");
    Path script = temp.resolve("inline.py");
    Path in = temp.resolve("in.json");
    Path out = temp.resolve("out.json");
    Files.writeString(script, SCRIPT);
    new ObjectMapper().writeValue(in.toFile(), bodies);
    Process p =
        new ProcessBuilder(python.get(), script.toString(), in.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(120, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), log);
    String[][] answer = new ObjectMapper().readValue(out.toFile(), String[][].class);
    return Stream.of(answer).map(List::of).toList();
  }

  /** The first of python3 on the path and the system's own that can import markdown-it-py. */
  private static Optional<String> pythonWithMarkdownIt() {
    for (String python : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p =
            new ProcessBuilder(python, "-c", "import markdown_it")
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return Optional.of(python);
        }
      } catch (IOException | InterruptedException e) {
        // not this one
      }
    }
    return Optional.empty();
  }
}
