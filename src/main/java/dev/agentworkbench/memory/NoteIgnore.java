package dev.agentworkbench.memory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Which files of a project basic-memory skips: hidden files and folders, its default patterns (or
 * the user's {@code .bmignore} in basic-memory's folder when there is one) and the project's {@code
 * .gitignore}.
 */
public final class NoteIgnore {
  static final List<String> DEFAULTS =
      List.of(
          ".*",
          "*.db",
          "*.db-*",
          "*.db*",
          "config.json",
          ".git",
          ".svn",
          "__pycache__",
          "*.pyc",
          "*.pyo",
          "*.pyd",
          ".pytest_cache",
          ".coverage",
          "*.egg-info",
          ".tox",
          ".mypy_cache",
          ".ruff_cache",
          ".venv",
          "venv",
          "env",
          ".env",
          "node_modules",
          "build",
          "dist",
          ".idea",
          ".vscode",
          ".DS_Store",
          "Thumbs.db",
          "desktop.ini",
          ".obsidian",
          "*.tmp",
          "*.swp",
          "*.swo",
          "*~");
  private final IgnoreNode rules = new IgnoreNode();
  private final IgnoreNode gitignore = new IgnoreNode();
  // the same rules without those that can never match a file named *.md (most of them)
  private final IgnoreNode noteRules = new IgnoreNode();
  private final IgnoreNode noteGitignore = new IgnoreNode();

  public NoteIgnore(Path projectRoot, Optional<Path> bmignore) {
    try {
      List<String> own =
          bmignore.isPresent() && Files.isRegularFile(bmignore.get())
              ? Files.readAllLines(bmignore.get())
              : DEFAULTS;
      // a .bmignore with no pattern in it (empty, or only comments) means the defaults, as
      // basic-memory's load_bmignore_patterns reads it
      if (own.stream().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"))) {
        own = DEFAULTS;
      }
      load(rules, noteRules, own);
      Path git = projectRoot.resolve(".gitignore");
      if (Files.isRegularFile(git)) {
        load(gitignore, noteGitignore, Files.readAllLines(git));
      }
    } catch (IOException e) {
      // An unreadable ignore file ignores nothing beyond hidden files.
    }
  }

  private static void load(IgnoreNode all, IgnoreNode forNotes, List<String> lines)
      throws IOException {
    all.parse(stream(String.join("\n", lines)));
    forNotes.parse(
        stream(String.join("\n", lines.stream().filter(NoteIgnore::mayMatchNote).toList())));
  }

  /**
   * False for a rule that cannot match a note's file (see {@link NoteExtensions}): a folder-only
   * rule, or one whose text after its last wildcard is a literal ending that no note's name has.
   */
  static boolean mayMatchNote(String line) {
    String rule = line.strip();
    if (rule.contains("\\")) {
      return true; // escapes: not worth reading, keep the rule
    }
    if (rule.endsWith("/")) {
      return false;
    }
    int wildcard =
        Math.max(rule.lastIndexOf('*'), Math.max(rule.lastIndexOf('?'), rule.lastIndexOf(']')));
    String tail = rule.substring(wildcard + 1);
    String lower = tail.toLowerCase(java.util.Locale.ROOT);
    return ".md".endsWith(lower) || ".markdown".endsWith(lower) || NoteExtensions.isNote(tail);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** True when the project-relative POSIX path is skipped. */
  public boolean isIgnored(String relative, boolean directory) {
    for (String segment : relative.split("/")) {
      if (segment.startsWith(".")) {
        return true;
      }
    }
    return verdict(rules, relative, directory) || verdict(gitignore, relative, directory);
  }

  /**
   * The same verdict for a path whose parent folders are known not to be ignored (a folder walk
   * that skips ignored folders): only the path itself is matched.
   */
  public boolean isIgnoredHere(String relative, boolean directory) {
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    boolean note = !directory && NoteExtensions.isNote(name);
    return name.startsWith(".")
        || Boolean.TRUE.equals((note ? noteRules : rules).checkIgnored(relative, directory))
        || Boolean.TRUE.equals(
            (note ? noteGitignore : gitignore).checkIgnored(relative, directory));
  }

  private static boolean verdict(IgnoreNode node, String relative, boolean directory) {
    // a path is ignored when it or one of its parent folders matches
    String[] parts = relative.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        prefix.append('/');
      }
      prefix.append(parts[i]);
      boolean isDir = i < parts.length - 1 || directory;
      Boolean v = node.checkIgnored(prefix.toString(), isDir);
      if (Boolean.TRUE.equals(v)) {
        return true;
      }
    }
    return false;
  }
}
