package dev.agentworkbench.git;

import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;

/**
 * Stages, unstages and discards whole files, hunks and lines. JGit has no hunk staging: a partial
 * stage writes a blob built from the selected lines and points the index entry at it.
 */
final class IndexEditor {
  static final String LOCKED =
      "Another git process is using this repository (.git/index.lock exists). Wait for it to"
          + " finish and try again; delete the lock file only if no git process is running.";

  private IndexEditor() {}

  static void stageFile(Repository repo, String path) throws GitException {
    Git git = new Git(repo);
    try {
      if (Files.exists(FileContents.workTreePath(repo, path))) {
        git.add().addFilepattern(path).call();
      } else {
        git.rm().setCached(true).addFilepattern(path).call();
      }
    } catch (GitAPIException e) {
      throw new GitException("Could not stage " + path + ": " + e.getMessage(), e);
    } catch (JGitInternalException e) {
      throw lockedOr(e, "Could not stage " + path);
    }
  }

  /** Puts the HEAD version of the path back in the index (removes it when HEAD has none). */
  static void unstageFile(Repository repo, String path) throws GitException {
    try {
      Optional<byte[]> head = FileContents.head(repo, path);
      if (head.isEmpty()) {
        removeEntry(repo, path);
      } else {
        writeEntry(repo, path, head.get(), FileContents.headMode(repo, path).orElseThrow());
      }
    } catch (IOException e) {
      throw ioFailure(e, "Could not unstage " + path);
    }
  }

  static void stageLines(Repository repo, String path, LineSelection selection)
      throws GitException {
    try {
      Optional<DirCacheEntry> entry = FileContents.indexEntry(repo, path);
      byte[] old = FileContents.index(repo, path).orElse(FileContents.NONE);
      byte[] now = FileContents.workTree(repo, path).orElse(FileContents.NONE);
      byte[] staged = PartialPatch.apply(old, now, selection);
      FileMode mode =
          entry.map(DirCacheEntry::getFileMode).orElseGet(() -> workTreeMode(repo, path));
      writeEntry(repo, path, staged, mode);
    } catch (IOException e) {
      throw ioFailure(e, "Could not stage the selected lines of " + path);
    }
  }

  static void unstageLines(Repository repo, String path, LineSelection selection)
      throws GitException {
    try {
      DirCacheEntry entry =
          FileContents.indexEntry(repo, path)
              .orElseThrow(() -> new GitException(path + " has nothing staged."));
      byte[] head = FileContents.head(repo, path).orElse(FileContents.NONE);
      byte[] index = FileContents.index(repo, path).orElse(FileContents.NONE);
      writeEntry(repo, path, PartialPatch.revert(head, index, selection), entry.getFileMode());
    } catch (IOException e) {
      throw ioFailure(e, "Could not unstage the selected lines of " + path);
    }
  }

  /** Throws the selected unstaged lines away from the work tree file. */
  static void discardLines(Repository repo, String path, LineSelection selection)
      throws GitException {
    try {
      byte[] index = FileContents.index(repo, path).orElse(FileContents.NONE);
      byte[] now = FileContents.workTree(repo, path).orElse(FileContents.NONE);
      AtomicFileWriter.write(
          FileContents.workTreePath(repo, path), PartialPatch.revert(index, now, selection));
    } catch (IOException e) {
      throw ioFailure(e, "Could not discard the selected lines of " + path);
    }
  }

  /** Discards a file's changes in an area: untracked files are deleted. */
  static void discardFile(Repository repo, FileChange change) throws GitException {
    String path = change.path();
    try {
      switch (change.area()) {
        case UNTRACKED -> Files.deleteIfExists(FileContents.workTreePath(repo, path));
        case UNSTAGED -> restoreWorkTree(repo, path, FileContents.index(repo, path));
        case STAGED, CONFLICTED -> {
          unstageFile(repo, path);
          restoreWorkTree(repo, path, FileContents.head(repo, path));
          if (change.oldPath().isPresent()) {
            String old = change.oldPath().get();
            unstageFile(repo, old);
            restoreWorkTree(repo, old, FileContents.head(repo, old));
          }
        }
      }
    } catch (IOException e) {
      throw ioFailure(e, "Could not discard the changes of " + path);
    }
  }

  private static void restoreWorkTree(Repository repo, String path, Optional<byte[]> content)
      throws IOException {
    Path file = FileContents.workTreePath(repo, path);
    if (content.isEmpty()) {
      Files.deleteIfExists(file);
    } else {
      AtomicFileWriter.write(file, content.get());
    }
  }

  private static FileMode workTreeMode(Repository repo, String path) {
    return Files.isExecutable(FileContents.workTreePath(repo, path))
        ? FileMode.EXECUTABLE_FILE
        : FileMode.REGULAR_FILE;
  }

  static void writeEntry(Repository repo, String path, byte[] content, FileMode mode)
      throws IOException {
    ObjectId blob;
    try (ObjectInserter inserter = repo.newObjectInserter()) {
      blob = inserter.insert(Constants.OBJ_BLOB, content);
      inserter.flush();
    }
    DirCache cache = repo.lockDirCache();
    try {
      DirCacheEditor editor = cache.editor();
      editor.add(
          new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry ent) {
              ent.setFileMode(mode);
              ent.setObjectId(blob);
              ent.setLength(content.length);
              // An old stamp makes status hash the work tree file instead of trusting stat data.
              ent.setLastModified(Instant.EPOCH);
            }
          });
      editor.commit();
    } finally {
      cache.unlock();
    }
  }

  private static void removeEntry(Repository repo, String path) throws IOException {
    DirCache cache = repo.lockDirCache();
    try {
      DirCacheEditor editor = cache.editor();
      editor.add(new DirCacheEditor.DeletePath(path));
      editor.commit();
    } finally {
      cache.unlock();
    }
  }

  static GitException ioFailure(IOException e, String what) {
    if (e instanceof LockFailedException) {
      return new GitException(what + ". " + LOCKED, e);
    }
    return new GitException(what + ": " + e.getMessage(), e);
  }

  static GitException lockedOr(RuntimeException e, String what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LockFailedException) {
        return new GitException(what + ". " + LOCKED, e);
      }
    }
    return new GitException(what + ": " + e.getMessage(), e);
  }
}
