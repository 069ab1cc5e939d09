package dev.agentworkbench.quality.plan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * Which files a check takes, as a glob: a pattern without a slash ({@code *.py}) matches the file
 * name anywhere; one with a slash ({@code src/**.py}) matches the path from the repository root.
 */
public record FilePattern(String glob) {
  public static final FilePattern PYTHON = new FilePattern("*.py");
  public static final FilePattern ANY = new FilePattern("*");

  public FilePattern {
    if (glob == null || glob.isBlank()) {
      throw new IllegalArgumentException("a file pattern cannot be empty; use * for every file");
    }
  }

  /**
   * @param relativePath path from the repository root with forward slashes
   */
  public boolean matches(String relativePath) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    Path path = Path.of(relativePath);
    if (glob.contains("/")) {
      return matcher.matches(path);
    }
    Path name = path.getFileName();
    return name != null && matcher.matches(name);
  }
}
