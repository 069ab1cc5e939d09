package dev.agentworkbench.spec;

import java.nio.file.Path;

/** A spec read from disk: its document and the checksum a later save checks against. */
public record SpecFile(Path path, SpecDocument document, String checksum) {
  public String text() {
    return document.text();
  }
}
