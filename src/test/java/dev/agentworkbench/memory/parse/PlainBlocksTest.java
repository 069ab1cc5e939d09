package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bodies whose blocks are found without commonmark give exactly what commonmark (and the parser
 * before the plain path, {@code reference}) gives: on bodies made of the plain line kinds and of
 * lines that only nearly are.
 */
class PlainBlocksTest {
  /** Lines the plain path reads itself. */
  private static final String[] PLAIN = {
    "",
    "  ",
    " ",
    "Some prose with words.",
    "See [[Other Note]].",
    "[idea] A thought #tag (some context)",
    "[[Link]]",
    "[[Link]] and more",
    "relates_to [[Target]]",
    "\"quoted type\" [[Target]] (ctx)",
    "'q' [[T]]",
    "#tag at the start",
    "#x",
    "####### seven",
    "#\u00a0x",
    "# Heading",
    "## Heading ##",
    "### trailing #",
    "###### six ######",
    "#",
    "# ",
    "#   ",
    "## #t ##",
    "# a#",
    "- item",
    "- [idea] item #t (c)",
    "- [x] done task",
    "- relates_to [[Target]]",
    "- see [[A]] then [[B]]",
    "- \u2003x",
    "- \u00a0",
    "- [a] x #t",
    "- a  ",
    "word  ",
    "\u00a0 nbsp start",
    "\u2003em space start",
    "\u2028",
    "\u2028line sep",
    "\u0085nel",
    "x \u0085",
    "\ufeffbom",
    "[a] (b)",
    "[c] text (ctx) #t",
    "a]",
    "[b",
    "| a | b |",
    "\\- escaped",
    "\\# escaped",
    "12:30 talk",
    "2024 was a year [[Y]]",
    "- 3 epochs, batch 128 [[Run]]",
    "- 12:30 [idea] x",
    "7",
    "9 lives",
    "- 7",
    "😀 [smile] x",
    "é [[Café]]",
    "text (ctx)",
    "[] x",
    "!x",
    "x ##",
    "[foo]",
    ": /url",
  };

  /** Lines that send the whole body to commonmark, or nearly look like plain ones. */
  private static final String[] NEAR = {
    "  indented",
    "    code",
    "-",
    "- ",
    "-x",
    "--",
    "---",
    "- - x",
    "- # x",
    "- #tag",
    "- > x",
    "- 1. x",
    "- 10. x",
    "-  two spaces",
    "- * x",
    "- + x",
    "- `x`",
    "- <b>",
    "- ~~~",
    "- ===",
    "- _x_",
    "1. x",
    "2) x",
    "1.",
    "1)",
    "3.5 percent",
    "123456789. x",
    "1234567890. x",
    "- 1) x",
    "- 2.",
    "* x",
    "+ x",
    "> quote [[Q]]",
    ">",
    "===",
    "=",
    "___",
    "***",
    "```",
    "~~~",
    "<div>",
    "<!-- c -->",
    "[a]: b",
    "- [a]: b",
    "[foo",
    "bar]: /url",
    "\tx",
    "x\ty",
    "- \tx",
    "x\u000By",
    "\f",
    "x\u0000",
    "*emph*",
    "_x_",
    "=x",
    "~x",
    "`x`",
    "<x",
    " - item",
    "  - nested [[N]]",
  };

  @Test
  void bodiesOfPlainAndNearlyPlainLinesGiveWhatCommonmarkGives() {
    Random random = new Random(11);
    int plain = 0;
    int rounds = 60_000;
    for (int round = 0; round < rounds; round++) {
      // half the bodies only from plain lines (the plain path's own decisions), half mixed
      int nearPercent = round % 2 == 0 ? 0 : 1 + random.nextInt(30);
      StringBuilder body = new StringBuilder();
      String newline = random.nextInt(10) == 0 ? "\r\n" : "\n";
      for (int i = random.nextInt(12); i >= 0; i--) {
        String[] pool = random.nextInt(100) < nearPercent ? NEAR : PLAIN;
        body.append(pool[random.nextInt(pool.length)]);
        if (random.nextInt(8) == 0) {
          body.append(PLAIN[random.nextInt(PLAIN.length)]);
        }
        body.append(newline);
      }
      if (random.nextBoolean()) {
        body.setLength(body.length() - newline.length());
      }
      String text = body.toString();
      if (BodyParser.takesPlainPath(text)) {
        plain++;
      }
      assertSameAsBefore(text);
    }
    assertTrue(plain > rounds / 2, "plain path taken " + plain + " times");
    assertTrue(plain < rounds * 9 / 10, "commonmark path taken " + (rounds - plain) + " times");
  }

  @Test
  void lazyLinesStayInTheirListItemAndBlankLinesEndIt() {
    String body = "- [idea] first line\ncontinues #tag\n\nuses [[Top]]\n- uses [[Tool]]\n# H\n";
    assertTrue(BodyParser.takesPlainPath(body));
    BodyParser.Result result = BodyParser.parse(body);
    assertEquals(
        List.of("idea: first line"), // CATEGORY's (.+) ends at the first line's end
        result.observations().stream().map(o -> o.category() + ": " + o.content()).toList());
    assertEquals(
        List.of("links_to Top", "uses Tool"),
        result.relations().stream().map(r -> r.type() + " " + r.target()).toList());
    assertSameAsBefore(body);
  }

  @Test
  void anyDoubtfulLineSendsTheWholeBodyToCommonmark() {
    for (String near : NEAR) {
      String body = "# Title\n\nProse [[A]].\n" + near + "\n- [idea] x #t\n";
      if (near.equals("[foo")) {
        continue; // plain alone; doubtful with the next line "bar]: /url"
      }
      assertFalse(BodyParser.takesPlainPath(body), near);
      assertSameAsBefore(body);
    }
  }

  private static void assertSameAsBefore(String body) {
    var before = dev.agentworkbench.memory.parse.reference.BodyParser.parse(body);
    BodyParser.Result after = BodyParser.parse(body);
    assertEquals(before.observations(), after.observations(), body);
    assertEquals(before.relations(), after.relations(), body);
    BodyParser.Result fully = BodyParser.parseFully(body);
    assertEquals(fully, after, body);
  }
}
