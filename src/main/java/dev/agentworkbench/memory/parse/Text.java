package dev.agentworkbench.memory.parse;

/**
 * Whitespace scans over a part of a string, without copying it first. Whitespace is Python's (what
 * {@code str.strip()}, {@code str.split()} and a regex {@code \s} take in basic-memory): ASCII
 * whitespace, U+001C to U+001F, and the Unicode spaces and line breaks, no-break spaces included.
 */
final class Text {
  private Text() {}

  /** Python's whitespace as the body of a regex character class ({@code [...]}). */
  static final String SPACE_CLASS =
      "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

  /** text[from, to) stripped as Python's {@code str.strip()} strips; one copy at most. */
  static String strip(String text, int from, int to) {
    int start = skipWhitespace(text, from, to);
    int end = to;
    while (end > start && isRegexSpace(text.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  /** The first index in [from, to) that is not whitespace, or to. */
  static int skipWhitespace(String text, int from, int to) {
    int i = from;
    while (i < to && isRegexSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The text stripped of Python's whitespace. */
  static String strip(String text) {
    return strip(text, 0, text.length());
  }

  /** True when text[from, to) is only whitespace. */
  static boolean blank(String text, int from, int to) {
    return skipWhitespace(text, from, to) == to;
  }

  /** The first index in [from, to) that is not a regex {@code \s}, or to. */
  static int skipRegexSpace(String text, int from, int to) {
    int i = from;
    while (i < to && isRegexSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** True for Python's whitespace ({@code str.isspace()}, a regex {@code \s} on text). */
  static boolean isRegexSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
    if (c < '\u0085') {
      return false;
    }
    return c == '\u0085'
        || c == '\u00a0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000';
  }
}
