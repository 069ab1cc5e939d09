package dev.agentworkbench.memory.parse;

/** Whitespace scans over a part of a string, without copying it first. */
final class Text {
  private Text() {}

  /** text[from, to) stripped as {@link String#strip()} strips; one copy at most. */
  static String strip(String text, int from, int to) {
    int start = skipWhitespace(text, from, to);
    int end = to;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  /** The first index in [from, to) that is not whitespace, or to. */
  static int skipWhitespace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** True when text[from, to) is only whitespace, as {@link String#isBlank()} has it. */
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

  /** True for the characters a regex {@code \s} matches (ASCII whitespace only). */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
