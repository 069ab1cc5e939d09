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
              + "|(?<CATEGORY>^\\s*[-*] \\[[^\\[\\]()\\n]+\\])"
              + "|(?<TAG>(?<=^|\\s)#[\\w\\-/]+)",
          Pattern.MULTILINE);

  private NoteHighlighting() {}

  static StyleSpans<Collection<String>> compute(String text) {
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    if (text.length() > LIMIT) {
      spans.add(List.of(), text.length());
      return spans.create();
    }
    Matcher m = PATTERN.matcher(text);
    int last = 0;
    while (m.find()) {
      String style =
          m.group("FRONTMATTER") != null
              ? "md-frontmatter"
              : m.group("HEADING") != null
                  ? "md-heading"
                  : m.group("LINK") != null
                      ? "md-link"
                      : m.group("CATEGORY") != null ? "md-category" : "md-tag";
      spans.add(List.of(), m.start() - last);
      spans.add(List.of(style), m.end() - m.start());
      last = m.end();
    }
    spans.add(List.of(), text.length() - last);
    return spans.create();
  }
}
