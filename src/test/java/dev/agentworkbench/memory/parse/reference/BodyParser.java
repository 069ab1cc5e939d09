package dev.agentworkbench.memory.parse.reference;

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
  private static final Pattern OPENING_HASHES = Pattern.compile("^#{1,6}");
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
    String text = body.replace("\r\n", "\n").replace('\r', '\n');
    String[] lines = text.split("\n", -1);
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
      out.append(line.substring(from, to).stripLeading());
    }
    return out.toString().strip();
  }

  private static String headingText(Heading heading, String[] lines) {
    List<SourceSpan> spans = heading.getSourceSpans();
    if (spans.isEmpty()) {
      return "";
    }
    String first = lines[spans.get(0).getLineIndex()].strip();
    if (first.startsWith("#")) {
      String t = OPENING_HASHES.matcher(first).replaceFirst("").strip();
      // a closing run of # preceded by a space is not content
      t = CLOSING_HASHES.matcher(t).replaceFirst("").strip();
      return t;
    }
    // setext heading: every line but the underline
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < spans.size() - 1; i++) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(lines[spans.get(i).getLineIndex()].strip());
    }
    return out.toString();
  }
}
