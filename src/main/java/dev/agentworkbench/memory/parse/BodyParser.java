package dev.agentworkbench.memory.parse;

import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds observations and relations in a note body with basic-memory's rules: every inline run of
 * text (paragraph or heading, not in code) is looked at, as markdown-it's inline tokens are; inside
 * a blockquote only for links.
 */
public final class BodyParser {

  /** Only block structure is needed: inline content is read from the source lines. */
  private static final Parser PARSER =
      Parser.builder()
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .inlineParserFactory(context -> (lines, node) -> {})
          .build();

  /**
   * Set (benchmarks only) to find every body's blocks with commonmark, as before the plain path.
   */
  private static final boolean COMMONMARK_ONLY =
      Boolean.getBoolean("agentworkbench.memory.commonmarkBodies");

  /** Observations and relations in document order. */
  public record Result(List<Observation> observations, List<Relation> relations) {}

  private BodyParser() {}

  /**
   * Observations and relations in document order. A body made only of plain lines has its blocks
   * found by {@link PlainBlocks}; any other body by commonmark. Both give the same result.
   */
  public static Result parse(String body) {
    return parse(body, RareCharacters.of(body));
  }

  /**
   * The same, for a body whose rare characters are known (those of its whole note will do: a
   * frontmatter's only make the body take the slower path that finds the same).
   */
  static Result parse(String body, RareCharacters rare) {
    return parse(body, rare, new Found(null)).result();
  }

  private static Found parse(String body, RareCharacters rare, Found found) {
    String text = rare.carriageReturn() ? normalised(body) : body;
    Lines lines = Lines.of(text);
    if (!COMMONMARK_ONLY && !rare.blockDoubt() && PlainBlocks.isPlain(lines)) {
      plain(lines, found);
    } else {
      commonmark(lines, found);
    }
    return found;
  }

  /**
   * The text of each inline block the rules read, in order, as markdown-it's inline tokens hold it
   * ({@code "> "} before those in a blockquote); for comparisons with markdown-it.
   */
  static List<String> inlineTexts(String body) {
    List<String> seen = new ArrayList<>();
    parse(body, RareCharacters.of(body), new Found(seen));
    return seen;
  }

  /** The commonmark path alone, never the plain one (for comparisons). */
  static Result parseFully(String body) {
    Found found = new Found(null);
    commonmark(Lines.of(normalised(body)), found);
    return found.result();
  }

  /** True when the body's blocks are found without commonmark. */
  static boolean takesPlainPath(String body) {
    return !RareCharacters.of(body).blockDoubt() && PlainBlocks.isPlain(Lines.of(normalised(body)));
  }

  private static String normalised(String body) {
    return body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static void plain(Lines lines, Found found) {
    ParagraphText paragraph = new ParagraphText(lines);
    PlainBlocks.walk(
        lines,
        new PlainBlocks.Visitor() {
          @Override
          public void paragraph(int first, int firstColumn, int last, boolean inListItem) {
            paragraph.indent(firstColumn, true);
            paragraph.add(first, firstColumn, lines.length(first) - firstColumn);
            for (int line = first + 1; line <= last; line++) {
              paragraph.add(line, 0, lines.length(line));
            }
            found.inline(paragraph.text(), inListItem);
          }

          @Override
          public void heading(int line) {
            found.inline(atxText(lines.text(), lines.start(line), lines.end(line)), false);
          }
        });
  }

  private static void commonmark(Lines lines, Found found) {
    PARSER
        .parse(lines.text())
        .accept(
            new AbstractVisitor() {
              private final ParagraphText blockText = new ParagraphText(lines);
              private int quotes;

              /** True once the rest of the text was read again (see {@link #readAfresh}). */
              private boolean readAgain;

              @Override
              public void visit(BlockQuote blockQuote) {
                if (readAgain) {
                  return;
                }
                // no observations inside blockquotes (callouts included); their links count
                quotes++;
                visitChildren(blockQuote);
                quotes--;
              }

              @Override
              public void visit(Paragraph paragraph) {
                if (readAgain || readAfresh(paragraph)) {
                  return;
                }
                found.inline(
                    text(paragraph, paragraph.getSourceSpans()),
                    paragraph.getParent() instanceof ListItem,
                    quotes > 0);
              }

              @Override
              public void visit(Heading heading) {
                if (readAgain || readAfresh(heading)) {
                  return;
                }
                List<SourceSpan> spans = heading.getSourceSpans();
                // a setext heading's text is read as a paragraph's, its underline left out
                String text =
                    spans.size() > 1
                        ? text(heading, spans.subList(0, spans.size() - 1))
                        : atxText(heading, lines);
                found.inline(text, heading.getParent() instanceof ListItem, quotes > 0);
              }

              /**
               * markdown-it reads a link reference definition as a block of its own, so that the
               * lines after it may start any block (an indented line a code block, {@code 2)} a
               * list), where commonmark keeps reading the paragraph that held the definition (or
               * the setext heading it became). From such a block on, the text is read again (at the
               * top level, where the app needs it), and the blocks commonmark found after it are
               * left; true when done. Only a first line that may start another block than a
               * paragraph is worth it, and a body is read again at most {@code READINGS} times, so
               * that a note made of definitions costs no more than a few readings.
               */
              private boolean readAfresh(Block block) {
                List<SourceSpan> spans = block.getSourceSpans();
                if (!(block.getPrevious() instanceof LinkReferenceDefinition)
                    || !(block.getParent() instanceof Document)
                    || spans.isEmpty()
                    || !mayStartABlock(lines, spans.get(0).getLineIndex())
                    || found.readings >= READINGS) {
                  return false;
                }
                found.readings++;
                int first = spans.get(0).getLineIndex();
                commonmark(Lines.of(lines.text().substring(lines.start(first))), found);
                readAgain = true;
                return true;
              }

              /** The text of a paragraph (or setext heading) made of these spans of lines. */
              private String text(Block block, List<SourceSpan> spans) {
                blockText.indent(
                    block.getParent() instanceof ListItem item ? contentColumn(item) : 0,
                    quotes == 0);
                for (SourceSpan span : spans) {
                  blockText.add(span.getLineIndex(), span.getColumnIndex(), span.getLength());
                }
                return blockText.text();
              }
            });
  }

  /** At most this many readings again of one body (see {@code readAfresh}). */
  private static final int READINGS = 32;

  /**
   * True when a line may start a block that cannot interrupt a paragraph: indented by four columns
   * or more (code), or starting, after fewer spaces, with a digit, a list marker or {@code <}.
   */
  private static boolean mayStartABlock(Lines lines, int line) {
    String text = lines.text();
    int column = 0;
    for (int i = lines.start(line); i < lines.end(line); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        column = c == '\t' ? column + 4 - column % 4 : column + 1;
        if (column >= 4) {
          return true;
        }
      } else {
        return (c >= '0' && c <= '9') || c == '-' || c == '*' || c == '+' || c == '<';
      }
    }
    return false;
  }

  /**
   * The column a list item's content starts at in its first line: its content indent, counted in
   * columns from where its container starts: the content of the item around its list, else where
   * its source span starts (the line's start, or after a blockquote's marks). A tab partly taken by
   * the item around it puts the span's start on the tab itself, so a nested item's column comes
   * from the item around it, not from its span.
   */
  static int contentColumn(ListItem item) {
    Integer content = item.getContentIndent();
    if (content == null) {
      return 0;
    }
    Node list = item.getParent();
    if (list != null && list.getParent() instanceof ListItem outer) {
      return contentColumn(outer) + content;
    }
    List<SourceSpan> spans = item.getSourceSpans();
    return spans.isEmpty() ? content : spans.get(0).getColumnIndex() + content;
  }

  /** What the inline rules found so far. */
  private static final class Found {
    final List<Observation> observations = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();

    /** How many times the body was read again after a link reference definition. */
    int readings;

    /** Where the inline texts read are noted, or null. */
    private final List<String> seen;

    Found(List<String> seen) {
      this.seen = seen;
    }

    void inline(String content, boolean inListItem) {
      inline(content, inListItem, false);
    }

    void inline(String content, boolean inListItem, boolean quoted) {
      if (seen != null) {
        seen.add(quoted ? "> " + content : content);
      }
      if (content.isEmpty()) {
        return;
      }
      if (!quoted) {
        InlineRules.observation(content).ifPresent(observations::add);
      }
      InlineRules.addRelations(content, inListItem, relations);
    }

    Result result() {
      return new Result(observations, relations);
    }
  }

  /**
   * A paragraph's text from the parts of its source lines, as markdown-it's inline token holds it:
   * the lines joined with {@code \n}, the whole stripped. A line after the first keeps its
   * indentation beyond the paragraph's block indent (a lazy line's shorter indentation goes).
   * {@link #text} ends the paragraph.
   */
  private static final class ParagraphText {
    private final Lines lines;
    private final StringBuilder out = new StringBuilder();
    private int parts;
    private int firstFrom;
    private int firstTo;

    /** The column the paragraph's block starts at: its list item's content, else 0. */
    private int indent;

    /**
     * True when a line after the first is read from the line's start (a paragraph outside any
     * blockquote), false when from where its source span starts (after the quote's marks).
     */
    private boolean fromLineStart = true;

    ParagraphText(Lines lines) {
      this.lines = lines;
    }

    /**
     * Starts a paragraph whose block begins at {@code column} (its list item's content), whose
     * lines after the first are read from their start or, in a blockquote, from their source span.
     */
    void indent(int column, boolean fromLineStart) {
      indent = column;
      this.fromLineStart = fromLineStart;
    }

    /** Adds the part of a line from column for length characters (clipped to the line). */
    void add(int line, int column, int length) {
      int start = lines.start(line);
      int lineLength = lines.length(line);
      int from = start + Math.min(lineLength, column);
      int to = start + Math.min(lineLength, Math.min(lineLength, column) + length);
      String text = lines.text();
      if (parts == 0) {
        firstFrom = from;
        firstTo = to;
      } else {
        if (parts == 1) {
          out.append(text, Text.skipWhitespace(text, firstFrom, firstTo), firstTo);
        }
        if (out.length() > 0) {
          out.append('\n');
        }
        appendBeyondIndent(text, start, fromLineStart ? start : from, to);
      }
      parts++;
    }

    /**
     * Appends text[from, to) without the spaces and tabs that make up the block's indent (all of a
     * lazy line's shorter indentation), as markdown-it's {@code getLines} does: columns counted
     * from the line's start, a tab to the next multiple of 4, and a tab that reaches past the
     * indent leaving the columns beyond it as spaces.
     */
    private void appendBeyondIndent(String text, int lineStart, int from, int to) {
      int column = 0;
      for (int i = lineStart; i < from; i++) {
        column = text.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
      }
      int i = from;
      int past = 0; // columns of a tab reaching past the indent
      if (column < indent) {
        while (i < to && column < indent && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          column = text.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
          i++;
        }
        past = Math.max(0, column - indent);
      }
      out.append(" ".repeat(past)).append(text, i, to);
    }

    String text() {
      String text =
          switch (parts) {
            case 0 -> "";
            case 1 -> Text.strip(lines.text(), firstFrom, firstTo);
            default -> Text.strip(out.toString());
          };
      parts = 0;
      out.setLength(0);
      return text;
    }
  }

  /** The text's lines as offsets, so that only the parts looked at become strings. */
  record Lines(String text, int[] starts, int count) {
    static Lines of(String text) {
      int[] starts = new int[16];
      int count = 1;
      int nl = text.indexOf('\n');
      while (nl >= 0) {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = nl + 1;
        nl = text.indexOf('\n', nl + 1);
      }
      return new Lines(text, starts, count);
    }

    int start(int line) {
      return starts[line];
    }

    int end(int line) {
      return line + 1 < count ? starts[line + 1] - 1 : text.length();
    }

    int length(int line) {
      return end(line) - start(line);
    }

    /** The line stripped of leading and trailing whitespace, as {@link String#strip()}. */
    String stripped(int line) {
      return Text.strip(text, start(line), end(line));
    }
  }

  /** An ATX heading's text; in a list item from the heading's own column. */
  private static String atxText(Heading heading, Lines lines) {
    List<SourceSpan> spans = heading.getSourceSpans();
    if (spans.isEmpty()) {
      return "";
    }
    SourceSpan first = spans.get(0);
    int line = first.getLineIndex();
    int from = Math.min(lines.start(line) + first.getColumnIndex(), lines.end(line));
    return atxText(lines.text(), from, lines.end(line));
  }

  /**
   * An ATX heading's text as markdown-it takes it from text[from, to): after the opening hashes; a
   * closing run of hashes dropped when a space or tab comes before it (trailing spaces and tabs
   * aside); then stripped.
   */
  private static String atxText(String text, int from, int to) {
    int pos = from;
    while (pos < to && isSpaceOrTab(text.charAt(pos))) {
      pos++;
    }
    while (pos < to && text.charAt(pos) == '#') {
      pos++;
    }
    int end = to;
    while (end > pos && isSpaceOrTab(text.charAt(end - 1))) {
      end--;
    }
    int run = end;
    while (run > pos && text.charAt(run - 1) == '#') {
      run--;
    }
    if (run < end && run > pos && isSpaceOrTab(text.charAt(run - 1))) {
      end = run;
    }
    return Text.strip(text, pos, end);
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }
}
