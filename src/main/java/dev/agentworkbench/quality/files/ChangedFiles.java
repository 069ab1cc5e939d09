package dev.agentworkbench.quality.files;

import dev.agentworkbench.quality.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.submodule.SubmoduleWalk.IgnoreSubmoduleMode;

/**
 * The files each scope holds, read with JGit's status (no index lock, no shell). Only files that
 * exist in the working tree are listed: deleted files are never handed to a tool. (This could move
 * to the git room's GitService once it exists.)
 */
public final class ChangedFiles {
  private ChangedFiles() {}

  /** Repository-relative paths with forward slashes, sorted. */
  public static List<String> list(Path repositoryRoot, Scope scope) throws IOException {
    try (Git git = Git.open(repositoryRoot.toFile())) {
      Status status = git.status().setIgnoreSubmodules(IgnoreSubmoduleMode.ALL).call();
      Set<String> files = new TreeSet<>();
      switch (scope) {
        case CHANGED -> {
          files.addAll(status.getAdded());
          files.addAll(status.getChanged());
          files.addAll(status.getModified());
          files.addAll(status.getUntracked());
        }
        case STAGED -> {
          files.addAll(status.getAdded());
          files.addAll(status.getChanged());
        }
        // `git diff --name-only --diff-filter=AM`: index against working tree, so only files
        // modified since they were staged or committed.
        case SPEC -> files.addAll(status.getModified());
        case ALL -> {
          DirCache index = git.getRepository().readDirCache();
          for (int i = 0; i < index.getEntryCount(); i++) {
            files.add(index.getEntry(i).getPathString());
          }
          files.addAll(status.getUntracked());
        }
      }
      files.removeAll(status.getMissing());
      files.removeAll(status.getRemoved());
      return files.stream().filter(f -> Files.isRegularFile(repositoryRoot.resolve(f))).toList();
    } catch (GitAPIException e) {
      throw new IOException("git status failed in " + repositoryRoot + ": " + e.getMessage(), e);
    }
  }
}
