package dev.agentworkbench.memory.parse.reference;

import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
    String[] lines = text.split("\n", -1);
    List<Observation> observations = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
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

              @Override
              public void visit(Paragraph paragraph) {
                inline(inlineText(paragraph, lines), paragraph.getParent() instanceof ListItem);
              }

              @Override
              public void visit(Heading heading) {
                inline(headingText(heading, lines), heading.getParent() instanceof ListItem);
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
    return new Result(observations, relations);
  }

  private static String inlineText(Node block, String[] lines) {
    StringBuilder out = new StringBuilder();
    for (SourceSpan span : block.getSourceSpans()) {
      String line = lines[span.getLineIndex()];
      int from = Math.min(line.length(), span.getColumnIndex());
      int to = Math.min(line.length(), from + span.getLength());
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(InlineRules.stripLeading(line.substring(from, to)));
    }
    return InlineRules.strip(out.toString());
  }

  private static String headingText(Heading heading, String[] lines) {
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
    // setext heading: every line but the underline
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < spans.size() - 1; i++) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(InlineRules.strip(lines[spans.get(i).getLineIndex()]));
    }
    return out.toString();
  }
}
