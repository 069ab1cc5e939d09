package dev.agentworkbench.memory.index;

import java.util.List;
import java.util.Locale;

/** A short piece of a note's body around the first match, with matched words marked {@code **}. */
public final class Snippets {
  static final int WIDTH = 160;

  private Snippets() {}

  static String around(String body, List<String> words) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String lower = body.toLowerCase(Locale.ROOT);
    int first = -1;
    for (String w : words) {
      int at = wordStart(lower, w, 0);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    int start = first < 0 ? 0 : Math.max(0, first - WIDTH / 3);
    int end = Math.min(body.length(), start + WIDTH);
    String piece = body.substring(start, end).replaceAll("\\s+", " ").strip();
    String marked = mark(piece, words);
    return (start > 0 ? "…" : "") + marked + (end < body.length() ? "…" : "");
  }

  private static int wordStart(String lower, String w, int from) {
    int at = lower.indexOf(w, from);
    while (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
      at = lower.indexOf(w, at + 1);
    }
    return at;
  }

  private static String mark(String piece, List<String> words) {
    String lower = piece.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < piece.length()) {
      int matched = 0;
      if (i == 0 || !Character.isLetterOrDigit(piece.charAt(i - 1))) {
        for (String w : words) {
          if (!w.isEmpty() && lower.startsWith(w, i)) {
            int end = i + w.length();
            while (end < piece.length() && Character.isLetterOrDigit(piece.charAt(end))) {
              end++;
            }
            matched = Math.max(matched, end - i);
          }
        }
      }
      if (matched > 0) {
        out.append("**").append(piece, i, i + matched).append("**");
        i += matched;
      } else {
        out.append(piece.charAt(i));
        i++;
      }
    }
    return out.toString();
  }
}
