package dev.agentworkbench.spec;

/** Writes a frontmatter value so that strict YAML reads back exactly the given text. */
public final class YamlScalar {
  private YamlScalar() {}

  /** A plain scalar when that is safe, else a literal block scalar ({@code |-}: exact text). */
  public static String format(String value) {
    return isPlainSafe(value) ? value : block(value, "|-");
  }

  /** A literal block scalar ({@code |}) holding the text, for text YAML would misread. */
  public static String block(String value) {
    return block(value, "|");
  }

  private static String block(String value, String indicator) {
    StringBuilder b = new StringBuilder(indicator);
    for (String line : value.strip().split("\n", -1)) {
      b.append('\n');
      if (!line.isBlank()) {
        b.append("  ").append(line.stripTrailing());
      }
    }
    return b.toString();
  }

  static boolean isPlainSafe(String v) {
    if (v.isEmpty() || v.strip().length() != v.length() || v.contains("\n")) {
      return false;
    }
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) >= 0) {
      return false;
    }
    if (v.contains(": ") || v.contains(" #") || v.endsWith(":") || v.contains("\\n")) {
      return false;
    }
    String lower = v.toLowerCase(java.util.Locale.ROOT);
    return !(lower.equals("true")
        || lower.equals("false")
        || lower.equals("null")
        || lower.equals("yes")
        || lower.equals("no")
        || lower.equals("~")
        || v.matches("[-+]?[0-9][0-9._eE+-]*"));
  }
}
