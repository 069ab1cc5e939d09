package dev.agentworkbench.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of a {@code tools} value with their offsets in the file, whatever its form (flow list,
 * block list or comma string), so a fix can rename or remove exactly one item.
 */
public final class ToolList {
  /** One tool as written: its name (quotes removed) and its character range in the file. */
  public record Item(String name, int start, int end) {}

  private ToolList() {}

  public static List<Item> items(String text, FrontmatterEntry entry) {
    List<Item> items = new ArrayList<>();
    int i = entry.valueStart();
    int end = Math.min(entry.valueEnd(), text.length());
    while (i < end) {
      char c = text.charAt(i);
      if (c == ','
          || c == '['
          || c == ']'
          || c == '-' && isDash(text, i)
          || Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int j = i;
      int depth = 0;
      while (j < end) {
        char d = text.charAt(j);
        if (d == '(') {
          depth++;
        } else if (d == ')') {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && (d == ',' || d == ']' || d == '\n' || d == '\r')) {
          break;
        }
        j++;
      }
      int s = i;
      int e = j;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e - s >= 2
          && (text.charAt(s) == '"' || text.charAt(s) == '\'')
          && text.charAt(e - 1) == text.charAt(s)) {
        s++;
        e--;
      }
      if (e > s) {
        items.add(new Item(text.substring(s, e), s, e));
      }
      i = Math.max(j, i + 1);
    }
    return items;
  }

  private static boolean isDash(String text, int i) {
    return i + 1 >= text.length() || text.charAt(i + 1) == ' ';
  }

  /** The edit that removes one item with its separator, keeping the list well formed. */
  public static TextEdit removal(String text, List<Item> items, int index) {
    Item item = items.get(index);
    int lineStart = text.lastIndexOf('\n', item.start() - 1) + 1;
    String before = text.substring(lineStart, item.start()).strip();
    if (before.equals("-") || before.equals("- \"") || before.equals("- '")) {
      int lineEnd = text.indexOf('\n', item.end());
      return new TextEdit(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1, "");
    }
    int start = unquote(text, item.start(), -1);
    int end = unquote(text, item.end(), 1);
    if (index + 1 < items.size()) {
      int next = unquote(text, items.get(index + 1).start(), -1);
      return new TextEdit(start, next, "");
    }
    if (index > 0) {
      int prev = unquote(text, items.get(index - 1).end(), 1);
      return new TextEdit(prev, end, "");
    }
    return new TextEdit(start, end, "");
  }

  private static int unquote(String text, int at, int dir) {
    int probe = dir < 0 ? at - 1 : at;
    if (probe >= 0
        && probe < text.length()
        && (text.charAt(probe) == '"' || text.charAt(probe) == '\'')) {
      return dir < 0 ? at - 1 : at + 1;
    }
    return at;
  }
}
