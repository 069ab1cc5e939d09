package dev.agentworkbench.bench.commit;

import dev.agentworkbench.git.ChangeArea;
import dev.agentworkbench.git.DiffBuilder;
import dev.agentworkbench.git.FileDiff;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Builds the diff model (hunks, word highlights, side-by-side rows) for a 10,000-line diff, against
 * a baseline measured in the same run: JGit's own unified formatting of the same diff.
 */
public final class DiffModelBench {
  private DiffModelBench() {}

  public static void main(String[] args) throws Exception {
    // Default: a 12,000-line file where 3 of every 12 lines change one word: about 10,000 diff
    // lines
    // (3,000 removed + 3,000 added + context), every changed pair word-highlighted.
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 12_000;
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      String line = "    value_" + i + " = compute(alpha, beta, " + i + ") + offset\n";
      a.append(line);
      boolean changed = args.length > 1 ? i % 2 == 0 : i % 12 < 3;
      b.append(changed ? line.replace("beta", "gamma") : line);
      // (run with a second argument "alternate" for every other line changed)
    }
    byte[] oldBytes = a.toString().getBytes(StandardCharsets.UTF_8);
    byte[] newBytes = b.toString().getBytes(StandardCharsets.UTF_8);
    System.out.printf(
        "diff lines in the model: %d%n",
        DiffBuilder.build("f", ChangeArea.UNSTAGED, oldBytes, newBytes).lineCount());
    for (int warm = 0; warm < 5; warm++) {
      baseline(oldBytes, newBytes);
      model(oldBytes, newBytes);
    }
    int runs = 10;
    long base = 0;
    long model = 0;
    int rows = 0;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      baseline(oldBytes, newBytes);
      long t1 = System.nanoTime();
      rows = model(oldBytes, newBytes);
      long t2 = System.nanoTime();
      base += t1 - t0;
      model += t2 - t1;
    }
    System.out.printf("file of %d lines (%d side-by-side rows)%n", lines, rows);
    System.out.printf("baseline JGit DiffFormatter: %.1f ms%n", base / 1e6 / runs);
    System.out.printf("workbench model + sideBySide: %.1f ms%n", model / 1e6 / runs);
    System.out.printf("ratio model/baseline: %.2f%n", (double) model / base);
  }

  private static int baseline(byte[] a, byte[] b) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter f = new DiffFormatter(out)) {
      EditList edits =
          DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
              .diff(RawTextComparator.DEFAULT, new RawText(a), new RawText(b));
      f.format(edits, new RawText(a), new RawText(b));
    }
    return out.size();
  }

  private static int model(byte[] a, byte[] b) {
    FileDiff diff = DiffBuilder.build("f", ChangeArea.UNSTAGED, a, b);
    return diff.sideBySide().size();
  }
}
