package dev.agentworkbench.workspace.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
  @TempDir Path dir;

  @Test
  void aWrittenFileHasTheUsersUsualPermissionsAndAReplacedOneKeepsItsOwn() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView("posix"), "no POSIX permissions here");
    Path plain = Files.createFile(dir.resolve("made-plainly.md"));
    Path written = dir.resolve("written.md");
    AtomicFileWriter.write(written, "x".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        Files.getPosixFilePermissions(plain),
        Files.getPosixFilePermissions(written),
        "as any program makes a file (the umask), not readable by its owner only");
    Path shared = dir.resolve("shared.md");
    Files.writeString(shared, "a");
    var groupToo = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(shared, groupToo);
    AtomicFileWriter.write(shared, "b".getBytes(StandardCharsets.UTF_8));
    assertEquals(groupToo, Files.getPosixFilePermissions(shared));
    var readOnly = java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--");
    Files.setPosixFilePermissions(shared, readOnly);
    AtomicFileWriter.write(shared, "c".getBytes(StandardCharsets.UTF_8));
    assertEquals("c", Files.readString(shared), "a read-only note is still written over");
    assertEquals(readOnly, Files.getPosixFilePermissions(shared));
  }

  @Test
  void replacesFileReadEarlierAndLeavesNoTempFiles() throws Exception {
    Path note = dir.resolve("note.md");
    Files.writeString(note, "old");
    FileVersion read = AtomicFileWriter.read(note);

    AtomicFileWriter.replace(note, bytes("new"), read.checksum());

    assertEquals("new", Files.readString(note));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "only the target remains");
    }
  }

  @Test
  void refusesToOverwriteAFileChangedOnDiskSinceItWasRead() throws Exception {
    Path note = dir.resolve("note.md");
    Files.writeString(note, "mine");
    FileVersion read = AtomicFileWriter.read(note);
    Files.writeString(note, "someone else's edit");

    WriteConflictException conflict =
        assertThrows(
            WriteConflictException.class,
            () -> AtomicFileWriter.replace(note, bytes("my edit"), read.checksum()));

    assertEquals("someone else's edit", Files.readString(note), "nothing is overwritten");
    assertTrue(conflict.getMessage().contains("changed on disk"), conflict.getMessage());
  }

  @Test
  void aFileDeletedSinceItWasReadIsAConflictToo() throws Exception {
    Path note = dir.resolve("note.md");
    Files.writeString(note, "mine");
    FileVersion read = AtomicFileWriter.read(note);
    Files.delete(note);

    assertThrows(
        WriteConflictException.class,
        () -> AtomicFileWriter.replace(note, bytes("x"), read.checksum()));
  }

  @Test
  void createRefusesAnExistingFile() throws Exception {
    Path note = dir.resolve("a/b/note.md");
    AtomicFileWriter.create(note, bytes("first"));
    assertThrows(
        WriteConflictException.class, () -> AtomicFileWriter.create(note, bytes("second")));
    assertArrayEquals(bytes("first"), Files.readAllBytes(note));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
