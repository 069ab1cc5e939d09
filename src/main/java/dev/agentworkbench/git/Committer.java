package dev.agentworkbench.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.AbortedByHookException;
import org.eclipse.jgit.api.errors.ConcurrentRefUpdateException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.ServiceUnavailableException;
import org.eclipse.jgit.api.errors.UnmergedPathsException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.api.errors.WrongRepositoryStateException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.CommitConfig;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Makes a commit with JGit: the identity from git config, pre-commit and commit-msg hooks with
 * their output kept, comment lines stripped as git does, signing when git config asks for it (or a
 * refusal that says why), amend, and the repository states that block a commit.
 */
final class Committer {
  private Committer() {}

  static CommitResult commit(Repository repo, String message, boolean amend, String fingerprint)
      throws GitException, IOException {
    StatusSnapshot status;
    try {
      status = StatusReader.read(repo);
    } catch (GitAPIException e) {
      throw new GitException("Could not read git status: " + e.getMessage(), e);
    }
    check(status, amend, fingerprint);
    checkSigning(repo);
    ByteArrayOutputStream hookBytes = new ByteArrayOutputStream();
    PrintStream hookOut = new PrintStream(hookBytes, true, StandardCharsets.UTF_8);
    CommitCommand command =
        new Git(repo)
            .commit()
            .setMessage(message)
            .setAmend(amend)
            .setCleanupMode(CommitConfig.CleanupMode.STRIP)
            .setCommentCharacter('#')
            .setHookOutputStream(hookOut)
            .setHookErrorStream(hookOut);
    RevCommit commit;
    try {
      commit = command.call();
    } catch (AbortedByHookException e) {
      String output = hookBytes.toString(StandardCharsets.UTF_8);
      throw new CommitRefusedException(
          CommitRefusedException.Reason.HOOK_REJECTED,
          "The " + e.getHookName() + " hook rejected the commit (exit " + e.getReturnCode() + ").",
          output.isBlank() ? e.getHookStdErr() : output,
          e);
    } catch (UnsupportedSigningFormatException | ServiceUnavailableException e) {
      throw signingUnavailable(repo, e);
    } catch (UnmergedPathsException e) {
      throw conflicts(e);
    } catch (WrongRepositoryStateException e) {
      throw new CommitRefusedException(
          CommitRefusedException.Reason.WRONG_STATE,
          "The repository is in a state that cannot be committed: " + e.getMessage(),
          "",
          e);
    } catch (ConcurrentRefUpdateException e) {
      throw new CommitRefusedException(
          CommitRefusedException.Reason.INDEX_LOCKED,
          "Another git process holds a lock on HEAD or the branch. Wait for it and try again.",
          "",
          e);
    } catch (GitAPIException e) {
      throw new GitException("The commit failed: " + e.getMessage(), e);
    } catch (JGitInternalException e) {
      throw locked(e);
    }
    return new CommitResult(
        commit.getName(),
        commit.abbreviate(7).name(),
        commit.getShortMessage(),
        hookBytes.toString(StandardCharsets.UTF_8),
        notes(status));
  }

  private static void check(StatusSnapshot status, boolean amend, String fingerprint)
      throws CommitRefusedException {
    RepoState state = status.state();
    if (status.hasConflicts()) {
      throw conflicts(null);
    }
    if (state.indexLocked()) {
      throw new CommitRefusedException(
          CommitRefusedException.Reason.INDEX_LOCKED, IndexEditor.LOCKED);
    }
    if (!fingerprint.isEmpty() && !fingerprint.equals(status.indexFingerprint())) {
      throw new CommitRefusedException(
          CommitRefusedException.Reason.INDEX_CHANGED,
          "The staged changes changed since you reviewed them (another tool touched the index)."
              + " Review the refreshed list and commit again.");
    }
    if (amend && !state.canAmend()) {
      throw new CommitRefusedException(
          CommitRefusedException.Reason.CANNOT_AMEND,
          state.unborn()
              ? "There is no commit to amend yet: this is the branch's first commit."
              : "Amend is not possible while a merge, cherry-pick, revert or rebase is under way.");
    }
    if (!amend && !state.merging() && !status.hasStaged()) {
      throw new CommitRefusedException(
          CommitRefusedException.Reason.NOTHING_STAGED,
          "Nothing is staged. Stage the changes to commit first.");
    }
  }

  private static void checkSigning(Repository repo) throws CommitRefusedException {
    GpgConfig config = new GpgConfig(repo.getConfig());
    if (config.isSignCommits() && Signers.get(config.getKeyFormat()) == null) {
      throw signingUnavailable(repo, null);
    }
  }

  private static CommitRefusedException signingUnavailable(Repository repo, Exception cause) {
    GpgConfig config = new GpgConfig(repo.getConfig());
    String format = config.getKeyFormat().toConfigValue();
    return new CommitRefusedException(
        CommitRefusedException.Reason.SIGNING_UNAVAILABLE,
        "git config asks for signed commits (commit.gpgSign=true, gpg.format="
            + format
            + "), but this build of Agent Workbench has no "
            + format
            + " signer, and it will not make an unsigned commit behind your back. Commit in a"
            + " terminal with `git commit -S`, or turn signing off for this repository with"
            + " `git config commit.gpgSign false`.",
        "",
        cause);
  }

  private static CommitRefusedException conflicts(Exception cause) {
    return new CommitRefusedException(
        CommitRefusedException.Reason.CONFLICTS,
        "Some files still have merge conflicts. Resolve them and stage the results before"
            + " committing.",
        "",
        cause);
  }

  private static GitException locked(JGitInternalException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LockFailedException) {
        return new CommitRefusedException(
            CommitRefusedException.Reason.INDEX_LOCKED, IndexEditor.LOCKED, "", e);
      }
    }
    return new GitException("The commit failed: " + e.getMessage(), e);
  }

  private static List<String> notes(StatusSnapshot status) {
    List<String> notes = new ArrayList<>();
    RepoState state = status.state();
    if (state.detached()) {
      notes.add(
          "Committed on a detached HEAD: no branch points at this commit. Create a branch to keep"
              + " it (git switch -c NAME).");
    }
    if (state.unborn()) {
      notes.add("This is the first commit of branch " + state.branch() + ".");
    }
    if (state.merging()) {
      notes.add("Merge commit made: the merge is complete.");
    }
    return notes;
  }
}
