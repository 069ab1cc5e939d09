package dev.agentworkbench.workspace.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The one way this app writes files: a temp file beside the target, fsync, atomic move, then fsync
 * of the folder. A reader sees the old content or the new, never a partial file. Saves that name
 * the checksum the file had when it was read fail with a conflict if the file changed since.
 */
public final class AtomicFileWriter {

  private AtomicFileWriter() {}

  /** Reads a file and remembers its checksum for a later conflict-checked save. */
  public static FileVersion read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    return new FileVersion(path, bytes, checksum(bytes));
  }

  /** The checksum of the file as it is on disk now, or empty when it does not exist. */
  public static Optional<String> currentChecksum(Path path) throws IOException {
    try {
      return Optional.of(checksum(Files.readAllBytes(path)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Creates a new file; a conflict when a file already exists at that path. */
  public static void create(Path target, byte[] content)
      throws IOException, WriteConflictException {
    if (Files.exists(target)) {
      throw new WriteConflictException(target, "already exists");
    }
    write(target, content);
  }

  /**
   * Replaces a file read earlier. A conflict when the file on disk no longer has the checksum it
   * had when it was read (changed or deleted by someone else).
   */
  public static void replace(Path target, byte[] content, String checksumWhenRead)
      throws IOException, WriteConflictException {
    Optional<String> now = currentChecksum(target);
    if (now.isEmpty()) {
      throw new WriteConflictException(target, "was deleted on disk since it was read");
    }
    if (!now.get().equals(checksumWhenRead)) {
      throw new WriteConflictException(target, "changed on disk since it was read");
    }
    write(target, content);
  }

  /**
   * At most the first 64 characters of a file name, for its temporary file's: a name near the file
   * system's 255 bytes leaves no room for the temporary file's own suffix.
   */
  private static String shortened(String name) {
    return name.codePointCount(0, name.length()) <= 64
        ? name
        : name.substring(0, name.offsetByCodePoints(0, 64));
  }

  /**
   * The permissions a file written over {@code target} keeps: the target's own; empty for a new
   * file (it gets what the user's umask gives, as any program's file) or where there are none.
   */
  private static java.util.Optional<java.util.Set<java.nio.file.attribute.PosixFilePermission>>
      permissionsOf(Path target) {
    try {
      return Files.exists(target) && Files.getFileStore(target).supportsFileAttributeView("posix")
          ? java.util.Optional.of(Files.getPosixFilePermissions(target))
          : java.util.Optional.empty();
    } catch (IOException | UnsupportedOperationException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * An empty temporary file beside the target, readable and writable by its owner alone while it is
   * written when the target's permissions are to be kept (they are set once it is written), else
   * with the umask's (a temporary file of the JDK's own would make every note its owner's alone).
   */
  private static Path newTemporary(
      Path dir,
      Path target,
      java.util.Optional<java.util.Set<java.nio.file.attribute.PosixFilePermission>> keep)
      throws IOException {
    String prefix = "." + shortened(target.getFileName().toString()) + ".";
    java.util.Random random = new java.security.SecureRandom();
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
      try {
        if (keep.isPresent()) {
          Files.createFile(
              temp,
              java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                  java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
              .close();
        }
        return temp;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** Writes unconditionally: only for content the user explicitly chose to put over the file. */
  public static void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    var keep = permissionsOf(target);
    Path temp = newTemporary(dir, target, keep);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (keep.isPresent()) {
        Files.setPosixFilePermissions(temp, keep.get()); // written: now the target's own
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public static String checksum(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void syncDirectory(Path dir) {
    // Makes the rename itself durable; not supported on every platform (Windows), where it is moot.
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Directory fsync is unsupported here; the move is still atomic.
    }
  }
}
