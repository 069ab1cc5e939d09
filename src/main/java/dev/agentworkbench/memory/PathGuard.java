package dev.agentworkbench.memory;

import java.util.regex.Pattern;

/**
 * basic-memory's path-traversal guard: {@code ~} anywhere, any {@code ..} segment, leading
 * backslash, absolute paths, drive letters and control characters (a tab too) are refused. It is
 * for paths: folders, destinations and identifiers typed by a caller. A title is not a path: it is
 * only checked for control characters (see {@code NotesService.checkTitle}).
 */
public final class PathGuard {
  private static final Pattern DOTS = Pattern.compile("\\.{2,}");
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private PathGuard() {}

  /** Throws when the value would leave the project; {@code what} names it in the message. */
  public static void check(String what, String value) throws PathNotAllowedException {
    if (!isAllowed(value)) {
      throw new PathNotAllowedException(what, value);
    }
  }

  public static boolean isAllowed(String value) {
    return !value.contains("~") && isAllowedName(value);
  }

  /**
   * Throws when a note's own path would leave the project: the same rules, except that a {@code ~}
   * inside a name ("Plans ~ Q3") is only refused at its start, where it means home. A note on disk
   * with such a name stays readable; an identifier typed by a caller does not.
   */
  public static void checkName(String what, String value) throws PathNotAllowedException {
    if (!isAllowedName(value)) {
      throw new PathNotAllowedException(what, value);
    }
  }

  /**
   * Throws when a value holds a control character, with the message of every other refusal.
   * basic-memory lets a tab through ({@code c not in [" ", "\t"]}); here a tab is refused as the
   * other control characters are, in folders, titles, identifiers and memory:// URLs alike: let
   * through, it was dropped from a folder without a word ({@code a<TAB>b} wrote to {@code ab/}) and
   * kept in a file name made from a title.
   */
  public static void checkControlCharacters(String what, String value)
      throws PathNotAllowedException {
    if (hasControlCharacters(value)) {
      throw new PathNotAllowedException(what, value);
    }
  }

  /** Whether a value holds a control character (tab included), which no path or title may hold. */
  static boolean hasControlCharacters(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  public static boolean isAllowedName(String value) {
    if (value.startsWith("~") || value.startsWith("/") || value.startsWith("\\")) {
      return false;
    }
    if (DRIVE.matcher(value).matches()) {
      return false;
    }
    if (hasControlCharacters(value)) {
      return false;
    }
    for (String segment : value.split("[/\\\\]")) {
      if (DOTS.matcher(segment.strip()).matches()) {
        return false;
      }
    }
    return true;
  }
}
