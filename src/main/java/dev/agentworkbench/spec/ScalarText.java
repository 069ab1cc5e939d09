package dev.agentworkbench.spec;

import java.util.ArrayList;
import java.util.List;

/** Tolerant reading of a YAML scalar or list written by hand: never throws, never rejects. */
final class ScalarText {
  private ScalarText() {}

  static String read(String raw) {
    String v = raw.strip();
    if (v.startsWith("|") || v.startsWith(">")) {
      int nl = v.indexOf('\n');
      if (nl < 0) {
        return "";
      }
      String body = v.substring(nl + 1).stripIndent().strip();
      return v.startsWith(">") ? body.replaceAll("\\s*\\n\\s*", " ") : body;
    }
    v = v.replaceAll("\\s*\\n\\s*", " ");
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      String inner = v.substring(1, v.length() - 1);
      return v.startsWith("'") ? inner.replace("''", "'") : inner.replace("\\\"", "\"");
    }
    return v;
  }

  /** A list value: flow {@code [a, b]}, block {@code - a}, or a comma string. */
  static List<String> list(String raw) {
    String v = raw.strip();
    List<String> items = new ArrayList<>();
    if (v.startsWith("[")) {
      String inner = v.endsWith("]") ? v.substring(1, v.length() - 1) : v.substring(1);
      split(inner, items);
    } else if (v.startsWith("-")) {
      for (String line : v.split("\n")) {
        String t = line.strip();
        if (t.startsWith("-")) {
          add(items, t.substring(1));
        }
      }
    } else {
      split(v.replace('\n', ' '), items);
    }
    return items;
  }

  private static void split(String s, List<String> items) {
    for (String part : s.split(",")) {
      add(items, part);
    }
  }

  private static void add(List<String> items, String s) {
    String t = read(s);
    if (!t.isEmpty()) {
      items.add(t);
    }
  }
}
