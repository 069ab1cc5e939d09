package dev.agentworkbench.memory.parse.reference;

import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
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
 * text (paragraph or heading, not in a blockquote or code) is looked at, as markdown-it's inline
 * tokens are.
 */
public final class BodyParser {
  private static final Pattern OPENING_HASHES = Pattern.compile("^[ \\t]*#+");
  private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]#+[ \\t]*\\z");

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
    String text = body.replace("\r\n", "\n").replace('\r', '\n');
    List<Observation> observations = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    read(text, observations, relations);
    return new Result(observations, relations);
  }

  private static void read(String text, List<Observation> observations, List<Relation> relations) {
    String[] lines = text.split("\n", -1);
    PARSER
        .parse(text)
        .accept(
            new AbstractVisitor() {
              private int quotes;

              @Override
              public void visit(BlockQuote blockQuote) {
                // no observations inside blockquotes (callouts included); links count
                quotes++;
                visitChildren(blockQuote);
                quotes--;
              }

              private boolean done;

              @Override
              public void visit(Paragraph paragraph) {
                if (!done && !readAgain(paragraph)) {
                  inline(
                      inlineText(paragraph, paragraph.getSourceSpans(), lines, quotes == 0),
                      paragraph.getParent() instanceof ListItem);
                }
              }

              @Override
              public void visit(Heading heading) {
                if (!done && !readAgain(heading)) {
                  inline(
                      headingText(heading, lines, quotes == 0),
                      heading.getParent() instanceof ListItem);
                }
              }

              /**
               * markdown-it reads a link reference definition as a block of its own: the text after
               * one is read again from the block that follows it (top level only).
               */
              private boolean readAgain(Node block) {
                if (block.getPrevious() instanceof LinkReferenceDefinition
                    && block.getParent() instanceof Document) {
                  int first = block.getSourceSpans().get(0).getLineIndex();
                  read(
                      String.join("\n", Arrays.asList(lines).subList(first, lines.length)),
                      observations,
                      relations);
                  done = true;
                  return true;
                }
                return false;
              }

              private void inline(String content, boolean inListItem) {
                if (content.isEmpty()) {
                  return;
                }
                if (quotes == 0) {
                  InlineRules.observation(content).ifPresent(observations::add);
                }
                relations.addAll(InlineRules.relations(content, inListItem));
              }
            });
  }

  /**
   * A paragraph's text as markdown-it's {@code getLines} gives it: the first line from its span,
   * each next line from its start (in a blockquote from its span) without the spaces and tabs of
   * the block's indent (columns to tab stops of 4; a tab past the indent leaves spaces), joined and
   * stripped.
   */
  private static String inlineText(
      Node block, List<SourceSpan> spans, String[] lines, boolean fromLineStart) {
    int indent = block.getParent() instanceof ListItem item ? contentColumn(item) : 0;
    StringBuilder out = new StringBuilder();
    for (SourceSpan span : spans) {
      String line = lines[span.getLineIndex()];
      int from = Math.min(line.length(), span.getColumnIndex());
      int to = Math.min(line.length(), from + span.getLength());
      if (out.length() > 0) {
        out.append('\n');
        int i = fromLineStart ? 0 : from;
        int column = columns(line.substring(0, i));
        int pad = 0;
        if (column < indent) {
          while (i < to && column < indent && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            column = columns(line.substring(0, ++i));
          }
          pad = Math.max(0, column - indent);
        }
        out.append(" ".repeat(pad)).append(line, i, to);
      } else {
        out.append(line, from, to);
      }
    }
    return InlineRules.strip(out.toString());
  }

  /** Where a list item's content starts: from the item around its list, else from its span. */
  private static int contentColumn(ListItem item) {
    int content = item.getContentIndent() == null ? 0 : item.getContentIndent();
    if (item.getParent().getParent() instanceof ListItem outer) {
      return contentColumn(outer) + content;
    }
    return item.getSourceSpans().get(0).getColumnIndex() + content;
  }

  /** The columns a text takes, tabs to the next multiple of 4. */
  private static int columns(String text) {
    int column = 0;
    for (char c : text.toCharArray()) {
      column = c == '\t' ? column + 4 - column % 4 : column + 1;
    }
    return column;
  }

  private static String headingText(Heading heading, String[] lines, boolean fromLineStart) {
    List<SourceSpan> spans = heading.getSourceSpans();
    if (spans.isEmpty()) {
      return "";
    }
    String line = lines[spans.get(0).getLineIndex()];
    String first = line.substring(Math.min(line.length(), spans.get(0).getColumnIndex()));
    Matcher atx = OPENING_HASHES.matcher(first);
    if (spans.size() == 1 && atx.lookingAt()) {
      // markdown-it: a closing run of # preceded by a space or tab is not content
      return InlineRules.strip(CLOSING_HASHES.matcher(first.substring(atx.end())).replaceFirst(""));
    }
    // setext heading: every line but the underline, as a paragraph's
    return inlineText(heading, spans.subList(0, spans.size() - 1), lines, fromLineStart);
  }
}
