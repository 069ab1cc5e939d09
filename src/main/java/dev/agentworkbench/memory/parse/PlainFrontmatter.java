package dev.agentworkbench.memory.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Reads the common frontmatter without a YAML load: lines {@code key: plain words} and {@code key:}
 * followed by {@code - plain words} items. Gives exactly what the YAML load and {@link
 * Frontmatter#normalise} give, or empty as soon as any line is anything else (the caller then does
 * the full load).
 */
final class PlainFrontmatter {
  /** Implicit keys are limited in length by YAML; ours stay far below. */
  private static final int MAX_KEY = 128;

  /** Words some YAML schema reads as a boolean, null or number, lower-cased. */
  static final Set<String> SPECIAL_WORDS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf");

  private static final String SAFE_PUNCTUATION = "-_./,()+=?!;";

  private final String yaml;
  private final int start;
  private final int end;
  private final ScalarResolver resolver;
  private final boolean knownSchema;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private String openKey;
  private List<Object> items;
  private int itemIndent = -1;

  private PlainFrontmatter(String yaml, int start, int end, ScalarResolver resolver) {
    this.yaml = yaml;
    this.start = start;
    this.end = end;
    this.resolver = resolver;
    this.knownSchema =
        resolver.getClass() == JsonScalarResolver.class
            || resolver.getClass() == CoreScalarResolver.class
            || resolver.getClass() == PyYamlSchema.Resolver.class;
  }

  /** The normalised values of the YAML text, when it is plain enough to read without a load. */
  static Optional<Map<String, Object>> read(String yaml, ScalarResolver resolver) {
    return read(yaml, 0, yaml.length(), resolver);
  }

  /** As {@link #read(String, ScalarResolver)} on text[start, end), without copying it. */
  static Optional<Map<String, Object>> read(
      String text, int start, int end, ScalarResolver resolver) {
    return new PlainFrontmatter(text, start, end, resolver).read();
  }

  private Optional<Map<String, Object>> read() {
    int pos = start;
    while (pos < end) {
      int nl = yaml.indexOf('\n', pos);
      int lineEnd = nl < 0 || nl > end ? end : nl;
      if (lineEnd > pos && !line(pos, lineEnd)) {
        return Optional.empty();
      }
      pos = lineEnd + 1;
    }
    if (!closeKey() || values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(values);
  }

  /** Takes one non-empty line; false when it is not one of the plain forms. */
  private boolean line(int from, int to) {
    char first = yaml.charAt(from);
    if (first == '-' || first == ' ') {
      return item(from, to);
    }
    return entry(from, to);
  }

  private boolean entry(int from, int to) {
    int colon = keyEnd(from, to);
    if (colon < 0 || !closeKey()) {
      return false;
    }
    String key = yaml.substring(from, colon);
    if (values.containsKey(key) || !isString(key)) {
      return false;
    }
    if (colon + 1 == to) {
      openKey = key;
      items = null;
      itemIndent = -1;
      return true;
    }
    if (yaml.charAt(colon + 1) != ' ' || !plainScalar(colon + 2, to)) {
      return false;
    }
    String value = yaml.substring(colon + 2, to);
    if (!isString(value)) {
      return false;
    }
    values.put(key, value);
    return true;
  }

  /** The index of the colon ending a simple word key at from, or -1. */
  private int keyEnd(int from, int to) {
    if (!isAsciiLetter(yaml.charAt(from))) {
      return -1;
    }
    int i = from + 1;
    while (i < to && i - from <= MAX_KEY) {
      char c = yaml.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private boolean item(int from, int to) {
    if (openKey == null) {
      return false;
    }
    int indent = 0;
    while (from + indent < to && yaml.charAt(from + indent) == ' ') {
      indent++;
    }
    if (indent != 0 && indent != 2) {
      return false;
    }
    if (itemIndent >= 0 && indent != itemIndent) {
      return false;
    }
    int dash = from + indent;
    if (dash + 2 > to || yaml.charAt(dash) != '-' || yaml.charAt(dash + 1) != ' ') {
      return false;
    }
    if (!plainScalar(dash + 2, to)) {
      return false;
    }
    String value = yaml.substring(dash + 2, to);
    if (!isString(value)) {
      return false;
    }
    if (items == null) {
      items = new ArrayList<>();
    }
    items.add(value);
    itemIndent = indent;
    return true;
  }

  /** Ends the key awaiting a list: its items, or null when none came. */
  private boolean closeKey() {
    if (openKey != null) {
      values.put(openKey, items == null ? null : items.stream().toList());
      openKey = null;
      items = null;
    }
    return true;
  }

  /**
   * True when yaml[from, to) can only be a one-line plain scalar: starts with a letter, holds only
   * letters, digits, single-purpose punctuation and inner spaces.
   */
  private boolean plainScalar(int from, int to) {
    if (from >= to || !Character.isLetter(yaml.charAt(from)) || yaml.charAt(to - 1) == ' ') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = yaml.charAt(i);
      if (c != ' ' && !Character.isLetterOrDigit(c) && SAFE_PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the YAML schema in use resolves this plain scalar (letter first, no indicators) as a
   * string, and no other YAML version or schema would read it as a boolean, null or number word
   * either (those take the full load, to stay on the safe side). The JSON and core schemas resolve
   * a scalar starting with a letter to something else only for the null, true and false words, all
   * in {@link #SPECIAL_WORDS}: for them no resolver call is needed (PlainFrontmatterTest checks
   * this on every short word); any other schema is asked.
   */
  private boolean isString(String plain) {
    if (plain.length() <= 5 && SPECIAL_WORDS.contains(plain.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return knownSchema || Tag.STR.equals(resolver.resolve(plain, Boolean.TRUE));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
