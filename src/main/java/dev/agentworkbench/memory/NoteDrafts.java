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

  /**
   * A draft: the typed text, and the checksum of the note's file as it was when the edits began
   * (empty for a draft written before the app kept it).
   */
  public record Draft(String text, Optional<String> base) {}

  public void save(Path noteFile, String text) throws IOException {
    save(noteFile, text, Optional.empty());
  }

  /** Saves the typed text with the checksum of the file version the edits were made on. */
  public void save(Path noteFile, String text, Optional<String> base) throws IOException {
    Path d = draftOf(noteFile);
    Path b = baseOf(d);
    if (base.isPresent()) {
      AtomicFileWriter.write(b, base.get().getBytes(StandardCharsets.UTF_8));
    } else {
      Files.deleteIfExists(b);
    }
    AtomicFileWriter.write(d, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Path baseOf(Path draft) {
    String name = draft.getFileName().toString();
    return draft.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".base");
  }

  /** The draft left for a note, if any (a previous session ended with unsaved edits). */
  public Optional<Draft> load(Path noteFile) throws IOException {
    Path d = draftOf(noteFile);
    if (!Files.isRegularFile(d)) {
      return Optional.empty();
    }
    Path b = baseOf(d);
    Optional<String> base =
        Files.isRegularFile(b) ? Optional.of(Files.readString(b).strip()) : Optional.empty();
    return Optional.of(new Draft(Files.readString(d), base));
  }

  public void discard(Path noteFile) throws IOException {
    Path d = draftOf(noteFile);
    Files.deleteIfExists(d);
    Files.deleteIfExists(baseOf(d));
  }
}
