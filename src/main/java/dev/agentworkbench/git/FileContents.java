package dev.agentworkbench.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Reads one file's content as it is in HEAD, in the index, and in the work tree. */
final class FileContents {
  static final byte[] NONE = new byte[0];

  private FileContents() {}

  static Optional<byte[]> head(Repository repo, String path) throws IOException {
    ObjectId head = repo.resolve(Constants.HEAD);
    if (head == null) {
      return Optional.empty();
    }
    try (RevWalk rw = new RevWalk(repo);
        TreeWalk walk = TreeWalk.forPath(repo, path, rw.parseCommit(head).getTree())) {
      if (walk == null) {
        return Optional.empty();
      }
      return Optional.of(repo.open(walk.getObjectId(0)).getBytes(Integer.MAX_VALUE));
    }
  }

  static Optional<FileMode> headMode(Repository repo, String path) throws IOException {
    ObjectId head = repo.resolve(Constants.HEAD);
    if (head == null) {
      return Optional.empty();
    }
    try (RevWalk rw = new RevWalk(repo);
        TreeWalk walk = TreeWalk.forPath(repo, path, rw.parseCommit(head).getTree())) {
      return walk == null ? Optional.empty() : Optional.of(walk.getFileMode(0));
    }
  }

  static Optional<DirCacheEntry> indexEntry(Repository repo, String path) throws IOException {
    return Optional.ofNullable(repo.readDirCache().getEntry(path));
  }

  static Optional<byte[]> index(Repository repo, String path) throws IOException {
    Optional<DirCacheEntry> entry = indexEntry(repo, path);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(repo.open(entry.get().getObjectId()).getBytes(Integer.MAX_VALUE));
  }

  static Optional<byte[]> workTree(Repository repo, String path) throws IOException {
    Path file = workTreePath(repo, path);
    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }

  static Path workTreePath(Repository repo, String path) {
    return repo.getWorkTree().toPath().resolve(path);
  }
}
