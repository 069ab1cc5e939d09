package dev.agentworkbench.git;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.diff.Subsequence;
import org.eclipse.jgit.diff.SubsequenceComparator;

/**
 * Line diff for large files: lines that occur exactly once in each version anchor the diff
 * (patience diff), and only the gaps between anchors go to JGit's histogram diff. JGit's diff alone
 * takes seconds on a large file with thousands of scattered changes; anchoring keeps that to
 * milliseconds. Small files use the histogram diff directly.
 */
final class AnchoredDiff {
  static final int ANCHOR_THRESHOLD = 1_000;
  private static final DiffAlgorithm HISTOGRAM =
      DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

  private AnchoredDiff() {}

  static EditList edits(byte[] oldContent, byte[] newContent) {
    RawText a = new RawText(oldContent);
    RawText b = new RawText(newContent);
    if (a.size() + b.size() < ANCHOR_THRESHOLD) {
      return HISTOGRAM.diff(RawTextComparator.DEFAULT, a, b);
    }
    int[][] anchors = anchors(a, b);
    EditList out = new EditList();
    int ai = 0;
    int bi = 0;
    for (int[] anchor : anchors) {
      gap(a, b, ai, anchor[0], bi, anchor[1], out);
      ai = anchor[0] + 1;
      bi = anchor[1] + 1;
    }
    gap(a, b, ai, a.size(), bi, b.size(), out);
    return out;
  }

  private static void gap(RawText a, RawText b, int a0, int a1, int b0, int b1, EditList out) {
    if (a0 == a1 && b0 == b1) {
      return;
    }
    if (a0 == a1 || b0 == b1) {
      out.add(new Edit(a0, a1, b0, b1));
      return;
    }
    Edit region = new Edit(a0, a1, b0, b1);
    Subsequence<RawText> sa = Subsequence.a(a, region);
    Subsequence<RawText> sb = Subsequence.b(b, region);
    EditList local = HISTOGRAM.diff(new SubsequenceComparator<>(RawTextComparator.DEFAULT), sa, sb);
    out.addAll(Subsequence.toBase(local, sa, sb));
  }

  /** Lines unique in both versions, in the longest order-preserving chain (patience sorting). */
  static int[][] anchors(RawText a, RawText b) {
    Map<String, int[]> seen =
        new HashMap<>(); // line -> {count in a, index in a, count in b, idx b}
    for (int i = 0; i < a.size(); i++) {
      int[] e = seen.computeIfAbsent(key(a, i), k -> new int[] {0, -1, 0, -1});
      e[0]++;
      e[1] = i;
    }
    for (int j = 0; j < b.size(); j++) {
      int[] e = seen.get(key(b, j));
      if (e != null) {
        e[2]++;
        e[3] = j;
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int[] e : seen.values()) {
      if (e[0] == 1 && e[2] == 1) {
        pairs.add(new int[] {e[1], e[3]});
      }
    }
    pairs.sort((x, y) -> Integer.compare(x[0], y[0]));
    return longestIncreasing(pairs);
  }

  private static int[][] longestIncreasing(List<int[]> pairs) {
    int n = pairs.size();
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int j = pairs.get(k)[1];
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[1] < j) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      length = Math.max(length, lo + 1);
    }
    int[][] chain = new int[length][];
    int k = length > 0 ? tails[length - 1] : -1;
    for (int pos = length - 1; pos >= 0; pos--) {
      chain[pos] = pairs.get(k);
      k = previous[k];
    }
    return chain;
  }

  private static String key(RawText text, int line) {
    return text.getString(line);
  }
}
