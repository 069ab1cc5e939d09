package dev.agentworkbench.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;

class NoteHighlightingTest {
  /** The text of each span styled {@code style}. */
  private static List<String> styled(String text, String style) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (StyleSpan<Collection<String>> span : NoteHighlighting.compute(text)) {
      if (span.getStyle().contains(style)) {
        out.add(text.substring(at, at + span.getLength()));
      }
      at += span.getLength();
    }
    return out;
  }

  @Test
  void categoriesAreColouredWhereTheParserReadsThemAndNowhereElse() {
    String text =
        String.join(
            "\n",
            "---",
            "title: T",
            "---",
            "- [idea] Try it #x",
            "1. [ordered] numbered items are observations too",
            "- [ ] an open task",
            "- [/] in progress",
            "- [x] done",
            "- [link text](https://example.com)",
            "- [00:01:22] a timestamp",
            "- [[Target]]",
            "  * [nested] deeper",
            "> - [quoted] not in a blockquote",
            "");
    assertEquals(List.of("[idea]", "[ordered]", "[nested]"), styled(text, "md-category"));
    assertEquals(List.of("#x"), styled(text, "md-tag"));
    assertEquals(List.of("[[Target]]"), styled(text, "md-link"));
    assertEquals(List.of("---\ntitle: T\n---"), styled(text, "md-frontmatter"));
  }

  @Test
  void aLinkToNoNoteIsMarkedMissing() {
    String text = "See [[Known Note]] and [[Not Written Yet|alias]].\n";
    java.util.function.Predicate<String> known = t -> t.equals("Known Note");
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (StyleSpan<Collection<String>> span : NoteHighlighting.compute(text, known)) {
      if (span.getStyle().contains("md-link-missing")) {
        missing.add(text.substring(at, at + span.getLength()));
      }
      at += span.getLength();
    }
    assertEquals(List.of("[[Not Written Yet|alias]]"), missing);
  }

  @Test
  void nothingInAFencedCodeBlockIsReadAsMarkdownAndTheFenceClosesAsCommonMarkSays() {
    String text =
        String.join(
            "\n",
            "# Title",
            "```python",
            "# a comment, not a heading #notatag [[Not A Link]]",
            "- [fake] not an observation",
            "```",
            "~~~~",
            "# still code: ``` and ~~~ do not close a ~~~~ fence",
            "```",
            "~~~",
            "~~~~~",
            "## After #tag",
            "",
            "    # indented code #x",
            "",
            "> ```",
            "> # quoted code",
            "> ```",
            "- item",
            "  ```",
            "  # code in the item",
            "  ```",
            "- [idea] read again [[Link]]",
            "",
            "```",
            "# an open fence runs to the end",
            "");
    assertEquals(List.of("# Title", "## After #tag"), styled(text, "md-heading"));
    assertEquals(List.of("[idea]"), styled(text, "md-category"));
    assertEquals(List.of("[[Link]]"), styled(text, "md-link"));
    assertEquals(List.of(), styled(text, "md-tag"));
    assertEquals(
        List.of("```python", "```", "~~~~", "~~~~~", "```", "```", "```", "```", "```"),
        styled(text, "md-code-fence"));
    assertEquals(
        List.of(
            "# a comment, not a heading #notatag [[Not A Link]]",
            "- [fake] not an observation",
            "# still code: ``` and ~~~ do not close a ~~~~ fence",
            "```",
            "~~~",
            "    # indented code #x",
            "# quoted code",
            "# code in the item",
            "# an open fence runs to the end"),
        styled(text, "md-code"));
  }

  @Test
  void aLinkBetweenBackticksIsALinkAsTheParserReadsIt() {
    String text =
        String.join("\n", "Run `make #all` then `[[Code Link]]` and see [[Real Link]].", "");
    assertEquals(List.of(), styled(text, "md-code"), "inline code is not set apart");
    assertEquals(List.of("[[Code Link]]", "[[Real Link]]"), styled(text, "md-link"));
    assertEquals(
        List.of("Code Link", "Real Link"),
        dev.agentworkbench.memory.parse.NoteParser.parse(
                "n.md",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new dev.agentworkbench.memory.parse.NoteParser.FileFacts(
                    java.time.Instant.EPOCH, java.time.Instant.EPOCH, "x"),
                "n")
            .relations()
            .stream()
            .map(dev.agentworkbench.memory.Relation::target)
            .toList(),
        "the relations the parser reads from the same line");
  }
}
