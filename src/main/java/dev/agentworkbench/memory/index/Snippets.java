package dev.agentworkbench.memory.index;

import java.util.ArrayList;
import java.util.List;

/** A short piece of a note's body around the first match, with matched words marked {@code **}. */
public final class Snippets {
  static final int WIDTH = 160;

  private Snippets() {}

  static String around(String body, List<String> words) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String lower = lower(body);
    int first = densest(lower, words);
    int start = first < 0 ? 0 : Math.max(0, first - WIDTH / 3);
    int end = Math.min(body.length(), start + WIDTH);
    // whole words at both ends: "…g Markdown" was cut out of "using Markdown"; a word longer than
    // WORD_CUT (a link, a hash) and text without spaces (Japanese) are cut where they are
    int from = start;
    while (start > 0
        && start < first
        && start - from < WORD_CUT
        && cutsWord(body, start - 1, start)) {
      start++;
    }
    if (start - from == WORD_CUT) {
      start = from;
    }
    int to = end;
    while (end < body.length()
        && end > Math.max(start, first) + 1
        && to - end < WORD_CUT
        && cutsWord(body, end - 1, end)) {
      end--;
    }
    if (to - end == WORD_CUT) {
      end = to;
    }
    String piece = body.substring(start, end).replaceAll("\\s+", " ").strip();
    String marked = mark(piece, words);
    return (start > 0 ? "…" : "") + marked + (end < body.length() ? "…" : "");
  }

  /** The longest piece of a word a snippet's end drops to end on a whole word. */
  private static final int WORD_CUT = 20;

  /** True when a cut between {@code a} and {@code b} falls inside a word of spaced text. */
  private static boolean cutsWord(String text, int a, int b) {
    char x = text.charAt(a);
    char y = text.charAt(b);
    return Character.isLetterOrDigit(x)
        && Character.isLetterOrDigit(y)
        && !NoteTokenizer.standsAlone(x)
        && !NoteTokenizer.standsAlone(y);
  }

  /** Occurrences of one word looked at, at most: enough to find where the words meet. */
  private static final int OCCURRENCES = 200;

  /**
   * Where the passage holding the most of the different words starts (its first match), the
   * earliest of equals: a phrase's words side by side beat a lone word met before them; -1 when no
   * word is found.
   */
  static int densest(String lower, List<String> words) {
    List<int[]> hits = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      if (words.get(w).isEmpty()) {
        continue;
      }
      int n = 0;
      for (int at = wordStart(lower, words.get(w), 0);
          at >= 0 && n < OCCURRENCES;
          at = wordStart(lower, words.get(w), at + 1), n++) {
        hits.add(new int[] {at, w});
      }
    }
    if (hits.isEmpty()) {
      return -1;
    }
    hits.sort(java.util.Comparator.comparingInt((int[] h) -> h[0]));
    int span = WIDTH * 2 / 3;
    int[] inWindow = new int[words.size()];
    int distinct = 0;
    int best = hits.get(0)[0];
    int bestDistinct = 0;
    int left = 0;
    for (int[] hit : hits) {
      if (inWindow[hit[1]]++ == 0) {
        distinct++;
      }
      while (hits.get(left)[0] < hit[0] - span) {
        if (--inWindow[hits.get(left)[1]] == 0) {
          distinct--;
        }
        left++;
      }
      if (distinct > bestDistinct) {
        bestDistinct = distinct;
        best = hits.get(left)[0];
      }
    }
    return best;
  }

  /** A word of characters that are words by themselves (Han, kana, hangul): found anywhere. */
  private static boolean runOfItsOwn(String w) {
    return NoteTokenizer.standsAlone(w.codePointAt(0));
  }

  private static int wordStart(String lower, String w, int from) {
    int at = lower.indexOf(w, from);
    while (at > 0 && !runOfItsOwn(w) && Character.isLetterOrDigit(lower.charAt(at - 1))) {
      at = lower.indexOf(w, at + 1);
    }
    return at;
  }

  /**
   * The text lower-cased character by character, so that every index in it is the same index in the
   * text: {@code toLowerCase} makes "İ" two characters, which shifted every mark after it.
   */
  static String lower(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(out[i]);
    }
    return new String(out);
  }

  static String mark(String piece, List<String> words) {
    String lower = lower(piece);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < piece.length()) {
      int matched = 0;
      boolean wordStarts = i == 0 || !Character.isLetterOrDigit(piece.charAt(i - 1));
      for (String w : words) {
        if (w.isEmpty() || !lower.startsWith(w, i)) {
          continue;
        }
        if (runOfItsOwn(w)) {
          matched = Math.max(matched, w.length()); // inside text without spaces, as typed
        } else if (wordStarts) {
          int end = i + w.length();
          while (end < piece.length() && Character.isLetterOrDigit(piece.charAt(end))) {
            end++;
          }
          matched = Math.max(matched, end - i);
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
