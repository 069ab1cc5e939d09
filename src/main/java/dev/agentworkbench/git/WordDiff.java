package dev.agentworkbench.git;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/** Finds which words changed between a removed line and the added line paired with it. */
final class WordDiff {
  private static final int MAX_LINE = 2_000;

  private WordDiff() {}

  /** Changed ranges in {@code before} and in {@code after}, as two lists. */
  static List<List<DiffLine.Span>> between(String before, String after) {
    if (before.length() > MAX_LINE || after.length() > MAX_LINE) {
      return List.of(whole(before), whole(after));
    }
    Tokens a = new Tokens(before);
    Tokens b = new Tokens(after);
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(Tokens.COMPARATOR, a, b);
    List<DiffLine.Span> left = new ArrayList<>();
    List<DiffLine.Span> right = new ArrayList<>();
    for (Edit e : edits) {
      if (e.getEndA() > e.getBeginA()) {
        left.add(new DiffLine.Span(a.start(e.getBeginA()), a.start(e.getEndA())));
      }
      if (e.getEndB() > e.getBeginB()) {
        right.add(new DiffLine.Span(b.start(e.getBeginB()), b.start(e.getEndB())));
      }
    }
    return List.of(left, right);
  }

  private static List<DiffLine.Span> whole(String s) {
    return s.isEmpty() ? List.of() : List.of(new DiffLine.Span(0, s.length()));
  }

  /** A line cut into words, runs of spaces, and single other characters. */
  private static final class Tokens extends Sequence {
    static final SequenceComparator<Tokens> COMPARATOR =
        new SequenceComparator<>() {
          @Override
          public boolean equals(Tokens a, int ai, Tokens b, int bi) {
            return a.token(ai).equals(b.token(bi));
          }

          @Override
          public int hash(Tokens seq, int i) {
            return seq.token(i).hashCode();
          }
        };

    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    Tokens(String text) {
      this.text = text;
      int i = 0;
      while (i < text.length()) {
        starts.add(i);
        i = endOfToken(text, i);
      }
      starts.add(text.length());
    }

    private static int endOfToken(String s, int i) {
      char c = s.charAt(i);
      int j = i + 1;
      if (Character.isLetterOrDigit(c) || c == '_') {
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
      } else if (Character.isWhitespace(c)) {
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
          j++;
        }
      }
      return j;
    }

    int start(int token) {
      return starts.get(token);
    }

    String token(int i) {
      return text.substring(starts.get(i), starts.get(i + 1));
    }

    @Override
    public int size() {
      return starts.size() - 1;
    }
  }
}
