package dev.agentworkbench.quality.parse;

import java.net.URI;
import java.nio.file.Path;

/** Turns the paths tools print (absolute, {@code ./x}, {@code file://} URIs) into repo paths. */
public final class RepoPaths {
  private RepoPaths() {}

  /** The path relative to the repository root with forward slashes, or as printed if outside. */
  public static String relative(Path root, String printed) {
    if (printed == null || printed.isBlank()) {
      return "";
    }
    String p = printed.strip();
    if (p.startsWith("file:")) {
      try {
        p = Path.of(URI.create(p)).toString();
      } catch (IllegalArgumentException e) {
        p = p.substring("file:".length());
      }
    }
    Path path = Path.of(p);
    if (path.isAbsolute()) {
      Path abs = path.normalize();
      Path base = root.toAbsolutePath().normalize();
      if (abs.startsWith(base)) {
        path = base.relativize(abs);
      }
    }
    String s = path.normalize().toString().replace('\\', '/');
    return s.startsWith("./") ? s.substring(2) : s;
  }
}
