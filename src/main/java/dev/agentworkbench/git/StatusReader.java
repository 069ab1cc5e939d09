package dev.agentworkbench.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.submodule.SubmoduleWalk.IgnoreSubmoduleMode;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Reads git status: staged changes with renames, unstaged, untracked and conflicted files. */
final class StatusReader {
  private static final int BINARY_SNIFF = 8000;

  private StatusReader() {}

  static StatusSnapshot read(Repository repo) throws IOException, GitAPIException {
    RepoState state = state(repo);
    Status status = new Git(repo).status().setIgnoreSubmodules(IgnoreSubmoduleMode.ALL).call();
    Set<String> conflicting = new TreeSet<>(status.getConflicting());
    List<FileChange> changes = new ArrayList<>();
    for (String path : conflicting) {
      changes.add(FileChange.of(path, ChangeArea.CONFLICTED, ChangeKind.CONFLICTED, false));
    }
    changes.addAll(staged(repo, conflicting));
    for (String path : new TreeSet<>(status.getModified())) {
      if (!conflicting.contains(path)) {
        changes.add(
            FileChange.of(
                path, ChangeArea.UNSTAGED, ChangeKind.MODIFIED, workTreeBinary(repo, path)));
      }
    }
    for (String path : new TreeSet<>(status.getMissing())) {
      if (!conflicting.contains(path)) {
        changes.add(FileChange.of(path, ChangeArea.UNSTAGED, ChangeKind.DELETED, false));
      }
    }
    for (String path : new TreeSet<>(status.getUntracked())) {
      changes.add(
          FileChange.of(
              path, ChangeArea.UNTRACKED, ChangeKind.UNTRACKED, workTreeBinary(repo, path)));
    }
    return new StatusSnapshot(state, changes, fingerprint(repo));
  }

  static RepoState state(Repository repo) throws IOException {
    Ref head = repo.exactRef(Constants.HEAD);
    boolean detached = head != null && !head.isSymbolic();
    boolean unborn = repo.resolve(Constants.HEAD) == null;
    String branch = detached ? head.getObjectId().abbreviate(7).name() : repo.getBranch();
    RepoState.Operation op = operation(repo.getRepositoryState());
    Optional<String> prepared = Optional.empty();
    if (op != RepoState.Operation.NONE) {
      prepared = Optional.ofNullable(repo.readMergeCommitMsg());
      if (prepared.isEmpty()) {
        prepared = Optional.ofNullable(repo.readSquashCommitMsg());
      }
    }
    boolean locked = Files.exists(repo.getIndexFile().toPath().resolveSibling("index.lock"));
    return new RepoState(branch == null ? "" : branch, unborn, detached, op, prepared, locked);
  }

  private static RepoState.Operation operation(RepositoryState s) {
    return switch (s) {
      case SAFE, BARE -> RepoState.Operation.NONE;
      case MERGING -> RepoState.Operation.MERGING;
      case MERGING_RESOLVED -> RepoState.Operation.MERGING_RESOLVED;
      case CHERRY_PICKING, CHERRY_PICKING_RESOLVED -> RepoState.Operation.CHERRY_PICKING;
      case REVERTING, REVERTING_RESOLVED -> RepoState.Operation.REVERTING;
      case REBASING, REBASING_MERGE, REBASING_INTERACTIVE, REBASING_REBASING, APPLY ->
          RepoState.Operation.REBASING;
      default -> RepoState.Operation.OTHER;
    };
  }

  private static List<FileChange> staged(Repository repo, Set<String> conflicting)
      throws IOException {
    List<FileChange> out = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repo);
        RevWalk rw = new RevWalk(repo)) {
      ObjectId head = repo.resolve(Constants.HEAD);
      if (head == null) {
        walk.addTree(new EmptyTreeIterator());
      } else {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(walk.getObjectReader(), rw.parseCommit(head).getTree());
        walk.addTree(parser);
      }
      walk.addTree(new DirCacheIterator(repo.readDirCache()));
      walk.setRecursive(true);
      walk.setFilter(TreeFilter.ANY_DIFF);
      List<DiffEntry> entries = DiffEntry.scan(walk);
      RenameDetector renames = new RenameDetector(repo);
      renames.addAll(entries);
      for (DiffEntry e : renames.compute()) {
        String path =
            e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath();
        if (conflicting.contains(path)) {
          continue;
        }
        out.add(toChange(repo, e, path));
      }
    }
    return out;
  }

  private static FileChange toChange(Repository repo, DiffEntry e, String path) throws IOException {
    ChangeKind kind =
        switch (e.getChangeType()) {
          case ADD, COPY -> ChangeKind.ADDED;
          case DELETE -> ChangeKind.DELETED;
          case RENAME -> ChangeKind.RENAMED;
          case MODIFY -> ChangeKind.MODIFIED;
        };
    ObjectId blob =
        e.getChangeType() == DiffEntry.ChangeType.DELETE
            ? e.getOldId().toObjectId()
            : e.getNewId().toObjectId();
    boolean binary = blobBinary(repo, blob);
    Optional<String> old =
        kind == ChangeKind.RENAMED ? Optional.of(e.getOldPath()) : Optional.empty();
    return new FileChange(path, old, ChangeArea.STAGED, kind, binary);
  }

  private static boolean blobBinary(Repository repo, ObjectId blob) throws IOException {
    if (blob == null || ObjectId.zeroId().equals(blob)) {
      return false;
    }
    try (var reader = repo.newObjectReader()) {
      var loader = reader.open(blob);
      byte[] head =
          loader.isLarge()
              ? loader.openStream().readNBytes(BINARY_SNIFF)
              : loader.getCachedBytes(Integer.MAX_VALUE);
      return RawText.isBinary(head);
    }
  }

  private static boolean workTreeBinary(Repository repo, String path) throws IOException {
    Path file = repo.getWorkTree().toPath().resolve(path);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (var in = Files.newInputStream(file)) {
      return RawText.isBinary(in.readNBytes(BINARY_SNIFF));
    }
  }

  /** A hash of every index entry (path, stage, mode, object id). */
  static String fingerprint(Repository repo) throws IOException {
    DirCache cache = repo.readDirCache();
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    for (int i = 0; i < cache.getEntryCount(); i++) {
      DirCacheEntry entry = cache.getEntry(i);
      digest.update(entry.getPathString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) entry.getStage());
      digest.update(Integer.toString(entry.getRawMode()).getBytes(StandardCharsets.UTF_8));
      digest.update(entry.getObjectId().name().getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
