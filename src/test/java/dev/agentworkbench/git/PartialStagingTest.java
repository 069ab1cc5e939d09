package dev.agentworkbench.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hunk and line staging build the same index as {@code git add -p} does. */
class PartialStagingTest {
  @TempDir Path temp;

  private static String numbered(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"))
        + "\n";
  }

  /** Two repositories in the same state: one for the workbench, one for git add -p. */
  private TestRepo[] twins(String before, String after) throws Exception {
    TestRepo[] repos = new TestRepo[2];
    for (int i = 0; i < 2; i++) {
      repos[i] = TestRepo.init(temp.resolve("repo" + i));
      repos[i].write("file.txt", before);
      repos[i].commitAll("chore: start - @tester");
      repos[i].write("file.txt", after);
    }
    return repos;
  }

  private static FileChange unstaged() {
    return FileChange.of("file.txt", ChangeArea.UNSTAGED, ChangeKind.MODIFIED, false);
  }

  @Test
  void stagingTheFirstHunkEqualsGitAddPatchYesNo() throws Exception {
    String before = numbered(30);
    String after = before.replace("line 3\n", "line three\n").replace("line 27\n", "line 27b\n");
    TestRepo[] r = twins(before, after);
    FileDiff diff = r[0].service().diff(unstaged());
    assertEquals(2, diff.hunks().size());
    r[0].service().stageLines("file.txt", diff.hunks().get(0).selectAll());

    var add = r[1].run("y\nn\n".getBytes(StandardCharsets.UTF_8), "add", "-p", "--", "file.txt");
    assertEquals(0, add.exitCode(), add.stderrText());

    assertEquals(r[1].staged("file.txt"), r[0].staged("file.txt"));
    assertEquals(r[1].git("ls-files", "-s"), r[0].git("ls-files", "-s"));
    assertEquals(r[1].git("diff"), r[0].git("diff"), "what is left unstaged matches too");
  }

  @Test
  void stagingSomeLinesEqualsGitAddPatchWithAnEditedHunk() throws Exception {
    String before = "a\nold one\nold two\nb\n";
    String after = "a\nnew one\nnew two\nb\n";
    TestRepo[] r = twins(before, after);
    // Pick "-old one" and "+new one"; leave "old two" in place and "new two" out.
    r[0].service().stageLines("file.txt", new LineSelection(Set.of(2), Set.of(2)));

    Path editor = temp.resolve("edit-hunk.sh");
    Files.writeString(
        editor,
        "#!/bin/sh\nsed -i -e 's/^-old two$/ old two/' -e '/^+new two$/d' \"$1\"\n",
        StandardCharsets.UTF_8);
    editor.toFile().setExecutable(true);
    r[1].env("GIT_EDITOR", editor.toString());
    var add = r[1].run("e\n".getBytes(StandardCharsets.UTF_8), "add", "-p", "--", "file.txt");
    assertEquals(0, add.exitCode(), add.stderrText());

    // As git applies the edited hunk: the kept removal stays as context before the addition.
    assertEquals("a\nold two\nnew one\nb\n", r[0].staged("file.txt"));
    assertEquals(r[1].staged("file.txt"), r[0].staged("file.txt"));
    assertEquals(r[1].git("ls-files", "-s"), r[0].git("ls-files", "-s"));
  }

  @Test
  void stagingAnAddedLineOnlyEqualsGitAddPatch() throws Exception {
    String before = "a\nb\n";
    String after = "a\nx\ny\nb\n";
    TestRepo[] r = twins(before, after);
    r[0].service().stageLines("file.txt", new LineSelection(Set.of(), Set.of(3)));

    Path editor = temp.resolve("edit-add.sh");
    Files.writeString(editor, "#!/bin/sh\nsed -i -e '/^+x$/d' \"$1\"\n", StandardCharsets.UTF_8);
    editor.toFile().setExecutable(true);
    r[1].env("GIT_EDITOR", editor.toString());
    var add = r[1].run("e\n".getBytes(StandardCharsets.UTF_8), "add", "-p", "--", "file.txt");
    assertEquals(0, add.exitCode(), add.stderrText());

    assertEquals("a\ny\nb\n", r[0].staged("file.txt"));
    assertEquals(r[1].staged("file.txt"), r[0].staged("file.txt"));
  }

  @Test
  void unstagingAHunkLeavesTheOtherStaged() throws Exception {
    String before = numbered(30);
    String after = before.replace("line 3\n", "line three\n").replace("line 27\n", "line 27b\n");
    TestRepo[] r = twins(before, after);
    TestRepo repo = r[0];
    repo.git("add", "file.txt");
    FileChange staged = FileChange.of("file.txt", ChangeArea.STAGED, ChangeKind.MODIFIED, false);
    FileDiff diff = repo.service().diff(staged);
    repo.service().unstageLines("file.txt", diff.hunks().get(1).selectAll());
    String index = repo.staged("file.txt");
    assertTrue(index.contains("line three\n"));
    assertTrue(index.contains("line 27\n"));
    assertEquals(1, repo.service().diff(unstaged()).hunks().size());
  }

  @Test
  void discardingLinesRemovesThemFromTheWorkTreeOnly() throws Exception {
    TestRepo repo = twins("a\nb\n", "a\nx\nb\ny\n")[0];
    repo.service().discardLines("file.txt", new LineSelection(Set.of(), Set.of(2)));
    assertEquals("a\nb\ny\n", repo.read("file.txt"));
  }

  @Test
  void stagingPartOfANewFileAddsItWithTheChosenLines() throws Exception {
    TestRepo repo = TestRepo.init(temp.resolve("new"));
    repo.write("keep.txt", "k\n");
    repo.commitAll("chore: start - @tester");
    repo.write("new.txt", "one\ntwo\n");
    repo.service().stageLines("new.txt", new LineSelection(Set.of(), Set.of(1)));
    assertEquals("one\n", repo.staged("new.txt"));
  }
}
