package dev.agentworkbench.workspace.files;

import dev.agentworkbench.workspace.UserEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The trash of Linux (and other freedesktop.org) desktops, as their file managers keep it: the
 * user's home trash ({@code $XDG_DATA_HOME/Trash}, by default {@code ~/.local/share/Trash}), with
 * each trashed file in {@code files/} and a {@code .trashinfo} in {@code info/} saying where it
 * came from and when, so that the file manager can put it back. Java's own move to the trash does
 * not work on Linux.
 *
 * <p>Only files on the home trash's own disk go there (a rename, nothing copied); for a file on
 * another disk {@link #holds} is false, and the caller says so before deleting.
 */
public final class FreedesktopTrash {
  private static final DateTimeFormatter DELETION_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final Path root;

  private FreedesktopTrash(Path root) {
    this.root = root;
  }

  /** The user's home trash on Linux and other Unix desktops; none on Windows and macOS. */
  public static Optional<FreedesktopTrash> of(UserEnvironment env) {
    if (env.os() != UserEnvironment.OperatingSystem.LINUX) {
      return Optional.empty();
    }
    Path data =
        env.variable("XDG_DATA_HOME")
            .filter(v -> !v.isBlank() && Path.of(v).isAbsolute())
            .map(Path::of)
            .orElse(env.home().resolve(".local/share"));
    return Optional.of(new FreedesktopTrash(data.resolve("Trash")));
  }

  /** Where the trash is: {@code files/} and {@code info/} are below it. */
  public Path root() {
    return root;
  }

  /**
   * Whether {@code path} can go to this trash: it is on the same disk as the trash (or as the
   * folder the trash will be made in).
   */
  public boolean holds(Path path) {
    try {
      Path existing = root;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      Path folder = path.toAbsolutePath().normalize().getParent();
      if (existing == null || folder == null) {
        return false;
      }
      // the folder the entry is in: a link is moved itself, wherever it points
      FileStore trashStore = Files.getFileStore(existing);
      return Files.getFileStore(folder).equals(trashStore);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Moves a file or folder to the trash, with the record a file manager needs to restore it. Its
   * name in the trash gets a number when the trash holds one of that name already.
   */
  public void moveToTrash(Path path) throws IOException {
    Path source = path.toAbsolutePath().normalize();
    if (!Files.exists(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new java.nio.file.NoSuchFileException(source.toString());
    }
    Path files = privateFolder(root.resolve("files"));
    Path info = privateFolder(root.resolve("info"));
    String name = fitting(source.getFileName().toString());
    String record =
        "[Trash Info]\nPath="
            + escaped(source.toString())
            + "\nDeletionDate="
            + DELETION_DATE.format(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
            + "\n";
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : numbered(name, n);
      Path infoFile = info.resolve(candidate + ".trashinfo");
      try {
        // the record is made first, and only if new: it reserves the name (the spec's order)
        Files.write(
            infoFile, record.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException taken) {
        continue;
      }
      Path target = files.resolve(candidate);
      try {
        // a rename on the one disk, refused (never replacing) when the name is taken there
        Files.move(source, target);
        return;
      } catch (FileAlreadyExistsException leftover) {
        Files.deleteIfExists(infoFile); // a file without its record: left alone, next name
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(infoFile);
        throw e;
      }
    }
  }

  /** The trash's folders, readable by the user alone as file managers make them. */
  private static Path privateFolder(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return dir;
    }
    try {
      Path parent = dir.getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        privateFolder(parent);
      }
      return Files.createDirectory(
          dir,
          java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
              java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException noPosix) {
      return Files.createDirectories(dir);
    } catch (FileAlreadyExistsException raced) {
      return dir;
    }
  }

  /** Longest name in bytes that leaves room for {@code .trashinfo} and a number (NAME_MAX 255). */
  private static final int MAX_NAME_BYTES = 235;

  /** The name, its stem shortened when too long for the trash's record beside it. */
  static String fitting(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    String stem = name.substring(0, name.length() - extension.length());
    int budget = MAX_NAME_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder kept = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < stem.length(); ) {
      int cp = stem.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > budget) {
        break;
      }
      kept.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    return kept + extension;
  }

  /** {@code notes.md} as the second of its name: {@code notes.2.md}, as file managers number. */
  private static String numbered(String name, int n) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + "." + n + name.substring(dot) : name + "." + n;
  }

  /** A path as the trash records it: bytes outside the unreserved ones and '/' are %-escaped. */
  static String escaped(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-_.~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }
}
