package dev.agentworkbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * {@code --cds-training}: loads and links the classes the desktop app starts with, without opening
 * a window, so that a class-data-sharing archive can be dumped at the install location (the
 * package's post-install step runs it with {@code -XX:ArchiveClassesAtExit}). No display is needed.
 */
final class StartupTraining {
  private static final List<String> JAR_PREFIXES =
      List.of(
          "dev/agentworkbench/",
          "atlantafx/",
          "org/kordamp/ikonli/",
          "org/fxmisc/",
          "org/reactfx/",
          "org/controlsfx/",
          "org/commonmark/",
          "org/snakeyaml/",
          "com/fasterxml/jackson/",
          "org/eclipse/jgit/",
          // JavaFX itself when it is on the class path (./workbench) rather than in the runtime
          // image.
          "javafx/",
          "com/sun/javafx/",
          "com/sun/glass/ui/",
          "com/sun/prism/",
          "com/sun/scenario/");
  private static final List<String> FX_MODULES =
      List.of("javafx.base", "javafx.graphics", "javafx.controls");

  private StartupTraining() {}

  static int run() {
    ClassLoader loader = StartupTraining.class.getClassLoader();
    int[] count = {0};
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        loadFromJar(Path.of(entry), loader, count);
      }
    }
    loadFromRuntimeImage(loader, count);
    System.out.println("startup training: " + count[0] + " classes loaded");
    return 0;
  }

  private static void loadFromJar(Path jar, ClassLoader loader, int[] count) {
    if (!Files.isRegularFile(jar)) {
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      var manifest = file.getManifest();
      if (manifest != null && manifest.getMainAttributes().getValue("Class-Path") != null) {
        for (String dep : manifest.getMainAttributes().getValue("Class-Path").split(" ")) {
          if (!dep.isBlank()) {
            loadFromJar(jar.resolveSibling(dep), loader, count);
          }
        }
      }
      file.stream()
          .map(e -> e.getName())
          .filter(n -> n.endsWith(".class") && !n.contains("-") && !n.startsWith("META-INF"))
          .filter(n -> JAR_PREFIXES.stream().anyMatch(n::startsWith))
          .forEach(n -> load(n, loader, count));
    } catch (IOException e) {
      throw new UncheckedIOException(jar + " could not be read for startup training", e);
    }
  }

  private static void loadFromRuntimeImage(ClassLoader loader, int[] count) {
    try {
      FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
      for (String module : FX_MODULES) {
        Path root = jrt.getPath("modules", module);
        if (!Files.isDirectory(root)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(root)) {
          files
              .map(p -> root.relativize(p).toString())
              .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
              .filter(n -> n.startsWith("javafx/") || n.startsWith("com/sun/javafx/scene"))
              .forEach(n -> load(n, loader, count));
        }
      }
    } catch (IOException | java.nio.file.ProviderNotFoundException e) {
      // JavaFX is on the class path (not in the runtime image): its jars were covered above.
    }
  }

  private static void load(String resource, ClassLoader loader, int[] count) {
    String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    try {
      Class<?> type = Class.forName(name, false, loader);
      type.getDeclaredMethods(); // links the class, which is what the archive keeps
      count[0]++;
    } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
      // Optional parts (other platforms' classes, absent optional dependencies) are skipped.
    }
  }
}
