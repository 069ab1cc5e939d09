package dev.agentworkbench.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Tells whether a path is inside {@code .git/} or ignored by the repository's {@code .gitignore}
 * files (every level) and {@code .git/info/exclude}.
 */
public final class GitIgnoreFilter {
  private final Optional<Path> root;
  private final Map<Path, IgnoreNode> nodes = new ConcurrentHashMap<>();

  public GitIgnoreFilter(Optional<Path> repositoryRoot) {
    this.root = repositoryRoot.map(p -> p.toAbsolutePath().normalize());
  }

  public boolean isIgnored(Path path) {
    Path p = path.toAbsolutePath().normalize();
    for (Path part : p) {
      if (part.toString().equals(".git")) {
        return true;
      }
    }
    if (root.isEmpty() || !p.startsWith(root.get()) || p.equals(root.get())) {
      return false;
    }
    boolean isDir = Files.isDirectory(p);
    // Deepest .gitignore that has an opinion wins, as in git.
    Path dir = p.getParent();
    while (dir != null && dir.startsWith(root.get())) {
      String relative = dir.relativize(p).toString().replace('\\', '/');
      Boolean verdict = node(dir.resolve(".gitignore")).checkIgnored(relative, isDir);
      if (verdict != null) {
        return verdict;
      }
      if (dir.equals(root.get())) {
        Boolean excluded =
            node(root.get().resolve(".git/info/exclude"))
                .checkIgnored(root.get().relativize(p).toString().replace('\\', '/'), isDir);
        if (excluded != null) {
          return excluded;
        }
        break;
      }
      dir = dir.getParent();
    }
    // A parent folder that is ignored makes everything below it ignored.
    Path parent = p.getParent();
    return parent != null && !parent.equals(root.get()) && isIgnored(parent);
  }

  private IgnoreNode node(Path file) {
    return nodes.computeIfAbsent(
        file,
        f -> {
          IgnoreNode node = new IgnoreNode();
          if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
              node.parse(in);
            } catch (IOException e) {
              // An unreadable ignore file ignores nothing.
            }
          }
          return node;
        });
  }
}
