package dev.agentworkbench.spec;

import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recovery drafts of specs being edited, kept under the app home so that unsaved edits survive a
 * crash; a draft is keyed by the spec's absolute path and discarded when the spec is saved.
 */
public final class SpecDrafts {
  private final Path dir;

  public SpecDrafts(Path dir) {
    this.dir = dir;
  }

  private Path draftOf(Path spec) {
    String key =
        AtomicFileWriter.checksum(
            spec.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
    return dir.resolve(key.substring(0, 24) + ".md");
  }

  public void save(Path spec, String text) throws IOException {
    AtomicFileWriter.write(draftOf(spec), text.getBytes(StandardCharsets.UTF_8));
  }

  /** The draft of a spec, when one was left behind. */
  public Optional<String> load(Path spec) throws IOException {
    try {
      return Optional.of(Files.readString(draftOf(spec), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  public void discard(Path spec) throws IOException {
    Files.deleteIfExists(draftOf(spec));
  }
}
