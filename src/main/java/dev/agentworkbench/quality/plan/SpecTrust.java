package dev.agentworkbench.quality.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The spec contents the user has trusted to run commands, remembered by the SHA-256 of the spec
 * file's content in {@code <app home>/quality/trusted-specs.json}: a spec that changes is a new
 * content and asks again.
 */
public final class SpecTrust {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  public SpecTrust(Path appHome) {
    this.file = appHome.resolve("quality").resolve("trusted-specs.json");
  }

  /** The hash that trust is keyed by. */
  public static String contentHash(Path specFile) throws IOException {
    return AtomicFileWriter.checksum(Files.readAllBytes(specFile));
  }

  public synchronized boolean isTrusted(String contentHash) throws IOException {
    return read().has(contentHash);
  }

  /** Remembers that the user trusts this content of the spec file. */
  public synchronized void trust(Path specFile, String contentHash) throws IOException {
    ObjectNode all = read();
    ObjectNode entry = all.putObject(contentHash);
    entry.put("spec", specFile.toAbsolutePath().normalize().toString());
    entry.put("trustedAt", Instant.now().toString());
    Files.createDirectories(file.getParent());
    AtomicFileWriter.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
  }

  public synchronized void revoke(String contentHash) throws IOException {
    ObjectNode all = read();
    all.remove(contentHash);
    Files.createDirectories(file.getParent());
    AtomicFileWriter.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
  }

  private ObjectNode read() throws IOException {
    if (!Files.exists(file)) {
      return JSON.createObjectNode();
    }
    var node = JSON.readTree(file.toFile());
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw new IOException(file + " is not a JSON object. Delete it to forget all trusted specs.");
  }
}
