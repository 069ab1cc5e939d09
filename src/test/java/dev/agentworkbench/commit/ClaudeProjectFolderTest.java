package dev.agentworkbench.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claude Code's project-folder names for Linux, macOS and Windows working directories. */
class ClaudeProjectFolderTest {
  @TempDir Path temp;

  @Test
  void linuxAndMacPathsBecomeDashedNames() {
    assertEquals("-home-u-repo", ClaudeProjectFolder.nameOf("/home/u/repo"));
    assertEquals(
        "-Users-dana-src-fraud-svc", ClaudeProjectFolder.nameOf("/Users/dana/src/fraud-svc"));
    assertEquals("-home-u-my-repo-v2-0", ClaudeProjectFolder.nameOf("/home/u/my_repo v2.0"));
  }

  @Test
  void windowsDrivePathsKeepTheDriveLetter() {
    assertEquals("C--repo", ClaudeProjectFolder.nameOf("C:\\repo"));
    assertEquals("C--Users-me-My-Repo", ClaudeProjectFolder.nameOf("C:\\Users\\me\\My Repo"));
    assertEquals("D--work-app", ClaudeProjectFolder.nameOf("D:/work/app"));
  }

  @Test
  void uncPathsStartWithTwoDashes() {
    assertEquals("--server-share-repo", ClaudeProjectFolder.nameOf("\\\\server\\share\\repo"));
  }

  @Test
  void nonAsciiCharactersBecomeOneDashPerUtf16Unit() {
    assertEquals("-home-zo--notes", ClaudeProjectFolder.nameOf("/home/zoë/notes"));
    assertEquals("-home-u---", ClaudeProjectFolder.nameOf("/home/u/\uD83D\uDE00"));
  }

  @Test
  void aFolderMayHoldSessionsOfTheDirectoryAndItsSubfolders() {
    assertTrue(ClaudeProjectFolder.mayHoldSessionsOf("C--repo", "C:\\repo"));
    assertTrue(ClaudeProjectFolder.mayHoldSessionsOf("C--repo-src", "C:\\repo"));
    assertFalse(ClaudeProjectFolder.mayHoldSessionsOf("C--repository", "C:\\repo"));
    assertFalse(ClaudeProjectFolder.mayHoldSessionsOf("-home-u-repo", "C:\\repo"));
  }

  @Test
  void theReaderTrustsTheSessionsCwdOverTheFolderName() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo")).toRealPath();
    Path other = Files.createDirectories(temp.resolve("repo-other")).toRealPath();
    Path projects = temp.resolve("claude/projects");
    // Named after the repo's sibling "repo-other", which also looks like a subfolder of the repo.
    write(projects.resolve(ClaudeProjectFolder.nameOf(other)), other);
    write(projects.resolve(ClaudeProjectFolder.nameOf(repo)), repo);
    // A folder whose name matches nothing (a shortened name) still counts through its cwd.
    write(projects.resolve("shortened-1234"), repo.resolve("src"));

    List<Path> folders = new TranscriptReader(temp.resolve("claude")).projectFolders(repo);

    assertEquals(
        List.of(
            projects.resolve(ClaudeProjectFolder.nameOf(repo)), projects.resolve("shortened-1234")),
        folders);
  }

  private static void write(Path folder, Path cwd) throws Exception {
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("s.jsonl"),
        "{\"type\":\"user\",\"cwd\":\"" + cwd + "\",\"sessionId\":\"s\"}\n");
  }
}
