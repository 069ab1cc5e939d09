package dev.agentworkbench.ui.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style spans for a note's text: frontmatter, headings, [category], #tags, [[links]], and code
 * blocks (fenced and indented), inside which nothing else is marked: basic-memory reads no
 * observation or link there either. Inline code is not set apart: basic-memory reads a [[link]]
 * between backticks as a link, and so does the editor.
 */
final class NoteHighlighting {
  static final int LIMIT = 300_000;
  private static final Pattern FRONTMATTER = Pattern.compile("\\A---\\R(?s:.*?)\\R---(?=\\R|\\z)");
  private static final Pattern PATTERN =
      Pattern.compile(
          "(?<HEADING>^#{1,6} .*$)"
              + "|(?<LINK>\\[\\[[^\\]\\n]+\\]\\])"
              // a list item (bullet or numbered) whose text starts with [: maybe a [category]
              + "|(?<ITEM>^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+(?=\\[))"
              + "|(?<TAG>(?<=^|\\s)#[\\w\\-/]+)",
          Pattern.MULTILINE);

  /**
   * Block structure only, as the note parser reads it: the blocks of a 300 KB note take about 10
   * ms, the inlines would take three times that.
   */
  private static final Parser BLOCKS =
      Parser.builder()
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .inlineParserFactory(context -> (lines, node) -> {})
          .build();

  private NoteHighlighting() {}

  static StyleSpans<Collection<String>> compute(String text) {
    return compute(text, target -> true);
  }

  /**
   * The spans; a {@code [[link]]} whose target {@code resolves} says no to (given the text between
   * the brackets) is marked missing as well.
   */
  static StyleSpans<Collection<String>> compute(
      String text, java.util.function.Predicate<String> resolves) {
    if (text.length() > LIMIT) {
      StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
      spans.add(List.of(), text.length());
      return spans.create();
    }
    Matcher front = FRONTMATTER.matcher(text);
    int body = front.lookingAt() ? front.end() : 0;
    List<Code> code = code(text, body);
    Spans spans = new Spans(code);
    if (body > 0) {
      spans.write(body, List.of("md-frontmatter"));
    }
    Matcher m = PATTERN.matcher(text);
    int inCode = 0; // the first code range that may hold or follow the match
    int from = body;
    while (from <= text.length() && m.find(from)) {
      int start = m.start();
      int end = m.end();
      while (inCode < code.size() && code.get(inCode).end() <= start) {
        inCode++;
      }
      if (inCode < code.size() && code.get(inCode).start() <= start) {
        from = code.get(inCode).end(); // nothing inside code is read
        continue;
      }
      boolean overlapsCode = inCode < code.size() && code.get(inCode).start() < end;
      List<String> style;
      if (m.group("ITEM") != null) {
        // the category as the parser reads it: no task box, markdown link or timestamp
        int lineEnd = text.indexOf('\n', end);
        String item = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        int category = dev.agentworkbench.memory.parse.NoteParser.observationCategoryEnd(item);
        if (category < 0) {
          from = end;
          continue;
        }
        start = end;
        end = end + category;
        overlapsCode = inCode < code.size() && code.get(inCode).start() < end;
        style = List.of("md-category");
      } else if (m.group("LINK") != null) {
        String inner = m.group("LINK");
        style =
            resolves.test(inner.substring(2, inner.length() - 2))
                ? List.of("md-link")
                : List.of("md-link", "md-link-missing");
      } else {
        style = List.of(m.group("HEADING") != null ? "md-heading" : "md-tag");
      }
      if (overlapsCode && m.group("HEADING") == null) {
        // a [[link]] or [category] that code cuts through is no link or category
        from = start + 1;
        continue;
      }
      spans.write(start, List.of());
      spans.write(end, style);
      from = Math.max(end, start + 1);
    }
    spans.write(text.length(), List.of());
    return spans.create();
  }

  /** A stretch of code in the text, with its style. */
  private record Code(int start, int end, String style) {}

  /**
   * The code in the text after {@code body} (the frontmatter's end), in order: each line of a
   * fenced or indented block (a fence's own lines styled apart).
   */
  private static List<Code> code(String text, int body) {
    List<Code> code = new ArrayList<>();
    BLOCKS
        .parse(text.substring(body))
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(FencedCodeBlock block) {
                List<SourceSpan> lines = block.getSourceSpans();
                for (int i = 0; i < lines.size(); i++) {
                  boolean fence =
                      i == 0 || i == lines.size() - 1 && block.getClosingFenceLength() != null;
                  add(lines.get(i), fence ? "md-code-fence" : "md-code");
                }
              }

              @Override
              public void visit(IndentedCodeBlock block) {
                block.getSourceSpans().forEach(line -> add(line, "md-code"));
              }

              private void add(SourceSpan line, String style) {
                int start = body + line.getInputIndex();
                code.add(new Code(start, start + line.getLength(), style));
              }
            });
    return code;
  }

  /** Writes the spans in order; code ranges keep their own style whatever is written over them. */
  private static final class Spans {
    private final StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
    private final List<Code> code;
    private int next; // the first code range not wholly written
    private int written;
    private boolean any;

    Spans(List<Code> code) {
      this.code = code;
    }

    /** Styles text[written, to) with {@code style}, but code with its own. */
    void write(int to, List<String> style) {
      while (written < to) {
        while (next < code.size() && code.get(next).end() <= written) {
          next++;
        }
        Code c = next < code.size() ? code.get(next) : null;
        if (c == null || c.start() >= to) {
          add(style, to - written);
        } else if (c.start() > written) {
          add(style, c.start() - written);
        } else {
          add(List.of(c.style()), Math.min(c.end(), to) - written);
        }
      }
    }

    private void add(List<String> style, int length) {
      builder.add(style, length);
      written += length;
      any = true;
    }

    StyleSpans<Collection<String>> create() {
      if (!any) {
        builder.add(List.of(), 0);
      }
      return builder.create();
    }
  }
}
