package dev.agentworkbench.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Status, staging, committing and the repository states, on real repositories. */
class GitServiceTest {
  @TempDir Path temp;

  private TestRepo repoWithCommit() throws Exception {
    TestRepo repo = TestRepo.init(temp.resolve("repo"));
    repo.write("a.txt", "alpha\n");
    repo.write("b.txt", "bravo\nline\nline\nline\n");
    repo.write("gone.txt", "soon gone\n");
    repo.commitAll("chore: start - @tester");
    return repo;
  }

  private static FileChange find(StatusSnapshot s, ChangeArea area, String path) {
    return s.in(area).stream()
        .filter(c -> c.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " not " + area + " in " + s.changes()));
  }

  @Test
  void statusShowsEveryAreaWithRenamesAndBinaries() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.git("mv", "b.txt", "renamed.txt");
    repo.write("a.txt", "alpha changed\n");
    repo.write("new.txt", "untracked\n");
    Files.write(repo.root().resolve("image.bin"), new byte[] {0, 1, 2, 0, 3});
    repo.git("add", "image.bin");
    Files.delete(repo.root().resolve("gone.txt"));

    StatusSnapshot s = repo.service().status();

    FileChange rename = find(s, ChangeArea.STAGED, "renamed.txt");
    assertEquals(ChangeKind.RENAMED, rename.kind());
    assertEquals("b.txt", rename.oldPath().orElseThrow());
    assertTrue(find(s, ChangeArea.STAGED, "image.bin").binary());
    assertEquals(ChangeKind.MODIFIED, find(s, ChangeArea.UNSTAGED, "a.txt").kind());
    assertEquals(ChangeKind.DELETED, find(s, ChangeArea.UNSTAGED, "gone.txt").kind());
    assertEquals(ChangeKind.UNTRACKED, find(s, ChangeArea.UNTRACKED, "new.txt").kind());
    assertTrue(repo.service().diff(find(s, ChangeArea.STAGED, "image.bin")).binary());
  }

  @Test
  void stagesAndUnstagesWholeFilesIncludingDeletions() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.write("a.txt", "alpha changed\n");
    Files.delete(repo.root().resolve("gone.txt"));
    GitService git = repo.service();
    git.stage("a.txt");
    git.stage("gone.txt");
    StatusSnapshot s = git.status();
    assertEquals(ChangeKind.DELETED, find(s, ChangeArea.STAGED, "gone.txt").kind());
    assertEquals(ChangeKind.MODIFIED, find(s, ChangeArea.STAGED, "a.txt").kind());
    git.unstage("a.txt");
    git.unstage("gone.txt");
    assertFalse(git.status().hasStaged());
  }

  @Test
  void discardRestoresAndDeletesUntracked() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.write("a.txt", "alpha changed\n");
    repo.write("new.txt", "untracked\n");
    GitService git = repo.service();
    StatusSnapshot s = git.status();
    git.discard(find(s, ChangeArea.UNSTAGED, "a.txt"));
    git.discard(find(s, ChangeArea.UNTRACKED, "new.txt"));
    assertEquals("alpha\n", repo.read("a.txt"));
    assertFalse(Files.exists(repo.root().resolve("new.txt")));
  }

  @Test
  void firstCommitOnAnUnbornBranch() throws Exception {
    TestRepo repo = TestRepo.init(temp.resolve("unborn"));
    repo.write("a.txt", "alpha\n");
    GitService git = repo.service();
    StatusSnapshot before = git.status();
    assertTrue(before.state().unborn());
    assertFalse(before.state().canAmend());
    assertEquals("main", before.state().branch());
    assertEquals(List.of(), git.log(10));
    git.stage("a.txt");
    assertEquals(ChangeKind.ADDED, find(git.status(), ChangeArea.STAGED, "a.txt").kind());

    var amend =
        assertThrows(CommitRefusedException.class, () -> git.commit("feat: x - @a", true, ""));
    assertEquals(CommitRefusedException.Reason.CANNOT_AMEND, amend.reason());

    CommitResult result = git.commit("feat: first - @a", false, "");
    assertTrue(result.notes().get(0).contains("first commit"));
    assertEquals("Test User", git.head().orElseThrow().author());
    assertEquals("feat: first - @a\n", repo.git("log", "-1", "--format=%B"));
  }

  @Test
  void stripsCommentLinesAsGitDoes() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.write("a.txt", "changed\n");
    repo.service().stage("a.txt");
    repo.service().commit("fix: thing - @a\n# a comment line\n\nbody\n# another\n", false, "");
    assertEquals("fix: thing - @a\n\nbody\n", repo.service().head().orElseThrow().message());
  }

  @Test
  void refusesWhenNothingIsStaged() throws Exception {
    TestRepo repo = repoWithCommit();
    var e =
        assertThrows(
            CommitRefusedException.class, () -> repo.service().commit("fix: x - @a", false, ""));
    assertEquals(CommitRefusedException.Reason.NOTHING_STAGED, e.reason());
  }

  @Test
  void amendReplacesTheLastCommitWithTheStagedChanges() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.write("a.txt", "one\n");
    repo.service().stage("a.txt");
    repo.service().commit("fix: one - @a", false, "");
    repo.write("a.txt", "two\n");
    repo.service().stage("a.txt");
    repo.service().commit("fix: two - @a", true, "");
    assertEquals("2", repo.git("rev-list", "--count", "HEAD").strip());
    assertEquals("two\n", repo.git("show", "HEAD:a.txt"));
    assertEquals("fix: two - @a", repo.git("log", "-1", "--format=%s").strip());
  }

  @Test
  void messageOnlyAmendKeepsTheTree() throws Exception {
    TestRepo repo = repoWithCommit();
    String tree = repo.git("rev-parse", "HEAD^{tree}");
    repo.service().commit("chore: better words - @tester", true, "");
    assertEquals(tree, repo.git("rev-parse", "HEAD^{tree}"));
    assertEquals("1", repo.git("rev-list", "--count", "HEAD").strip());
  }

  @Test
  void detachedHeadCommitsWithAWarning() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.git("checkout", "-q", "--detach");
    repo.write("a.txt", "detached\n");
    GitService git = repo.service();
    assertTrue(git.status().state().detached());
    git.stage("a.txt");
    CommitResult result = git.commit("fix: on detached - @a", false, "");
    assertTrue(result.notes().get(0).contains("detached HEAD"));
    assertEquals("chore: start - @tester", repo.git("log", "-1", "--format=%s", "main").strip());
  }

  @Test
  void mergeConflictsBlockAndAResolvedMergeUsesMergeMsg() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.git("checkout", "-q", "-b", "other");
    repo.write("a.txt", "theirs\n");
    repo.commitAll("fix: theirs - @a");
    repo.git("checkout", "-q", "main");
    repo.write("a.txt", "ours\n");
    repo.commitAll("fix: ours - @a");
    var merge = repo.run(null, "merge", "other");
    assertEquals(1, merge.exitCode());

    GitService git = repo.service();
    StatusSnapshot s = git.status();
    assertTrue(s.hasConflicts());
    assertEquals(RepoState.Operation.MERGING, s.state().operation());
    assertTrue(s.state().preparedMessage().orElseThrow().startsWith("Merge branch 'other'"));
    var e = assertThrows(CommitRefusedException.class, () -> git.commit("merge - @a", false, ""));
    assertEquals(CommitRefusedException.Reason.CONFLICTS, e.reason());

    repo.write("a.txt", "resolved\n");
    git.stage("a.txt");
    StatusSnapshot resolved = git.status();
    assertEquals(RepoState.Operation.MERGING_RESOLVED, resolved.state().operation());
    assertFalse(resolved.state().canAmend());
    git.commit(resolved.state().preparedMessage().orElseThrow(), false, "");
    assertEquals("2", repo.git("log", "-1", "--format=%p").strip().split(" ").length + "");
  }

  @Test
  void aHeldIndexLockIsReportedNotBroken() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.write("a.txt", "changed\n");
    GitService git = repo.service();
    git.stage("a.txt");
    Path lock = repo.root().resolve(".git/index.lock");
    Files.writeString(lock, "");
    assertTrue(git.status().state().indexLocked());
    var e = assertThrows(CommitRefusedException.class, () -> git.commit("fix: x - @a", false, ""));
    assertEquals(CommitRefusedException.Reason.INDEX_LOCKED, e.reason());
    var stage = assertThrows(GitException.class, () -> git.stage("b.txt"));
    assertTrue(stage.getMessage().contains("index.lock"), stage.getMessage());
    assertTrue(Files.exists(lock), "never delete another process's lock");
  }

  @Test
  void anIndexChangedSinceTheReviewIsRefused() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.write("a.txt", "changed\n");
    GitService git = repo.service();
    git.stage("a.txt");
    String reviewed = git.status().indexFingerprint();
    repo.write("b.txt", "sneaked in\n");
    repo.git("add", "b.txt");
    var e =
        assertThrows(
            CommitRefusedException.class, () -> git.commit("fix: x - @a", false, reviewed));
    assertEquals(CommitRefusedException.Reason.INDEX_CHANGED, e.reason());
    git.commit("fix: x - @a", false, git.status().indexFingerprint());
  }

  @Test
  void signingThatCannotBeHonouredIsRefusedWithTheReason() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.git("config", "commit.gpgsign", "true");
    repo.write("a.txt", "changed\n");
    GitService git = repo.service();
    git.stage("a.txt");
    var e = assertThrows(CommitRefusedException.class, () -> git.commit("fix: x - @a", false, ""));
    assertEquals(CommitRefusedException.Reason.SIGNING_UNAVAILABLE, e.reason());
    assertTrue(e.getMessage().contains("commit.gpgSign"), e.getMessage());
    assertEquals("1", repo.git("rev-list", "--count", "HEAD").strip(), "no unsigned commit made");
  }

  @Test
  void hooksRunWithTheirOutputShown() throws Exception {
    TestRepo repo = repoWithCommit();
    Path hooks = repo.root().resolve(".git/hooks");
    Files.createDirectories(hooks);
    Path pre = hooks.resolve("pre-commit");
    Files.writeString(pre, "#!/bin/sh\necho checking from pre-commit\nexit 0\n");
    pre.toFile().setExecutable(true);
    repo.write("a.txt", "changed\n");
    GitService git = repo.service();
    git.stage("a.txt");
    CommitResult ok = git.commit("fix: x - @a", false, "");
    assertTrue(ok.hookOutput().contains("checking from pre-commit"), ok.hookOutput());

    Files.writeString(pre, "#!/bin/sh\necho lint failed >&2\nexit 3\n");
    repo.write("a.txt", "changed again\n");
    git.stage("a.txt");
    var e = assertThrows(CommitRefusedException.class, () -> git.commit("fix: y - @a", false, ""));
    assertEquals(CommitRefusedException.Reason.HOOK_REJECTED, e.reason());
    assertTrue(e.hookOutput().contains("lint failed"), e.hookOutput());
  }

  @Test
  void historyListsRecentCommits() throws Exception {
    TestRepo repo = repoWithCommit();
    repo.write("a.txt", "x\n");
    repo.commitAll("feat(a): x - @one @two");
    List<CommitRecord> log = repo.service().log(10);
    assertEquals("feat(a): x - @one @two", log.get(0).subject());
    assertEquals(1, repo.service().log(10, "a.txt").size() - 1);
  }
}
