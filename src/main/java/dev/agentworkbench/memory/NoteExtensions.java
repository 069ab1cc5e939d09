package dev.agentworkbench.memory;

/**
 * Which files are notes. basic-memory reads a file as markdown when Python's {@code mimetypes}
 * calls it {@code text/markdown}: a name ending in {@code .md} or {@code .markdown}, in any case.
 * Notes the app writes end in {@code .md}.
 */
public final class NoteExtensions {
  private static final String[] EXTENSIONS = {".md", ".markdown"};

  private NoteExtensions() {}

  /** True when a file of this name or path is a note. */
  public static boolean isNote(String name) {
    return length(name) > 0;
  }

  /** The path without its note extension; any other path as it is. */
  public static String strip(String path) {
    return path.substring(0, path.length() - length(path));
  }

  /** The note extension a path ends in, with its dot and case ({@code ".MD"}), or "". */
  public static String of(String path) {
    return path.substring(path.length() - length(path));
  }

  private static int length(String path) {
    for (String extension : EXTENSIONS) {
      int from = path.length() - extension.length();
      // ".md" alone is a hidden name without an extension, as Python's splitext reads it
      if (from > 0
          && path.charAt(from - 1) != '/'
          && path.regionMatches(true, from, extension, 0, extension.length())) {
        return extension.length();
      }
    }
    return 0;
  }
}
