package dev.agentworkbench.memory;

import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recovery drafts: what the user is typing, saved aside under the app home (never beside the note)
 * so that a crash loses nothing. One draft per note file, named by a hash of the note's path, with
 * two small files beside it: the checksum of the version the edits began on ({@code .base}) and the
 * note's path ({@code .note}), so that the drafts a session left can be listed.
 */
public final class NoteDrafts {
  private final Path dir;

  public NoteDrafts(Path appHome) {
    this.dir = appHome.resolve("drafts").resolve("memory");
  }

  private Path draftOf(Path noteFile) {
    byte[] key = absolute(noteFile).getBytes(StandardCharsets.UTF_8);
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
    Path n = sidecar(d, ".note");
    if (!Files.isRegularFile(n)) { // named by the path's hash: one there already holds this path
      AtomicFileWriter.write(n, absolute(noteFile).getBytes(StandardCharsets.UTF_8));
    }
    if (base.isPresent()) {
      AtomicFileWriter.write(b, base.get().getBytes(StandardCharsets.UTF_8));
    } else {
      Files.deleteIfExists(b);
    }
    AtomicFileWriter.write(d, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Path baseOf(Path draft) {
    return sidecar(draft, ".base");
  }

  private static Path sidecar(Path draft, String extension) {
    String name = draft.getFileName().toString();
    return draft.resolveSibling(name.substring(0, name.length() - ".md".length()) + extension);
  }

  private static String absolute(Path noteFile) {
    return noteFile.toAbsolutePath().normalize().toString();
  }

  /** The note path a {@code .note} file holds; empty when it is damaged (not a path). */
  private static Optional<Path> noteOf(Path sidecar) {
    try {
      return Optional.of(Path.of(Files.readString(sidecar, StandardCharsets.UTF_8)));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return Optional.empty(); // its draft is still found when the note is opened
    }
  }

  /**
   * The note files under {@code root} that have a draft, in path order: the unsaved edits a
   * previous session left (drafts older than the note's path beside them are not listed).
   */
  public java.util.List<Path> kept(Path root) throws IOException {
    Path under = root.toAbsolutePath().normalize();
    java.util.List<Path> out = new java.util.ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (var files = Files.newDirectoryStream(dir, "*.note")) {
      for (Path n : files) {
        String name = n.getFileName().toString();
        Path draft = n.resolveSibling(name.substring(0, name.length() - ".note".length()) + ".md");
        noteOf(n)
            .filter(note -> note.startsWith(under))
            .filter(note -> draftOf(note).equals(draft) && Files.isRegularFile(draft))
            .ifPresent(out::add);
      }
    }
    java.util.Collections.sort(out);
    return out;
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
    Files.deleteIfExists(sidecar(d, ".note"));
  }
}
