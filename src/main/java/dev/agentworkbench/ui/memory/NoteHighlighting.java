package dev.agentworkbench.ui.memory;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Style spans for a note's text: frontmatter, headings, [category], #tags, [[links]]. */
final class NoteHighlighting {
  static final int LIMIT = 300_000;
  private static final Pattern PATTERN =
      Pattern.compile(
          "(?<FRONTMATTER>\\A---\\R(?s:.*?)\\R---(?=\\R|\\z))"
              + "|(?<HEADING>^#{1,6} .*$)"
              + "|(?<LINK>\\[\\[[^\\]\\n]+\\]\\])"
              // a list item (bullet or numbered) whose text starts with [: maybe a [category]
              + "|(?<ITEM>^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+(?=\\[))"
              + "|(?<TAG>(?<=^|\\s)#[\\w\\-/]+)",
          Pattern.MULTILINE);

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
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    if (text.length() > LIMIT) {
      spans.add(List.of(), text.length());
      return spans.create();
    }
    Matcher m = PATTERN.matcher(text);
    int last = 0;
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      int start = m.start();
      int end = m.end();
      String style;
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
        style = "md-category";
      } else if (m.group("LINK") != null) {
        String inner = m.group("LINK");
        style =
            resolves.test(inner.substring(2, inner.length() - 2))
                ? "md-link"
                : "md-link md-link-missing";
      } else {
        style =
            m.group("FRONTMATTER") != null
                ? "md-frontmatter"
                : m.group("HEADING") != null ? "md-heading" : "md-tag";
      }
      spans.add(List.of(), start - last);
      spans.add(List.of(style.split(" ")), end - start);
      last = end;
      from = Math.max(end, start + 1);
    }
    spans.add(List.of(), text.length() - last);
    return spans.create();
  }
}
