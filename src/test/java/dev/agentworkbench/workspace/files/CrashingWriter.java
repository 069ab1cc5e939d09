package dev.agentworkbench.workspace.files;

import java.nio.file.Path;

/**
 * Child process for {@link AtomicFileWriterCrashTest}: saves the files over and over, each save a
 * new version, until it is killed.
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int version = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    System.out.println("ready");
    System.out.flush();
    while (true) {
      version++;
      for (int i = 0; i < count; i++) {
        AtomicFileWriter.write(
            dir.resolve(AtomicFileWriterCrashTest.name(i)),
            AtomicFileWriterCrashTest.content(version, i));
      }
    }
  }
}
