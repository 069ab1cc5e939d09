package dev.agentworkbench.memory.parse;

import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds observations and relations in a note body with basic-memory's rules: every inline run of
 * text (paragraph or heading, not in a blockquote or code) is looked at, as markdown-it's inline
 * tokens are.
 */
public final class BodyParser {
  private static final Pattern CLOSING_HASHES = Pattern.compile("(^|\\s)#+$");

  /** Only block structure is needed: inline content is read from the source lines. */
  private static final Parser PARSER =
      Parser.builder()
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .inlineParserFactory(context -> (lines, node) -> {})
          .build();

  /** Observations and relations in document order. */
  public record Result(List<Observation> observations, List<Relation> relations) {}

  private BodyParser() {}

  public static Result parse(String body) {
    String text = body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
    Lines lines = Lines.of(text);
    List<Observation> observations = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    PARSER
        .parse(text)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(BlockQuote blockQuote) {
                // basic-memory ignores everything inside blockquotes (callouts included)
              }

              @Override
              public void visit(Paragraph paragraph) {
                inline(inlineText(paragraph, lines), paragraph.getParent() instanceof ListItem);
              }

              @Override
              public void visit(Heading heading) {
                inline(headingText(heading, lines), false);
              }

              private void inline(String content, boolean inListItem) {
                if (content.isEmpty()) {
                  return;
                }
                InlineRules.observation(content).ifPresent(observations::add);
                InlineRules.addRelations(content, inListItem, relations);
              }
            });
    return new Result(observations, relations);
  }

  /** The text's lines as offsets, so that only the parts looked at become strings. */
  private record Lines(String text, int[] starts, int count) {
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

    /** The line stripped of leading and trailing whitespace, as {@link String#strip()}. */
    String stripped(int line) {
      return Text.strip(text, start(line), end(line));
    }
  }

  private static String inlineText(Node block, Lines lines) {
    List<SourceSpan> spans = block.getSourceSpans();
    String text = lines.text();
    if (spans.size() == 1) {
      SourceSpan span = spans.get(0);
      int start = lines.start(span.getLineIndex());
      int length = lines.end(span.getLineIndex()) - start;
      int from = Math.min(length, span.getColumnIndex());
      int to = Math.min(length, from + span.getLength());
      return Text.strip(text, start + from, start + to);
    }
    StringBuilder out = new StringBuilder();
    for (SourceSpan span : spans) {
      int start = lines.start(span.getLineIndex());
      int length = lines.end(span.getLineIndex()) - start;
      int from = Math.min(length, span.getColumnIndex());
      int to = Math.min(length, from + span.getLength());
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(text, Text.skipWhitespace(text, start + from, start + to), start + to);
    }
    return out.toString().strip();
  }

  private static String headingText(Heading heading, Lines lines) {
    List<SourceSpan> spans = heading.getSourceSpans();
    if (spans.isEmpty()) {
      return "";
    }
    String first = lines.stripped(spans.get(0).getLineIndex());
    if (first.startsWith("#")) {
      return atxText(first);
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

  /** An ATX heading line's text: opening hashes, and a closing run preceded by a space, dropped. */
  private static String atxText(String line) {
    int hashes = 0;
    while (hashes < 6 && hashes < line.length() && line.charAt(hashes) == '#') {
      hashes++;
    }
    String t = Text.strip(line, hashes, line.length());
    if (t.indexOf('\u0085') >= 0) {
      // a regex $ also matches before a final NEL: let the regex decide, as it always did
      return CLOSING_HASHES.matcher(t).replaceFirst("").strip();
    }
    int run = t.length();
    while (run > 0 && t.charAt(run - 1) == '#') {
      run--;
    }
    if (run == t.length()) {
      return t;
    }
    if (run == 0) {
      return "";
    }
    if (Text.isRegexSpace(t.charAt(run - 1))) {
      return t.substring(0, run - 1).strip();
    }
    return t;
  }
}
