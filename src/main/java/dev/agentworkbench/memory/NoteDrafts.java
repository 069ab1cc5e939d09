package dev.agentworkbench.memory;

import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recovery drafts: what the user is typing, saved aside under the app home (never beside the note)
 * so that a crash loses nothing. One draft per note file.
 */
public final class NoteDrafts {
  private final Path dir;

  public NoteDrafts(Path appHome) {
    this.dir = appHome.resolve("drafts").resolve("memory");
  }

  private Path draftOf(Path noteFile) {
    byte[] key = noteFile.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
    return dir.resolve(AtomicFileWriter.checksum(key).substring(0, 24) + ".md");
  }

  public void save(Path noteFile, String text) throws IOException {
    AtomicFileWriter.write(draftOf(noteFile), text.getBytes(StandardCharsets.UTF_8));
  }

  /** The draft left for a note, if any (a previous session ended with unsaved edits). */
  public Optional<String> load(Path noteFile) throws IOException {
    Path d = draftOf(noteFile);
    return Files.isRegularFile(d) ? Optional.of(Files.readString(d)) : Optional.empty();
  }

  public void discard(Path noteFile) throws IOException {
    Files.deleteIfExists(draftOf(noteFile));
  }
}
