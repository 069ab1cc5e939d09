package dev.agentworkbench.quality.files;

import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Content checksums of repository files: what a check saw, compared later for the commit gate. */
public final class ContentHashes {
  /** The checksum recorded for a file that does not exist. */
  public static final String ABSENT = "absent";

  private ContentHashes() {}

  public static Map<String, String> of(Path repositoryRoot, Collection<String> files) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (String f : files) {
      hashes.put(f, of(repositoryRoot, f));
    }
    return hashes;
  }

  public static String of(Path repositoryRoot, String file) {
    Path p = repositoryRoot.resolve(file);
    try {
      return Files.isRegularFile(p) ? AtomicFileWriter.checksum(Files.readAllBytes(p)) : ABSENT;
    } catch (IOException e) {
      return ABSENT;
    }
  }
}
