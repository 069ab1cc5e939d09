package dev.agentworkbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLocatorTest {
  @TempDir Path dir;

  private UserEnvironment env(Map<String, String> vars) throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    return new UserEnvironment(home, vars);
  }

  @Test
  void findsTheRepositoryRootFromASubfolder() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Git.init().setDirectory(repo.toFile()).call().close();
    Path sub = Files.createDirectories(repo.resolve("src/pkg"));

    Workspace ws = new WorkspaceLocator(env(Map.of())).open(sub);

    assertEquals(Optional.of(repo.toRealPath()), ws.repositoryRoot().map(this::real));
    assertEquals(sub.toAbsolutePath().normalize(), ws.folder());
  }

  @Test
  void agentFoldersWalkUpToTheRepositoryRootNearestFirstThenTheUsers() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Git.init().setDirectory(repo.toFile()).call().close();
    Path sub = Files.createDirectories(repo.resolve("services/api"));

    Workspace ws = new WorkspaceLocator(env(Map.of())).open(sub);

    assertEquals(
        List.of(
            sub.resolve(".claude/agents"),
            repo.resolve("services/.claude/agents"),
            repo.resolve(".claude/agents"),
            dir.resolve("home/.claude/agents")),
        ws.agentDirs());
  }

  @Test
  void outsideARepositoryOnlyTheFolderItselfIsSearched() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain/inner"));
    Workspace ws = new WorkspaceLocator(env(Map.of())).open(plain);
    assertTrue(ws.repositoryRoot().isEmpty());
    assertEquals(List.of(plain.resolve(".claude/agents")), ws.projectAgentDirs());
  }

  @Test
  void claudeConfigDirReplacesTheHomeFolderForUserAgents() throws Exception {
    Path claude = Files.createDirectories(dir.resolve("claude-config"));
    Workspace ws =
        new WorkspaceLocator(env(Map.of("CLAUDE_CONFIG_DIR", claude.toString())))
            .open(Files.createDirectories(dir.resolve("w")));
    assertEquals(claude.resolve("agents"), ws.userAgentDir());
  }

  @Test
  void aMissingFolderIsAClearError() throws Exception {
    IOException e =
        assertThrows(
            IOException.class, () -> new WorkspaceLocator(env(Map.of())).open(dir.resolve("nope")));
    assertTrue(e.getMessage().contains("is not a folder"));
  }

  @Test
  void reportsTheCheckedOutBranch() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Git.init().setInitialBranch("trunk").setDirectory(repo.toFile()).call().close();
    assertEquals(Optional.of("trunk"), WorkspaceLocator.currentBranch(repo));
    assertFalse(WorkspaceLocator.currentBranch(dir).isPresent() && dir.equals(repo));
  }

  private Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
