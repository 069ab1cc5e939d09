package dev.agentworkbench.memory.parse;

import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
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
    String text = rare.carriageReturn() ? normalised(body) : body;
    Lines lines = Lines.of(text);
    if (!COMMONMARK_ONLY && !rare.blockDoubt() && PlainBlocks.isPlain(lines)) {
      return plain(lines);
    }
    return commonmark(lines);
  }

  /** The commonmark path alone, never the plain one (for comparisons). */
  static Result parseFully(String body) {
    return commonmark(Lines.of(normalised(body)));
  }

  /** True when the body's blocks are found without commonmark. */
  static boolean takesPlainPath(String body) {
    return !RareCharacters.of(body).blockDoubt() && PlainBlocks.isPlain(Lines.of(normalised(body)));
  }

  private static String normalised(String body) {
    return body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static Result plain(Lines lines) {
    Found found = new Found(lines);
    PlainBlocks.walk(
        lines,
        new PlainBlocks.Visitor() {
          @Override
          public void paragraph(int first, int firstColumn, int last, boolean inListItem) {
            found.paragraph.add(first, firstColumn, lines.length(first) - firstColumn);
            for (int line = first + 1; line <= last; line++) {
              found.paragraph.add(line, 0, lines.length(line));
            }
            found.inline(found.paragraph.text(), inListItem);
          }

          @Override
          public void heading(int line) {
            found.inline(atxText(lines.text(), lines.start(line), lines.end(line)), false);
          }
        });
    return found.result();
  }

  private static Result commonmark(Lines lines) {
    Found found = new Found(lines);
    PARSER
        .parse(lines.text())
        .accept(
            new AbstractVisitor() {
              private int quotes;

              @Override
              public void visit(BlockQuote blockQuote) {
                // no observations inside blockquotes (callouts included); their links count
                quotes++;
                visitChildren(blockQuote);
                quotes--;
              }

              @Override
              public void visit(Paragraph paragraph) {
                for (SourceSpan span : paragraph.getSourceSpans()) {
                  found.paragraph.add(span.getLineIndex(), span.getColumnIndex(), span.getLength());
                }
                found.inline(
                    found.paragraph.text(), paragraph.getParent() instanceof ListItem, quotes > 0);
              }

              @Override
              public void visit(Heading heading) {
                found.inline(
                    headingText(heading, lines),
                    heading.getParent() instanceof ListItem,
                    quotes > 0);
              }
            });
    return found.result();
  }

  /** What the inline rules found so far, and the paragraph being read. */
  private static final class Found {
    final List<Observation> observations = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final ParagraphText paragraph;

    Found(Lines lines) {
      paragraph = new ParagraphText(lines);
    }

    void inline(String content, boolean inListItem) {
      inline(content, inListItem, false);
    }

    void inline(String content, boolean inListItem, boolean quoted) {
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
   * A paragraph's text from the parts of its source lines: the lines joined with {@code \n}, each
   * one's leading whitespace skipped, the whole stripped. {@link #text} ends the paragraph.
   */
  private static final class ParagraphText {
    private final Lines lines;
    private final StringBuilder out = new StringBuilder();
    private int parts;
    private int firstFrom;
    private int firstTo;

    ParagraphText(Lines lines) {
      this.lines = lines;
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
        out.append(text, Text.skipWhitespace(text, from, to), to);
      }
      parts++;
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

  private static String headingText(Heading heading, Lines lines) {
    List<SourceSpan> spans = heading.getSourceSpans();
    if (spans.isEmpty()) {
      return "";
    }
    if (spans.size() == 1) {
      // ATX (a setext heading has its underline's span too); in a list item from its own column
      SourceSpan first = spans.get(0);
      int line = first.getLineIndex();
      int from = Math.min(lines.start(line) + first.getColumnIndex(), lines.end(line));
      return atxText(lines.text(), from, lines.end(line));
    }
    // setext heading: every line but the underline
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < spans.size() - 1; i++) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(lines.stripped(spans.get(i).getLineIndex()));
    }
    return out.toString();
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
