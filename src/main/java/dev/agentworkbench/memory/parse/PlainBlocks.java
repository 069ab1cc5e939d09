package dev.agentworkbench.memory.parse;

/**
 * The block structure of a body made only of plain lines (paragraph lines, {@code - } items, ATX
 * headings, blank lines), found without commonmark. Any line whose meaning could depend on
 * commonmark's finer rules makes the whole body {@linkplain #isPlain not plain}.
 */
final class PlainBlocks {
  private static final int BLANK = 0;
  private static final int HEADING = 1;
  private static final int ITEM = 2;
  private static final int TEXT = 3;
  private static final int DOUBTFUL = 4;

  /** The blocks a walk reports, in document order. */
  interface Visitor {
    /**
     * Lines first..last form a paragraph; the first line's text starts at firstColumn, the others'
     * at column 0 (lazy continuation lines when the paragraph is in a list item).
     */
    void paragraph(int first, int firstColumn, int last, boolean inListItem);

    /** The line is an ATX heading. */
    void heading(int line);
  }

  private PlainBlocks() {}

  /**
   * True when every line is plain, so that {@link #walk} finds what commonmark finds. The text must
   * hold none of the {@linkplain RareCharacters#blockDoubt() characters} that put that in doubt.
   */
  static boolean isPlain(BodyParser.Lines lines) {
    for (int i = 0; i < lines.count(); i++) {
      if (kind(lines, i) == DOUBTFUL) {
        return false;
      }
    }
    return true;
  }

  /** Reports the paragraphs and headings of a body that {@link #isPlain} accepted. */
  static void walk(BodyParser.Lines lines, Visitor visitor) {
    int first = -1; // the open paragraph's first line, or -1
    boolean inListItem = false;
    for (int i = 0; i < lines.count(); i++) {
      int kind = kind(lines, i);
      if (kind == TEXT && first >= 0) {
        continue; // a continuation line, lazy when the paragraph is in a list item
      }
      if (first >= 0) {
        visitor.paragraph(first, inListItem ? 2 : 0, i - 1, inListItem);
        first = -1;
      }
      if (kind == HEADING) {
        visitor.heading(i);
      } else if (kind == ITEM || kind == TEXT) {
        first = i;
        inListItem = kind == ITEM;
      }
    }
    if (first >= 0) {
      visitor.paragraph(first, inListItem ? 2 : 0, lines.count() - 1, inListItem);
    }
  }

  private static int kind(BodyParser.Lines lines, int line) {
    String text = lines.text();
    int start = lines.start(line);
    int end = lines.end(line);
    int i = start;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    if (i == end) {
      return BLANK;
    }
    if (i > start) {
      return DOUBTFUL; // indented: list item content, code, or a paragraph's continuation
    }
    char c = text.charAt(start);
    if (c == '#') {
      return atxHeading(text, start, end) ? HEADING : TEXT;
    }
    if (c == '-') {
      boolean item = end - start > 2 && text.charAt(start + 1) == ' ';
      return item && startsText(text, start + 2, end) ? ITEM : DOUBTFUL;
    }
    return startsText(text, start, end) ? TEXT : DOUBTFUL;
  }

  /** One to six {@code #} followed by a space or the end of the line. */
  private static boolean atxHeading(String text, int start, int end) {
    int i = start;
    while (i < end && i - start < 7 && text.charAt(i) == '#') {
      i++;
    }
    return i - start <= 6 && (i == end || text.charAt(i) == ' ');
  }

  /**
   * Text from i on starts a paragraph line and no other block: it does not start with a space or a
   * block marker (quote, list, rule, setext underline, HTML, fence, heading), nor with digits
   * followed by {@code .} or {@code )} (an ordered list's marker).
   */
  private static boolean startsText(String text, int i, int end) {
    return switch (text.charAt(i)) {
      case ' ', '>', '#', '-', '*', '+', '_', '=', '<', '`', '~' -> false;
      case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> !orderedMarker(text, i, end);
      default -> true;
    };
  }

  /** Digits followed by {@code .} or {@code )}, whatever follows them (conservatively). */
  private static boolean orderedMarker(String text, int i, int end) {
    int j = i;
    while (j < end && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j < end && (text.charAt(j) == '.' || text.charAt(j) == ')');
  }
}
