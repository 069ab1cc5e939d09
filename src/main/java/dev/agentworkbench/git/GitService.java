package dev.agentworkbench.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The one façade over JGit: status, staging by file, hunk and line, discard, diffs, commit, hooks
 * and history of one repository. Every call opens the repository and closes it again, so the
 * service holds no state and may be called from any background thread.
 */
public final class GitService {
  private final Path root;

  public GitService(Path repositoryRoot) {
    this.root = repositoryRoot.toAbsolutePath().normalize();
  }

  /** The repository around a folder, if there is one. */
  public static Optional<GitService> find(Path folder) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      return repo.isBare()
          ? Optional.empty()
          : Optional.of(new GitService(repo.getWorkTree().toPath()));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public Path root() {
    return root;
  }

  private interface RepoWork<T> {
    T run(Repository repo) throws IOException, GitException;
  }

  private interface RepoAction {
    void run(Repository repo) throws IOException, GitException;
  }

  private <T> T with(RepoWork<T> work) throws GitException {
    try (Repository repo =
        new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true).build()) {
      return work.run(repo);
    } catch (IOException e) {
      throw IndexEditor.ioFailure(e, "Git could not read " + root);
    } catch (IllegalArgumentException e) {
      throw new GitException(root + " is not a git repository.", e);
    }
  }

  private void act(RepoAction action) throws GitException {
    with(
        repo -> {
          action.run(repo);
          return null;
        });
  }

  public StatusSnapshot status() throws GitException {
    return with(
        repo -> {
          try {
            return StatusReader.read(repo);
          } catch (GitAPIException e) {
            throw new GitException("Could not read git status: " + e.getMessage(), e);
          }
        });
  }

  public RepoState state() throws GitException {
    return with(StatusReader::state);
  }

  /** The diff of one change: index against HEAD when staged, work tree against index otherwise. */
  public FileDiff diff(FileChange change) throws GitException {
    return with(
        repo -> {
          String path = change.path();
          byte[] none = FileContents.NONE;
          return switch (change.area()) {
            case STAGED ->
                DiffBuilder.build(
                    path,
                    change.area(),
                    FileContents.head(repo, change.oldPath().orElse(path)).orElse(none),
                    FileContents.index(repo, path).orElse(none));
            case UNSTAGED ->
                DiffBuilder.build(
                    path,
                    change.area(),
                    FileContents.index(repo, path).orElse(none),
                    FileContents.workTree(repo, path).orElse(none));
            case UNTRACKED ->
                DiffBuilder.build(
                    path, change.area(), none, FileContents.workTree(repo, path).orElse(none));
            case CONFLICTED ->
                DiffBuilder.build(
                    path,
                    change.area(),
                    FileContents.head(repo, path).orElse(none),
                    FileContents.workTree(repo, path).orElse(none));
          };
        });
  }

  public void stage(String path) throws GitException {
    act(repo -> IndexEditor.stageFile(repo, path));
  }

  /** Unstages a change; a staged rename unstages both its paths. */
  public void unstage(FileChange change) throws GitException {
    act(
        repo -> {
          IndexEditor.unstageFile(repo, change.path());
          if (change.oldPath().isPresent()) {
            IndexEditor.unstageFile(repo, change.oldPath().get());
          }
        });
  }

  public void unstage(String path) throws GitException {
    act(repo -> IndexEditor.unstageFile(repo, path));
  }

  /** Stages the selected lines (or whole hunks) of the work tree changes of a file. */
  public void stageLines(String path, LineSelection selection) throws GitException {
    act(repo -> IndexEditor.stageLines(repo, path, selection));
  }

  /** Takes the selected lines (or whole hunks) of the staged changes of a file out of the index. */
  public void unstageLines(String path, LineSelection selection) throws GitException {
    act(repo -> IndexEditor.unstageLines(repo, path, selection));
  }

  /** Throws away the selected unstaged lines of a file from the work tree. */
  public void discardLines(String path, LineSelection selection) throws GitException {
    act(repo -> IndexEditor.discardLines(repo, path, selection));
  }

  /** Throws away a change (an untracked file is deleted). The UI asks first. */
  public void discard(FileChange change) throws GitException {
    act(repo -> IndexEditor.discardFile(repo, change));
  }

  /**
   * Commits the index with the message.
   *
   * @param expectedFingerprint the index fingerprint the user reviewed; empty to skip the check
   */
  public CommitResult commit(String message, boolean amend, String expectedFingerprint)
      throws GitException {
    return with(repo -> Committer.commit(repo, message, amend, expectedFingerprint));
  }

  public List<CommitRecord> log(int max) throws GitException {
    return with(repo -> HistoryReader.log(repo, max, Optional.empty()));
  }

  public List<CommitRecord> log(int max, String path) throws GitException {
    return with(repo -> HistoryReader.log(repo, max, Optional.of(path)));
  }

  public Optional<CommitRecord> head() throws GitException {
    return with(HistoryReader::head);
  }

  /** When the current HEAD commit was made; empty on an unborn branch. */
  public Optional<Instant> lastCommitTime() throws GitException {
    return with(HistoryReader::lastCommitTime);
  }

  /** A value from git config (repository, user and system levels). */
  public Optional<String> config(String section, String name) throws GitException {
    return with(repo -> Optional.ofNullable(repo.getConfig().getString(section, null, name)));
  }

  public Path hooksDirectory() throws GitException {
    return with(HookInstaller::hooksDir);
  }

  /** Installs the commit-msg hook that runs {@code launcher commit-msg check FILE}. */
  public HookInstall installCommitMsgHook(List<String> launcher) throws GitException {
    return with(repo -> HookInstaller.install(repo, launcher));
  }
}
