package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * basic-memory's body rules where Python's semantics are not Java's: Unicode whitespace and
 * letters, a regex dot that stops at a line end, and what markdown-it calls a heading or a quote.
 */
class BodyRulesTest {

  private static List<String> observations(String body) {
    return BodyParser.parse(body).observations().stream()
        .map(
            o ->
                o.category()
                    + ": "
                    + o.content()
                    + " "
                    + o.tags()
                    + o.context().map(c -> " (" + c + ")").orElse(""))
        .toList();
  }

  private static List<String> relations(String body) {
    return BodyParser.parse(body).relations().stream()
        .map(r -> r.type() + " " + r.target() + r.context().map(c -> " (" + c + ")").orElse(""))
        .toList();
  }

  @Test
  void chineseAndJapaneseNotesKeepTheirCategoriesAndTags() {
    assertEquals(
        List.of("note: 中文说明\u3000#标签 [标签]", "想法: 全角空格分隔 []", "注: 单字分类 #t [t]"),
        observations("中文说明\u3000#标签\n\n- [想法]\u3000全角空格分隔\n- [注] 单字分类 #t\n"));
    assertEquals(List.of("é: accent []"), observations("- [é] accent\n"));
    assertEquals(List.of("c: no-break space []"), observations("- [c]\u00a0no-break space\n"));
    assertEquals(List.of("links_to X"), relations("- rel\u00a0type [[X]]\n"));
  }

  @Test
  void aCategorisedItemIsItsFirstLine() {
    assertEquals(
        List.of("cat: first line #a [a]"),
        observations("- [cat] first line #a\n  second line #b\n"));
    assertEquals(List.of("c: text []"), observations("- [c] text\n  more words (ctx)\n"));
    assertEquals(List.of("note: x []"), observations("- [  ] x\n"));
    assertEquals(List.of("rel G"), relations("- rel [[G]] ()\n")); // an empty context is none
  }

  @Test
  void taskBoxesAreNeverObservationsWhateverFollows() {
    assertEquals(List.of(), observations("- [x]nospace #n\n- [ ]no-space #t\n- [-]gone #g\n"));
    assertEquals(List.of(), observations("- [/] wip\n- [?] maybe\n"));
  }

  @Test
  void headingsInListItemsAreRead() {
    assertEquals(
        List.of("c: heading in list #x [x]"), observations("- # [c] heading in list #x\n"));
    assertEquals(List.of("rel HL"), relations("- ## rel [[HL]]\n")); // markdown-it: in a list item
    assertEquals(
        List.of("note: ####### seven [] (no heading)"),
        observations("####### seven (no heading)\n=\n"));
  }

  @Test
  void linksInBlockquotesAndCalloutsCountButTheirObservationsDoNot() {
    String body =
        "> - rel [[BQ Target]]\n\n"
            + "> [!note] See [[Callout Link]] #tag\n\n"
            + "> quote\ncontinued [[LazyLink]]\n\n"
            + "> - [quoted] inside blockquote #bq\n";
    assertEquals(List.of(), observations(body));
    assertEquals(
        List.of("rel BQ Target", "links_to Callout Link", "links_to LazyLink"), relations(body));
  }

  @Test
  void aParagraphsLinesKeepTheIndentationMarkdownItKeeps() {
    // markdown-it keeps what is beyond the block's indent: none at the top, 2 in a "- " item
    assertEquals(
        List.of("note: Prose #t\n    indented four [t]"),
        observations("Prose #t\n    indented four\n"));
    assertEquals(
        List.of("note: item #t\n  four in\nlazy [t]"),
        observations("- item #t\n    four in\nlazy\n"));
    assertEquals(List.of("note: Setext #t\n  two [t]"), observations("Setext #t\n  two\n---\n"));
    // a tab before a nested item's marker (Obsidian indents with tabs): its content is at column 6
    assertEquals(List.of("note: b #x\nc [x]"), observations("- a\n\t- b #x\n\t  c\n"));
    assertEquals(List.of("note: b #x\n  c [x]"), observations("- a\n\t- b #x\n\t\tc\n"));
  }

  @Test
  void whatFollowsALinkDefinitionIsReadAsItsOwnBlocks() {
    // markdown-it: an indented line after a definition is code, "2)" starts a list
    assertEquals(List.of(), observations("[ref]: /url\n    - [idea] in code #t\n"));
    assertEquals(
        List.of("idea: in a list #t [t]"), observations("[ref]: /url\n2) [idea] in a list #t\n"));
  }
}
