package dev.agentworkbench.memory.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The frontmatter block of a note: split as basic-memory does (a {@code ---} line as the first
 * non-blank line, closed by another {@code ---} line), loaded as YAML, values normalised.
 */
public record Frontmatter(Map<String, Object> values, String body, Optional<String> problem) {

  /**
   * YAML as basic-memory reads it (PyYAML: YAML 1.1 types, and a repeated key's last value wins).
   */
  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setCodePointLimit(Integer.MAX_VALUE)
          .setSchema(new PyYamlSchema())
          .setAllowDuplicateKeys(true)
          .build();

  private static final ScalarResolver RESOLVER = SETTINGS.getSchema().getScalarResolver();

  /** A Load is costly to build and holds no state between documents: one per thread. */
  private static final ThreadLocal<Load> LOAD = ThreadLocal.withInitial(() -> new Load(SETTINGS));

  /** A split of the text into YAML text and body; empty when there is no frontmatter block. */
  record Split(String text, int yamlStart, int yamlEnd, String body) {
    String yaml() {
      return text.substring(yamlStart, yamlEnd);
    }
  }

  public static Frontmatter parse(String text) {
    Optional<Split> split = split(text);
    if (split.isEmpty()) {
      return new Frontmatter(Map.of(), text, Optional.empty());
    }
    Optional<Map<String, Object>> simple =
        PlainFrontmatter.read(
            split.get().text(), split.get().yamlStart(), split.get().yamlEnd(), RESOLVER);
    if (simple.isPresent()) {
      return new Frontmatter(simple.get(), split.get().body(), Optional.empty());
    }
    return load(split.get());
  }

  /** The full path: every frontmatter read by snakeyaml-engine, no fast path (for comparisons). */
  static Frontmatter parseFully(String text) {
    Optional<Split> split = split(text);
    if (split.isEmpty()) {
      return new Frontmatter(Map.of(), text, Optional.empty());
    }
    return load(split.get());
  }

  /**
   * The frontmatter's values as YAML typed them (booleans, numbers, dates, lists), not normalised
   * to text: what basic-memory merges into a note it writes again, so that {@code draft: true}
   * stays a boolean. Empty when there is no frontmatter or it cannot be read.
   */
  public static Map<String, Object> typedValues(String text) {
    Optional<Split> split = split(text);
    if (split.isEmpty()) {
      return Map.of();
    }
    try {
      if (LOAD.get().loadFromString(split.get().yaml()) instanceof Map<?, ?> map) {
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(key(k), v));
        return values;
      }
    } catch (YamlEngineException e) {
      LOAD.remove();
    }
    return Map.of();
  }

  private static Frontmatter load(Split split) {
    return load(split.yaml(), split.body());
  }

  private static Frontmatter load(String yaml, String body) {
    try {
      Object loaded = LOAD.get().loadFromString(yaml);
      if (loaded == null) {
        return new Frontmatter(Map.of(), body, Optional.empty());
      }
      if (!(loaded instanceof Map<?, ?> map)) {
        return new Frontmatter(Map.of(), body, Optional.of("frontmatter is not a YAML mapping"));
      }
      Map<String, Object> values = new LinkedHashMap<>();
      map.forEach((k, v) -> values.put(key(k), normalise(v)));
      return new Frontmatter(values, body, Optional.empty());
    } catch (YamlEngineException e) {
      LOAD.remove(); // a failed load may leave state behind: the next one starts afresh
      String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      return new Frontmatter(
          Map.of(),
          body,
          Optional.of(
              "malformed frontmatter, read as a note without frontmatter (" + reason + ")"));
    }
  }

  /**
   * Whether the text opens a frontmatter block (a {@code ---} line as its first non-blank line)
   * that no {@code ---} line closes. basic-memory's entity parser reads such a note as one without
   * frontmatter (reference §1.2), and so does {@link #parse}; this tells that it happened.
   */
  public static boolean unclosed(String text) {
    int n = text.length();
    int pos = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    while (pos < n && Text.blank(text, pos, lineEnd(text, pos))) {
      pos = next(text, lineEnd(text, pos));
    }
    return pos < n && isFence(text, pos, lineEnd(text, pos)) && split(text).isEmpty();
  }

  /** Splits off the frontmatter block, if the text has one. */
  static Optional<Split> split(String text) {
    int n = text.length();
    int pos = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0; // a byte order mark, as basic-memory

    // skip blank lines before the fence
    while (pos < n) {
      int end = lineEnd(text, pos);
      if (!Text.blank(text, pos, end)) {
        break;
      }
      pos = next(text, end);
    }
    if (pos >= n || !isFence(text, pos, lineEnd(text, pos))) {
      return Optional.empty();
    }
    int yamlStart = next(text, lineEnd(text, pos));
    int line = yamlStart;
    while (line < n) {
      int end = lineEnd(text, line);
      if (isFence(text, line, end)) {
        String body = text.substring(Math.min(n, next(text, end)));
        return Optional.of(new Split(text, yamlStart, line, body));
      }
      line = next(text, end);
    }
    return Optional.empty();
  }

  /** True when text[from, to) stripped of trailing whitespace is {@code ---}. */
  private static boolean isFence(String text, int from, int to) {
    if (to - from < 3 || !text.startsWith("---", from)) {
      return false;
    }
    return Text.blank(text, from + 3, to);
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    int end = nl < 0 ? text.length() : nl;
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private static int next(String text, int lineEnd) {
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
      lineEnd++;
    }
    return Math.min(text.length(), lineEnd + 1);
  }

  /** A key as Python's {@code str()} writes it: {@code yes: x} has the key "True". */
  private static String key(Object k) {
    return k == null ? "None" : String.valueOf(normalise(k));
  }

  /**
   * Dates become ISO strings, numbers and booleans strings ("True"/"False"), lists recursed: each
   * as Python's {@code str()} or {@code isoformat()} writes it, as basic-memory normalises them.
   */
  public static Object normalise(Object value) {
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Double d) {
      return PyYamlSchema.pythonRepr(d);
    }
    if (value instanceof java.time.temporal.Temporal t) {
      return PyYamlSchema.isoFormat(t);
    }
    if (value instanceof Number num) {
      return num.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Frontmatter::normalise).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(key(k), normalise(v)));
      return out;
    }
    if (value instanceof byte[]) {
      return "<binary>";
    }
    return value == null ? null : value.toString();
  }
}
