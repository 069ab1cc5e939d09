package dev.agentworkbench.workspace;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One recursive watch over a set of roots (the workspace, the notes project). Changes are collected
 * for a quiet period and delivered as one batch; {@code .git/} and git-ignored paths are left out.
 * New folders are watched as they appear; an editor that saves by rename shows up as a change of
 * the target path.
 */
public final class FileWatchService implements WorkspaceEvents, AutoCloseable {
  /** Folders of tools and builds that are never worth watching, ignored by git or not. */
  private static final Set<String> BULKY =
      Set.of(
          "node_modules",
          ".venv",
          "venv",
          "__pycache__",
          ".mypy_cache",
          ".pytest_cache",
          ".ruff_cache",
          ".tox",
          "target",
          ".gradle",
          ".idea");

  private final WatchService watcher;
  private final Duration quietPeriod;
  private final Predicate<Path> ignored;
  private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
  private final List<Consumer<Set<Path>>> listeners = new CopyOnWriteArrayList<>();
  private final Set<Path> pending = new HashSet<>();
  private final Thread thread;
  private volatile boolean closed;

  public FileWatchService(List<Path> roots, Duration quietPeriod, Predicate<Path> ignored)
      throws IOException {
    this.watcher = FileSystems.getDefault().newWatchService();
    this.quietPeriod = quietPeriod;
    this.ignored = ignored;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
    thread = new Thread(this::loop, "file-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /** Watches the workspace folder (and the notes project), ignoring what git ignores. */
  public static FileWatchService forWorkspace(Workspace workspace, List<Path> extraRoots)
      throws IOException {
    List<Path> roots = new java.util.ArrayList<>();
    roots.add(workspace.repositoryRoot().orElse(workspace.folder()));
    roots.addAll(extraRoots);
    GitIgnoreFilter filter = new GitIgnoreFilter(workspace.repositoryRoot());
    return new FileWatchService(roots, Duration.ofMillis(300), filter::isIgnored);
  }

  @Override
  public AutoCloseable subscribe(Consumer<Set<Path>> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root)
                && (ignored.test(dir) || BULKY.contains(String.valueOf(dir.getFileName())))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            try {
              WatchKey key =
                  dir.register(
                      watcher,
                      StandardWatchEventKinds.ENTRY_CREATE,
                      StandardWatchEventKinds.ENTRY_MODIFY,
                      StandardWatchEventKinds.ENTRY_DELETE);
              keys.put(key, dir);
            } catch (IOException e) {
              // A folder we may not read is not watched; its changes are picked up on the next
              // rescan.
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private void loop() {
    while (!closed) {
      try {
        WatchKey key =
            pending.isEmpty()
                ? watcher.take()
                : watcher.poll(quietPeriod.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        if (key == null) {
          flush();
          continue;
        }
        collect(key);
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      }
    }
  }

  private void collect(WatchKey key) {
    Path dir = keys.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
        continue;
      }
      Path changed = dir.resolve((Path) event.context());
      if (ignored.test(changed)) {
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
        try {
          registerTree(changed);
        } catch (IOException e) {
          // Vanished again before we could watch it.
        }
      }
      pending.add(changed);
    }
    if (!key.reset()) {
      keys.remove(key);
    }
  }

  private void flush() {
    Set<Path> batch = Set.copyOf(pending);
    pending.clear();
    for (Consumer<Set<Path>> listener : listeners) {
      listener.accept(batch);
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    watcher.close();
    thread.interrupt();
  }
}
