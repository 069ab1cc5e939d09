package dev.agentworkbench.ui.quality;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Python syntax colours for the file viewer: keywords, strings, comments, numbers, decorators. */
public final class PythonHighlighter {
  private static final String[] KEYWORDS = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "match", "case", "self"
  };
  private static final Pattern PATTERN =
      Pattern.compile(
          "(?<STRING>[rbfuRBFU]{0,2}(\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'))"
              + "|(?<COMMENT>#[^\\n]*)"
              + "|(?<KEYWORD>\\b("
              + String.join("|", KEYWORDS)
              + ")\\b)"
              + "|(?<DECORATOR>@[\\w.]+)"
              + "|(?<NUMBER>\\b\\d[\\d_]*(\\.\\d+)?([eE][+-]?\\d+)?\\b)");

  private PythonHighlighter() {}

  public static StyleSpans<Collection<String>> spans(String text) {
    Matcher m = PATTERN.matcher(text);
    StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
    int last = 0;
    while (m.find()) {
      String style =
          m.group("STRING") != null
              ? "py-string"
              : m.group("COMMENT") != null
                  ? "py-comment"
                  : m.group("KEYWORD") != null
                      ? "py-keyword"
                      : m.group("DECORATOR") != null ? "py-decorator" : "py-number";
      b.add(Collections.emptyList(), m.start() - last);
      b.add(List.of(style), m.end() - m.start());
      last = m.end();
    }
    b.add(Collections.emptyList(), text.length() - last);
    return b.create();
  }
}
