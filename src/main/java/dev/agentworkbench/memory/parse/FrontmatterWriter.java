package dev.agentworkbench.memory.parse;

import java.util.List;
import java.util.Map;

/**
 * Writes frontmatter the way PyYAML's {@code safe_dump(sort_keys=False, allow_unicode=True,
 * default_flow_style=False)} does for the values notes hold: block lists, plain scalars where they
 * stay strings, single quotes where a plain scalar would read as another type or as syntax, double
 * quotes with escapes for characters YAML cannot hold as they are, and lines folded at width 80.
 * The style choice and the three writers follow PyYAML's {@code emitter.py} ({@code
 * analyze_scalar}, {@code choose_scalar_style}, {@code write_plain}, {@code write_single_quoted},
 * {@code write_double_quoted}); the types a plain scalar would take are those {@link PyYamlSchema}
 * reads with, PyYAML's {@code resolver.py}.
 */
public final class FrontmatterWriter {
  private static final int WIDTH = 80;

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
          out.append(prefix).append(value(item, prefix.length(), indent + "  ")).append('\n');
        }
      }
    } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append(indent).append(key).append(":\n");
      mapping(out, map, indent + "  ", false);
    } else {
      String prefix = indent + key + ": ";
      out.append(prefix).append(value(value, prefix.length(), indent + "  ")).append('\n');
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

  private static String value(Object value, int column, String indent) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List<?> l && l.isEmpty()) {
      return "[]";
    }
    if (value instanceof Map<?, ?> m && m.isEmpty()) {
      return "{}";
    }
    if (value instanceof Double d) {
      return pyYamlFloat(d);
    }
    if (value instanceof Boolean || value instanceof Number) {
      return value.toString().toLowerCase(java.util.Locale.ROOT);
    }
    if (value instanceof java.time.temporal.Temporal t) {
      return PyYamlSchema.isoFormat(t).replace('T', ' '); // PyYAML: isoformat(' '), unquoted
    }
    return fold(value.toString(), column, indent);
  }

  /** A float as PyYAML's representer writes it. */
  private static String pyYamlFloat(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    String r = PyYamlSchema.pythonRepr(d).toLowerCase(java.util.Locale.ROOT);
    int e = r.indexOf('e');
    return r.indexOf('.') < 0 && e >= 0 ? r.substring(0, e) + ".0" + r.substring(e) : r;
  }

  /** A string as PyYAML writes it as a key, on one line (keys are not folded). */
  public static String scalar(String s) {
    return render(s, 0, "", false);
  }

  /**
   * A value as PyYAML writes it after {@code startColumn} characters of its line, folded at width
   * 80 with continuation lines indented by {@code indent}.
   */
  static String fold(String s, int startColumn, String indent) {
    return render(s, startColumn, indent, true);
  }

  private static String render(String s, int column, String indent, boolean split) {
    Style style = style(s);
    Out out = new Out(column, indent);
    switch (style) {
      case PLAIN -> out.plain(s, split);
      case SINGLE -> out.singleQuoted(s, split);
      case DOUBLE -> out.doubleQuoted(s, split);
    }
    return out.text.toString();
  }

  private enum Style {
    PLAIN,
    SINGLE,
    DOUBLE
  }

  private static boolean isBreak(int c) {
    return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static boolean isSpaceOrBreak(int c) {
    return c == 0 || c == ' ' || c == '\t' || c == '\r' || isBreak(c);
  }

  /** Characters YAML holds as they are (with allow_unicode); any other needs double quotes. */
  private static boolean printable(int c) {
    return c == '\n'
        || (c >= 0x20 && c <= 0x7e)
        || ((c == 0x85
                || (c >= 0xa0 && c <= 0xd7ff)
                || (c >= 0xe000 && c <= 0xfffd)
                || (c >= 0x10000 && c < 0x10ffff))
            && c != 0xfeff);
  }

  /** PyYAML's analyze_scalar and choose_scalar_style, for a block-context value. */
  private static Style style(String s) {
    if (s.isEmpty()) {
      return Style.SINGLE;
    }
    boolean indicators = s.startsWith("---") || s.startsWith("...");
    boolean special = false;
    boolean lineBreaks = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean previousSpace = false;
    boolean previousBreak = false;
    boolean precededByWhitespace = true;
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      boolean followedByWhitespace = i + 1 >= cps.length || isSpaceOrBreak(cps[i + 1]);
      if (i == 0) {
        if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
          indicators = true;
        }
        if ((c == '?' || c == ':' || c == '-') && followedByWhitespace) {
          indicators = true;
        }
      } else if ((c == ':' && followedByWhitespace) || (c == '#' && precededByWhitespace)) {
        indicators = true;
      }
      if (isBreak(c)) {
        lineBreaks = true;
      }
      if (!printable(c)) {
        special = true;
      }
      if (c == ' ') {
        if (i == 0) {
          leadingSpace = true;
        }
        if (i == cps.length - 1) {
          trailingSpace = true;
        }
        if (previousBreak) {
          breakSpace = true;
        }
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak(c)) {
        if (i == 0) {
          leadingBreak = true;
        }
        if (i == cps.length - 1) {
          trailingBreak = true;
        }
        if (previousSpace) {
          spaceBreak = true;
        }
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      precededByWhitespace = isSpaceOrBreak(c);
    }
    if (special || spaceBreak || breakSpace) {
      return Style.DOUBLE;
    }
    boolean plain =
        !indicators
            && !lineBreaks
            && !leadingSpace
            && !leadingBreak
            && !trailingSpace
            && !trailingBreak
            && !PyYamlSchema.resolvesAsOther(s);
    return plain ? Style.PLAIN : Style.SINGLE;
  }

  /** A scalar being written, with the column PyYAML's emitter would be at. */
  private static final class Out {
    final StringBuilder text = new StringBuilder();
    final String indent;
    int column;

    Out(int column, String indent) {
      this.column = column;
      this.indent = indent;
    }

    private void write(String data) {
      text.append(data);
      column += data.codePointCount(0, data.length());
    }

    private void newLineAndIndent() {
      text.append('\n').append(indent);
      column = indent.length();
    }

    /** write_line_break then write_indent for a run of line breaks inside a scalar. */
    private void breaks(int[] cps, int start, int end) {
      if (cps[start] == '\n') {
        text.append('\n');
      }
      for (int i = start; i < end; i++) {
        text.appendCodePoint(cps[i]);
      }
      text.append(indent);
      column = indent.length();
    }

    void plain(String s, boolean split) {
      int[] cps = s.codePoints().toArray();
      boolean spaces = false;
      int start = 0;
      for (int end = 0; end <= cps.length; end++) {
        int c = end < cps.length ? cps[end] : -1;
        if (spaces) {
          if (c != ' ') {
            if (start + 1 == end && column > WIDTH && split) {
              newLineAndIndent();
            } else {
              write(new String(cps, start, end - start));
            }
            start = end;
          }
        } else if (c == -1 || c == ' ') {
          write(new String(cps, start, end - start));
          start = end;
        }
        spaces = c == ' ';
      }
    }

    void singleQuoted(String s, boolean split) {
      int[] cps = s.codePoints().toArray();
      write("'");
      boolean spaces = false;
      boolean breaks = false;
      int start = 0;
      for (int end = 0; end <= cps.length; end++) {
        int c = end < cps.length ? cps[end] : -1;
        if (spaces) {
          if (c != ' ') {
            if (start + 1 == end && column > WIDTH && split && start != 0 && end != cps.length) {
              newLineAndIndent();
            } else {
              write(new String(cps, start, end - start));
            }
            start = end;
          }
        } else if (breaks) {
          if (!isBreak(c)) {
            breaks(cps, start, end);
            start = end;
          }
        } else if (c == -1 || c == ' ' || c == '\'' || isBreak(c)) {
          if (start < end) {
            write(new String(cps, start, end - start));
            start = end;
          }
        }
        if (c == '\'') {
          write("''");
          start = end + 1;
        }
        if (c != -1) {
          spaces = c == ' ';
          breaks = isBreak(c);
        }
      }
      write("'");
    }

    void doubleQuoted(String s, boolean split) {
      int[] cps = s.codePoints().toArray();
      write("\"");
      int start = 0;
      for (int end = 0; end <= cps.length; end++) {
        int c = end < cps.length ? cps[end] : -1;
        if (c == -1
            || c == '"'
            || c == '\\'
            || c == 0x85
            || c == 0x2028
            || c == 0x2029
            || c == 0xfeff
            || !((c >= 0x20 && c <= 0x7e)
                || (c >= 0xa0 && c <= 0xd7ff)
                || (c >= 0xe000 && c <= 0xfffd))) {
          if (start < end) {
            write(new String(cps, start, end - start));
            start = end;
          }
          if (c != -1) {
            write(escape(c));
            start = end + 1;
          }
        }
        if (end > 0
            && end < cps.length - 1
            && (c == ' ' || start >= end)
            && column + (end - start) > WIDTH
            && split) {
          String data = (start < end ? new String(cps, start, end - start) : "") + "\\";
          if (start < end) {
            start = end;
          }
          write(data);
          newLineAndIndent();
          if (cps[start] == ' ') {
            write("\\");
          }
        }
      }
      write("\"");
    }

    private static String escape(int c) {
      return switch (c) {
        case 0 -> "\\0";
        case 0x07 -> "\\a";
        case 0x08 -> "\\b";
        case 0x09 -> "\\t";
        case 0x0a -> "\\n";
        case 0x0b -> "\\v";
        case 0x0c -> "\\f";
        case 0x0d -> "\\r";
        case 0x1b -> "\\e";
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case 0x85 -> "\\N";
        case 0xa0 -> "\\_";
        case 0x2028 -> "\\L";
        case 0x2029 -> "\\P";
        default ->
            c <= 0xff
                ? String.format("\\x%02X", c)
                : c <= 0xffff ? String.format("\\u%04X", c) : String.format("\\U%08X", c);
      };
    }
  }
}
