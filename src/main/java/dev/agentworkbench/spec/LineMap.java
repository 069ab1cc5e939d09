package dev.agentworkbench.spec;

import java.util.Arrays;

/** Maps character offsets of a text to 1-based lines and columns, and back. */
public final class LineMap {
  private final String text;
  private final int[] starts;

  public LineMap(String text) {
    this.text = text;
    int[] s = new int[16];
    int n = 0;
    s[n++] = 0;
    // indexOf is an intrinsic: much faster than a charAt loop over a 1 MB text, even when cold
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
      }
      s[n++] = i + 1;
    }
    this.starts = Arrays.copyOf(s, n);
  }

  public String text() {
    return text;
  }

  /** Number of lines (a trailing newline opens an empty last line). */
  public int count() {
    return starts.length;
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(starts, Math.max(0, Math.min(offset, text.length())));
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of an offset. */
  public int column(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    return o - starts[line(o) - 1] + 1;
  }

  /** Offset where a 1-based line starts. */
  public int start(int line) {
    return starts[Math.max(1, Math.min(line, starts.length)) - 1];
  }

  /** Offset just after the line's content, before its line break. */
  public int contentEnd(int line) {
    int end = end(line);
    if (end > start(line) && text.charAt(end - 1) == '\n') {
      end--;
      if (end > start(line) && text.charAt(end - 1) == '\r') {
        end--;
      }
    }
    return end;
  }

  /** Offset just after the line's break (the next line's start, or the text's end). */
  public int end(int line) {
    return line >= starts.length ? text.length() : starts[line];
  }

  /** The line's content without its line break. */
  public String content(int line) {
    return text.substring(start(line), contentEnd(line));
  }
}
