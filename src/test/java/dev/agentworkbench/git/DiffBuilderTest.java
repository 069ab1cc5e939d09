package dev.agentworkbench.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff model: hunks as git prints them, side-by-side rows, word-level highlights. */
class DiffBuilderTest {
  @TempDir Path temp;

  @Test
  void hunksMatchGitDiff() throws Exception {
    TestRepo repo = TestRepo.init(temp.resolve("r"));
    String before =
        IntStream.rangeClosed(1, 40).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"))
            + "\n";
    repo.write("f.txt", before);
    repo.commitAll("chore: start - @t");
    repo.write(
        "f.txt",
        before
            .replace("line 2\n", "line two\nline 2.5\n")
            .replace("line 20\n", "")
            .replace("line 39\n", "line 39!\n"));
    FileDiff diff =
        repo.service()
            .diff(FileChange.of("f.txt", ChangeArea.UNSTAGED, ChangeKind.MODIFIED, false));
    String git = repo.git("diff", "--no-color", "-U3", "--", "f.txt");
    // git adds a "function context" after the hunk header; the model leaves it out.
    String hunksOnly = git.substring(git.indexOf("@@")).replaceAll("(?m)^(@@ [^@]+ @@).*$", "$1");
    assertEquals(hunksOnly, diff.unified());
  }

  @Test
  void largeFilesWithScatteredChangesStillMatchGitDiff() throws Exception {
    TestRepo repo = TestRepo.init(temp.resolve("big"));
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      String line = "value_" + i + " = compute(alpha, beta)\n";
      before.append(line);
      if (i % 7 == 3) {
        after.append(line.replace("beta", "gamma"));
      } else if (i % 11 != 5) {
        after.append(line);
      }
    }
    repo.write("big.txt", before.toString());
    repo.commitAll("chore: start - @t");
    repo.write("big.txt", after.toString());
    FileDiff diff =
        repo.service()
            .diff(FileChange.of("big.txt", ChangeArea.UNSTAGED, ChangeKind.MODIFIED, false));
    String git = repo.git("diff", "--no-color", "-U3", "--", "big.txt");
    String hunksOnly = git.substring(git.indexOf("@@")).replaceAll("(?m)^(@@ [^@]+ @@).*$", "$1");
    assertEquals(hunksOnly, diff.unified());
    byte[] a = before.toString().getBytes(StandardCharsets.UTF_8);
    byte[] b = after.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(
        after.toString(),
        new String(
            PartialPatch.apply(
                a,
                b,
                LineSelection.of(diff.hunks().stream().flatMap(h -> h.lines().stream()).toList())),
            StandardCharsets.UTF_8));
  }

  @Test
  void pairsChangedLinesSideBySideWithWordHighlights() {
    byte[] a = "keep\nint total = price * 2;\nold only\n".getBytes(StandardCharsets.UTF_8);
    byte[] b = "keep\nint total = price * 3;\n".getBytes(StandardCharsets.UTF_8);
    FileDiff diff = DiffBuilder.build("x", ChangeArea.UNSTAGED, a, b);
    List<FileDiff.Row> rows = diff.sideBySide();
    // header, context, paired change, lone removal
    assertEquals(4, rows.size());
    FileDiff.Row paired = rows.get(2);
    DiffLine left = paired.left().orElseThrow();
    DiffLine right = paired.right().orElseThrow();
    assertEquals(List.of(new DiffLine.Span(20, 21)), left.changed());
    assertEquals("3", right.text().substring(20, 21));
    assertTrue(rows.get(3).right().isEmpty());
  }

  @Test
  void binaryContentHasNoHunks() {
    FileDiff diff =
        DiffBuilder.build("x", ChangeArea.STAGED, new byte[] {1, 0, 2}, new byte[] {1, 0, 3});
    assertTrue(diff.binary());
    assertTrue(diff.hunks().isEmpty());
  }
}
