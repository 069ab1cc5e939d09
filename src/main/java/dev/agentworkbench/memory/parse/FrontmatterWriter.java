package dev.agentworkbench.memory.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes frontmatter the way PyYAML's {@code safe_dump(sort_keys=False, allow_unicode=True,
 * default_flow_style=False)} does for the values notes hold: block lists, plain scalars where they
 * stay strings, single quotes where a plain scalar would read as another type or as syntax.
 */
public final class FrontmatterWriter {
  private static final Pattern RESOLVES_AS_OTHER =
      Pattern.compile(
          "(?i:y|yes|n|no|true|false|on|off|~|null)"
              + "|[-+]?(0|[1-9][0-9_]*)"
              + "|[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
              + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
              + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"
              + "|=|<<");

  private FrontmatterWriter() {}

  /** The full block: {@code ---\n<yaml>---\n}. */
  public static String block(Map<String, Object> values) {
    StringBuilder out = new StringBuilder("---\n");
    values.forEach((k, v) -> entry(out, scalar(k), v, ""));
    return out.append("---\n").toString();
  }

  private static void entry(StringBuilder out, String key, Object value, String indent) {
    if (value instanceof List<?> list && !list.isEmpty()) {
      out.append(indent).append(key).append(":\n");
      for (Object item : list) {
        if (item instanceof Map<?, ?> m) {
          out.append(indent).append("- ");
          mapping(out, m, indent + "  ", true);
        } else {
          String prefix = indent + "- ";
          out.append(prefix)
              .append(fold(scalarValue(item), prefix.length(), indent + "  "))
              .append('\n');
        }
      }
    } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append(indent).append(key).append(":\n");
      mapping(out, map, indent + "  ", false);
    } else {
      String prefix = indent + key + ": ";
      out.append(prefix)
          .append(fold(scalarValue(value), prefix.length(), indent + "  "))
          .append('\n');
    }
  }

  private static void mapping(
      StringBuilder out, Map<?, ?> map, String indent, boolean firstInline) {
    boolean first = firstInline;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      StringBuilder line = new StringBuilder();
      entry(line, scalar(String.valueOf(e.getKey())), e.getValue(), indent);
      out.append(first ? line.substring(indent.length()) : line);
      first = false;
    }
  }

  /**
   * PyYAML's line folding at width 80 for plain and single-quoted scalars: a single space met once
   * the line is past column 80 becomes a line break and the continuation indent.
   */
  static String fold(String rendered, int startColumn, String indent) {
    if (rendered.startsWith("\"") || startColumn + rendered.length() <= 80) {
      return rendered;
    }
    boolean quoted = rendered.startsWith("'");
    StringBuilder out = new StringBuilder();
    int column = startColumn;
    int last = rendered.length() - 1;
    for (int i = 0; i < rendered.length(); i++) {
      char c = rendered.charAt(i);
      boolean single =
          c == ' '
              && i > (quoted ? 1 : 0)
              && i < (quoted ? last - 1 : last)
              && rendered.charAt(i - 1) != ' '
              && rendered.charAt(i + 1) != ' ';
      if (single && column > 80) {
        out.append('\n').append(indent);
        column = indent.length();
      } else {
        out.append(c);
        column++;
      }
    }
    return out.toString();
  }

  private static String scalarValue(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List<?> l && l.isEmpty()) {
      return "[]";
    }
    if (value instanceof Map<?, ?> m && m.isEmpty()) {
      return "{}";
    }
    if (value instanceof Boolean || value instanceof Number) {
      return value.toString().toLowerCase(java.util.Locale.ROOT);
    }
    return scalar(value.toString());
  }

  /** A string as PyYAML writes it in block context. */
  public static String scalar(String s) {
    if (needsDoubleQuotes(s)) {
      return doubleQuoted(s);
    }
    if (s.isEmpty() || RESOLVES_AS_OTHER.matcher(s).matches() || !plainAllowed(s)) {
      return "'" + s.replace("'", "''") + "'";
    }
    return s;
  }

  private static boolean plainAllowed(String s) {
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    if (Character.isWhitespace(first) || Character.isWhitespace(last)) {
      return false;
    }
    if ("#,[]{}&*!|>'\"%@`".indexOf(first) >= 0) {
      return false;
    }
    if ((first == '-' || first == '?' || first == ':')
        && (s.length() == 1 || Character.isWhitespace(s.charAt(1)))) {
      return false;
    }
    if (s.startsWith("---") || s.startsWith("...")) {
      return false;
    }
    return !s.contains(": ") && !s.contains(" #") && last != ':';
  }

  private static boolean needsDoubleQuotes(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || c == '\ufeff') {
        return true;
      }
    }
    return false;
  }

  private static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\ufeff') {
            out.append(String.format("\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
