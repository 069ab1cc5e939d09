package dev.agentworkbench.ui.app;

import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesLocation;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.memory.index.SearchRequest;
import dev.agentworkbench.workspace.SampleWorkspace;
import dev.agentworkbench.workspace.Workspace;
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
import javafx.application.Application;

/**
 * {@code --cds-training}: loads the classes the desktop app starts with, without a display, so that
 * a class-data-sharing archive can be dumped where the app runs ({@code ./workbench} and the
 * package's post-install step run it with {@code -XX:ArchiveClassesAtExit}). First it opens the
 * real window on a sample workspace on the headless Monocle platform and walks through the rooms
 * (this reaches lambdas, skins and CSS, which a sweep cannot); then it sweeps the app's jars so the
 * command line and the rest of the app are in the archive too.
 */
public final class StartupTraining {
  /**
   * What is swept in the jars beyond what the rehearsals load: the app's own classes, the command
   * line's parser, and JavaFX's platform layers, which the headless rehearsal (Monocle, software
   * pipeline) does not reach but a desktop's first frame (GTK, OpenGL) does. Not whole libraries:
   * the archive is mapped whole into every process (about 80 MB when it held every class of JGit,
   * Jackson, ControlsFX and JavaFX, against 58 MB now, and about 25 MB less resident memory).
   */
  private static final List<String> JAR_PREFIXES =
      List.of(
          "dev/agentworkbench/",
          "picocli/",
          "com/sun/glass/ui/",
          "com/sun/prism/",
          "com/sun/javafx/font/",
          "com/sun/javafx/tk/",
          "com/sun/scenario/");

  /**
   * Swept as well when the window could not be rehearsed (no Monocle, or signed jars): then nothing
   * else loads the libraries the window uses.
   */
  private static final List<String> WINDOW_PREFIXES =
      List.of(
          "atlantafx/",
          "org/kordamp/ikonli/",
          "org/fxmisc/",
          "org/reactfx/",
          "org/controlsfx/",
          "org/commonmark/",
          "javafx/",
          "com/sun/javafx/");

  private static final List<String> FX_MODULES =
      List.of("javafx.base", "javafx.graphics", "javafx.controls");

  private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";
  private static final long REHEARSAL_LIMIT_MS = 120_000;

  private StartupTraining() {}

  /** Runs the training; the exit code for the process (0: done). */
  public static int run() {
    List<Path> signed = signedJars();
    List<String> prefixes = new java.util.ArrayList<>(JAR_PREFIXES);
    if (!isOnClassPath(MONOCLE)) {
      System.out.println("startup training: no Monocle on the class path, classes only");
      prefixes.addAll(WINDOW_PREFIXES);
    } else if (!signed.isEmpty()) {
      // JDK 17 crashes when dumping lambdas whose class comes from a signed jar (CDS skips
      // those classes); the build strips JGit's signature, where it could not: classes only.
      System.out.println("startup training: signed jars " + signed + ", classes only");
      prefixes.addAll(WINDOW_PREFIXES);
    } else {
      rehearseWindow();
    }
    rehearseNotesIndex();
    rehearseCommandLine();
    sweepClasses(prefixes);
    return 0;
  }

  private static void rehearseWindow() {
    Path home;
    try {
      home = Files.createTempDirectory("agent-workbench-training");
      Workspace sample =
          SampleWorkspace.create(home.resolve("samples"), StartupRehearsal.environment(home));
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
      System.setProperty("headless.geometry", "1600x1200-32"); // room for the 1280x820 window
      watchdog();
      Application.launch(
          WorkbenchApp.class,
          AppLauncher.REHEARSAL + "=" + home,
          "--workspace",
          sample.folder().toString());
      System.out.println("startup training: the window went through every room");
    } catch (IOException e) {
      throw new UncheckedIOException("the start-up training could not make its sample", e);
    }
    deleteTree(home);
  }

  /** Notes the index rehearsal writes: above the count from which every core flushes the index. */
  private static final int REHEARSAL_NOTES = 600;

  /**
   * Indexes a generated project from nothing and searches it, so that the archive holds what a cold
   * index runs beside its classes: the method handles of string joins and of Lucene's byte access,
   * made at run time otherwise (on the clock of the user's first project).
   */
  private static void rehearseNotesIndex() {
    Path home = null;
    try {
      home = Files.createTempDirectory("agent-workbench-training-notes");
      Path root = Files.createDirectories(home.resolve("notes"));
      for (int i = 0; i < REHEARSAL_NOTES; i++) {
        Path folder = Files.createDirectories(root.resolve("area-" + i % 7).resolve("t" + i % 13));
        Files.writeString(folder.resolve("Rehearsal Note " + i + ".md"), rehearsalNote(i));
      }
      try (NotesService notes =
          NotesService.open(NotesLocation.folder(root, home.resolve("app")))) {
        for (String query : List.of("baseline", "drift AND note", "\"nightly retraining\"")) {
          notes.search(SearchRequest.text(query));
        }
      }
      System.out.println("startup training: " + REHEARSAL_NOTES + " notes indexed");
    } catch (IOException | NotesException | RuntimeException e) {
      System.out.println("startup training: the notes index rehearsal failed: " + e);
    } finally {
      if (home != null) {
        deleteTree(home);
      }
    }
  }

  /**
   * Runs the command line's commands once each on a sample workspace, text and JSON, so that the
   * archive holds the classes a script's call loads (JSON, YAML, git, the index), with nothing
   * written outside a temporary folder.
   */
  private static void rehearseCommandLine() {
    Path home = null;
    try {
      home = Files.createTempDirectory("agent-workbench-training-cli");
      Workspace sample =
          SampleWorkspace.create(home.resolve("samples"), StartupRehearsal.environment(home));
      String repo = sample.folder().toString();
      String spec =
          sample.folder().resolve(".claude/agents/machine-learning-engineer.md").toString();
      Path notes = Files.createDirectories(home.resolve("notes"));
      String[] project = {"--home", notes.toString(), "--app-home", home.resolve("app").toString()};
      Path message = home.resolve("COMMIT_EDITMSG");
      Files.writeString(message, "feat(model): train nightly - @machine-learning-engineer\n");
      List<List<String>> calls =
          List.of(
              List.of("spec", "lint", "--format", "json", spec),
              List.of("spec", "lint", repo),
              List.of("spec", "show", "--json", spec),
              List.of("spec", "show", spec),
              List.of("spec", "list", "--json", "--workspace", repo),
              with(
                  project,
                  "memory",
                  "write",
                  "--title",
                  "Training Note",
                  "--folder",
                  "ml",
                  "--tags",
                  "baseline",
                  "--content",
                  "- [fact] a rehearsal #cds\n- uses [[Other]]"),
              with(project, "memory", "read", "--json", "Training Note"),
              with(project, "memory", "search", "--json", "rehearsal"),
              with(project, "memory", "search", "rehearsal"),
              with(project, "memory", "context", "--json", "memory://ml/*"),
              with(project, "memory", "recent", "--json"),
              with(
                  project,
                  "memory",
                  "edit",
                  "--operation",
                  "append",
                  "--content",
                  "more",
                  "Training Note"),
              with(project, "memory", "move", "Training Note", "archive/Training Note.md"),
              with(project, "memory", "delete", "Training Note"),
              List.of("commit-msg", "check", "--repo", repo, message.toString()),
              List.of(
                  "commit",
                  "suggest",
                  "--json",
                  "--repo",
                  repo,
                  "--claude-home",
                  home.resolve("claude").toString()));
      java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
      List<String> failed = new java.util.ArrayList<>();
      for (List<String> call : calls) {
        int code =
            dev.agentworkbench.cli.WorkbenchCommand.execute(
                call.toArray(String[]::new), quiet, quiet);
        if (code > 1) { // 1 is problems found, which a lint of the sample may report
          failed.add(String.join(" ", call.subList(0, 2)) + " (exit " + code + ")");
        }
      }
      System.out.println(
          "startup training: "
              + calls.size()
              + " commands run"
              + (failed.isEmpty() ? "" : "; these failed: " + failed));
    } catch (IOException | RuntimeException e) {
      System.out.println("startup training: the command line rehearsal failed: " + e);
    } finally {
      if (home != null) {
        deleteTree(home);
      }
    }
  }

  private static List<String> with(String[] project, String... args) {
    List<String> call = new java.util.ArrayList<>(List.of(args));
    int at = call.get(0).equals("memory") ? 2 : 1;
    call.addAll(at, List.of(project));
    return call;
  }

  private static String rehearsalNote(int i) {
    return "---\ntitle: Rehearsal Note "
        + i
        + "\ntype: "
        + (i % 2 == 0 ? "experiment" : "decision")
        + "\npermalink: training/rehearsal-note-"
        + i
        + "\ntags:\n- baseline\n- t"
        + i % 11
        + "\n---\n\n# Rehearsal Note "
        + i
        + "\n\nA baseline for the nightly retraining, with drift checks on every feature.\n"
        + "See [[Rehearsal Note "
        + (i + 1)
        + "]] and the *scaling* choices.\n\n## Observations\n"
        + "- [result] ROC AUC 0.91 on the held-out month #metrics\n"
        + "- [risk] Recall drops for small merchants #cold-start (needs more data)\n\n"
        + "## Relations\n- uses [[Rehearsal Note "
        + (i + 2)
        + "]]\n- informs [[Missing Note "
        + i
        + "]]\n"
        + (i % 5 == 0 ? "\n> A quote\n\n```\ncode\n```\n" : "");
  }

  /** A rehearsal that hangs still ends the training: what it loaded so far goes in the archive. */
  private static void watchdog() {
    Thread guard =
        new Thread(
            () -> {
              try {
                Thread.sleep(REHEARSAL_LIMIT_MS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
              System.err.println("startup training: the rehearsal took too long; stopping it");
              System.exit(0);
            },
            "startup-training-watchdog");
    guard.setDaemon(true);
    guard.start();
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(p -> p.toFile().delete()); // best effort: it is a temporary folder
    } catch (IOException e) {
      System.err.println("startup training: " + root + " is left behind: " + e.getMessage());
    }
  }

  private static boolean isOnClassPath(String className) {
    try {
      Class.forName(className, false, StartupTraining.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void sweepClasses(List<String> prefixes) {
    ClassLoader loader = StartupTraining.class.getClassLoader();
    int[] count = {0};
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        loadFromJar(Path.of(entry), prefixes, loader, count);
      }
    }
    loadFromRuntimeImage(loader, count);
    System.out.println("startup training: " + count[0] + " classes loaded");
  }

  private static List<Path> signedJars() {
    List<Path> signed = new java.util.ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        collectSigned(Path.of(entry), signed);
      }
    }
    return signed;
  }

  private static void collectSigned(Path jar, List<Path> signed) {
    if (!Files.isRegularFile(jar)) {
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Path dep : manifestClassPath(jar, file)) {
        collectSigned(dep, signed);
      }
      boolean isSigned =
          file.stream()
              .map(e -> e.getName())
              .anyMatch(n -> n.startsWith("META-INF/") && n.endsWith(".SF"));
      if (isSigned) {
        signed.add(jar.getFileName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(jar + " could not be read for startup training", e);
    }
  }

  private static List<Path> manifestClassPath(Path jar, JarFile file) throws IOException {
    var manifest = file.getManifest();
    String classPath =
        manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
    if (classPath == null) {
      return List.of();
    }
    return Stream.of(classPath.split(" "))
        .filter(dep -> !dep.isBlank())
        .map(jar::resolveSibling)
        .toList();
  }

  private static void loadFromJar(
      Path jar, List<String> prefixes, ClassLoader loader, int[] count) {
    if (!Files.isRegularFile(jar)) {
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Path dep : manifestClassPath(jar, file)) {
        loadFromJar(dep, prefixes, loader, count);
      }
      file.stream()
          .map(e -> e.getName())
          .filter(n -> n.endsWith(".class") && !n.contains("-") && !n.startsWith("META-INF"))
          .filter(n -> prefixes.stream().anyMatch(n::startsWith))
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
