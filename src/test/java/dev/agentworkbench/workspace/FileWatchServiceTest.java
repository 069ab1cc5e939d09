package dev.agentworkbench.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatchServiceTest {
  @TempDir Path dir;

  @Test
  void reportsChangesInNewFoldersAndSavesByRenameButNotGitOrIgnoredPaths() throws Exception {
    Git.init().setDirectory(dir.toFile()).call().close();
    Files.writeString(dir.resolve(".gitignore"), "build/\n*.log\n");
    Files.createDirectories(dir.resolve("build"));
    Workspace ws = new WorkspaceLocator(new UserEnvironment(dir, Map.of())).open(dir);
    LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    Set<Path> seen = ConcurrentHashMap.newKeySet();
    try (FileWatchService watch = FileWatchService.forWorkspace(ws, java.util.List.of())) {
      watch.subscribe(
          batch -> {
            seen.addAll(batch);
            batches.add(batch);
          });
      Path nested = Files.createDirectories(dir.resolve("notes/deep"));
      Thread.sleep(100);
      Files.writeString(nested.resolve("a.md"), "hello");
      Files.writeString(dir.resolve("build/out.txt"), "ignored");
      Files.writeString(dir.resolve("debug.log"), "ignored");
      Path temp = dir.resolve("b.md.tmp~");
      Files.writeString(temp, "saved by rename");
      Files.move(temp, dir.resolve("b.md"), StandardCopyOption.ATOMIC_MOVE);

      long deadline = System.currentTimeMillis() + 10_000;
      while (System.currentTimeMillis() < deadline
          && !(seen.contains(nested.resolve("a.md")) && seen.contains(dir.resolve("b.md")))) {
        batches.poll(200, TimeUnit.MILLISECONDS);
      }
    }
    assertTrue(
        seen.contains(dir.resolve("notes/deep/a.md")), "file in a folder created after start");
    assertTrue(seen.contains(dir.resolve("b.md")), "editor that saves by rename: " + seen);
    assertFalse(seen.contains(dir.resolve("build/out.txt")), "git-ignored folder");
    assertFalse(seen.contains(dir.resolve("debug.log")), "git-ignored pattern");
    assertFalse(
        seen.stream().anyMatch(p -> p.toString().contains("/.git/")), ".git is never reported");
  }

  @Test
  void changesInAQuietPeriodArriveAsOneBatch() throws Exception {
    LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    try (FileWatchService watch =
        new FileWatchService(
            java.util.List.of(dir), java.time.Duration.ofMillis(400), p -> false)) {
      watch.subscribe(batches::add);
      for (int i = 0; i < 5; i++) {
        Files.writeString(dir.resolve("f" + i + ".txt"), "x");
        Thread.sleep(20);
      }
      Set<Path> first = batches.poll(10, TimeUnit.SECONDS);
      assertTrue(first != null && first.size() == 5, "one batch with all five files: " + first);
    }
  }
}
