package dev.agentworkbench.git;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;

/**
 * Builds the diff model of two versions of a file: hunks with three lines of context like {@code
 * git diff}, and word-level highlights on paired removed/added lines.
 */
public final class DiffBuilder {
  static final int CONTEXT = 3;

  private DiffBuilder() {}

  static EditList edits(byte[] oldContent, byte[] newContent) {
    return AnchoredDiff.edits(oldContent, newContent);
  }

  /** The diff of two versions; binary content gives a diff without hunks. */
  public static FileDiff build(String path, ChangeArea area, byte[] oldContent, byte[] newContent) {
    if (RawText.isBinary(oldContent) || RawText.isBinary(newContent)) {
      return new FileDiff(path, area, true, List.of());
    }
    List<String> a = text(oldContent);
    List<String> b = text(newContent);
    EditList edits = edits(oldContent, newContent);
    List<Hunk> hunks = new ArrayList<>();
    int i = 0;
    while (i < edits.size()) {
      int j = i;
      while (j + 1 < edits.size()
          && edits.get(j + 1).getBeginA() - edits.get(j).getEndA() <= 2 * CONTEXT) {
        j++;
      }
      hunks.add(hunk(a, b, edits.subList(i, j + 1)));
      i = j + 1;
    }
    return new FileDiff(path, area, false, hunks);
  }

  private static Hunk hunk(List<String> a, List<String> b, List<Edit> edits) {
    Edit first = edits.get(0);
    Edit last = edits.get(edits.size() - 1);
    int aStart = Math.max(0, first.getBeginA() - CONTEXT);
    int aEnd = Math.min(a.size(), last.getEndA() + CONTEXT);
    int bStart = first.getBeginB() - (first.getBeginA() - aStart);
    int bEnd = last.getEndB() + (aEnd - last.getEndA());
    List<DiffLine> lines = new ArrayList<>();
    int ai = aStart;
    int bi = bStart;
    for (Edit e : edits) {
      while (ai < e.getBeginA()) {
        lines.add(context(a, ai++, bi++));
      }
      addChange(lines, a, b, e);
      ai = e.getEndA();
      bi = e.getEndB();
    }
    while (ai < aEnd) {
      lines.add(context(a, ai++, bi++));
    }
    int oldCount = aEnd - aStart;
    int newCount = bEnd - bStart;
    return new Hunk(
        oldCount == 0 ? aStart : aStart + 1,
        oldCount,
        newCount == 0 ? bStart : bStart + 1,
        newCount,
        lines);
  }

  private static DiffLine context(List<String> a, int ai, int bi) {
    return new DiffLine(DiffLine.Kind.CONTEXT, ai + 1, bi + 1, a.get(ai), List.of());
  }

  private static void addChange(List<DiffLine> lines, List<String> a, List<String> b, Edit e) {
    int removed = e.getLengthA();
    int added = e.getLengthB();
    List<List<DiffLine.Span>> left = new ArrayList<>();
    List<List<DiffLine.Span>> right = new ArrayList<>();
    for (int k = 0; k < Math.max(removed, added); k++) {
      if (k < removed && k < added) {
        List<List<DiffLine.Span>> spans =
            WordDiff.between(a.get(e.getBeginA() + k), b.get(e.getBeginB() + k));
        left.add(spans.get(0));
        right.add(spans.get(1));
      } else {
        left.add(List.of());
        right.add(List.of());
      }
    }
    for (int k = 0; k < removed; k++) {
      int ai = e.getBeginA() + k;
      lines.add(new DiffLine(DiffLine.Kind.REMOVED, ai + 1, 0, a.get(ai), left.get(k)));
    }
    for (int k = 0; k < added; k++) {
      int bi = e.getBeginB() + k;
      lines.add(new DiffLine(DiffLine.Kind.ADDED, 0, bi + 1, b.get(bi), right.get(k)));
    }
  }

  private static List<String> text(byte[] content) {
    List<byte[]> raw = TextLines.split(content);
    List<String> lines = new ArrayList<>(raw.size());
    for (byte[] line : raw) {
      int len = line.length;
      if (len > 0 && line[len - 1] == '\n') {
        len--;
        if (len > 0 && line[len - 1] == '\r') {
          len--;
        }
      }
      lines.add(new String(line, 0, len, StandardCharsets.UTF_8));
    }
    return lines;
  }
}
