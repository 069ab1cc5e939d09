package dev.agentworkbench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The shared fixtures ({@code ../shared}), copied into a temp folder before a test writes to them.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The read-only shared folder beside the project. */
  public static Path shared() {
    String configured = System.getProperty("workbench.shared");
    Path path = configured != null ? Path.of(configured) : Path.of("..", "shared");
    return path.toAbsolutePath().normalize();
  }

  /** A path inside {@code ../shared/fixtures}. */
  public static Path fixture(String relative) {
    return shared().resolve("fixtures").resolve(relative);
  }

  /**
   * Copies a fixture folder or file into {@code target} (a writable temp folder) and returns the
   * copy.
   */
  public static Path copy(String relative, Path target) {
    Path source = fixture(relative);
    Path destination = target.resolve(source.getFileName().toString());
    try {
      if (Files.isRegularFile(source)) {
        Files.createDirectories(target);
        Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
        destination.toFile().setWritable(true);
        return destination;
      }
      Files.walkFileTree(
          source,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              Path d = destination.resolve(source.relativize(dir).toString());
              Files.createDirectories(d);
              d.toFile().setWritable(true);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Path f = destination.resolve(source.relativize(file).toString());
              Files.copy(file, f, StandardCopyOption.REPLACE_EXISTING);
              f.toFile().setWritable(true);
              return FileVisitResult.CONTINUE;
            }
          });
      return destination;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
