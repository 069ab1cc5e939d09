package dev.agentworkbench.git;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** Reads recent commits, optionally only those touching a path. */
final class HistoryReader {
  private HistoryReader() {}

  static List<CommitRecord> log(Repository repo, int max, Optional<String> path)
      throws IOException, GitException {
    if (repo.resolve(Constants.HEAD) == null) {
      return List.of();
    }
    LogCommand log = new Git(repo).log().setMaxCount(max);
    path.ifPresent(log::addPath);
    List<CommitRecord> out = new ArrayList<>();
    try {
      for (RevCommit c : log.call()) {
        out.add(record(c));
      }
    } catch (GitAPIException e) {
      throw new GitException("Could not read the history: " + e.getMessage(), e);
    }
    return out;
  }

  static Optional<Instant> lastCommitTime(Repository repo) throws IOException {
    ObjectId head = repo.resolve(Constants.HEAD);
    if (head == null) {
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repo)) {
      return Optional.of(Instant.ofEpochSecond(walk.parseCommit(head).getCommitTime()));
    }
  }

  static Optional<CommitRecord> head(Repository repo) throws IOException {
    ObjectId head = repo.resolve(Constants.HEAD);
    if (head == null) {
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repo)) {
      return Optional.of(record(walk.parseCommit(head)));
    }
  }

  private static CommitRecord record(RevCommit c) {
    return new CommitRecord(
        c.getName(),
        c.abbreviate(7).name(),
        c.getShortMessage(),
        c.getFullMessage(),
        c.getAuthorIdent().getName(),
        Instant.ofEpochSecond(c.getCommitTime()));
  }
}
