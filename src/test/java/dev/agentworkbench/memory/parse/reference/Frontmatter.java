package dev.agentworkbench.memory.parse.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The frontmatter block of a note: split as basic-memory does (a {@code ---} line as the first
 * non-blank line, closed by another {@code ---} line), loaded as YAML, values normalised.
 */
public record Frontmatter(Map<String, Object> values, String body, Optional<String> problem) {

  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();

  /** A split of the text into YAML text and body; empty when there is no frontmatter block. */
  record Split(String yaml, String body) {}

  public static Frontmatter parse(String text) {
    Optional<Split> split = split(text);
    if (split.isEmpty()) {
      return new Frontmatter(Map.of(), text, Optional.empty());
    }
    try {
      Object loaded = new Load(SETTINGS).loadFromString(split.get().yaml());
      if (loaded == null) {
        return new Frontmatter(Map.of(), split.get().body(), Optional.empty());
      }
      if (!(loaded instanceof Map<?, ?> map)) {
        return new Frontmatter(
            Map.of(), split.get().body(), Optional.of("frontmatter is not a YAML mapping"));
      }
      Map<String, Object> values = new LinkedHashMap<>();
      map.forEach((k, v) -> values.put(String.valueOf(k), normalise(v)));
      return new Frontmatter(values, split.get().body(), Optional.empty());
    } catch (YamlEngineException e) {
      String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      return new Frontmatter(
          Map.of(),
          split.get().body(),
          Optional.of(
              "malformed frontmatter, read as a note without frontmatter (" + reason + ")"));
    }
  }

  /** Splits off the frontmatter block, if the text has one. */
  static Optional<Split> split(String text) {
    int pos = 0;
    int n = text.length();
    // skip blank lines before the fence
    while (pos < n) {
      int end = lineEnd(text, pos);
      if (!text.substring(pos, end).isBlank()) {
        break;
      }
      pos = next(text, end);
    }
    if (pos >= n || !isFence(text.substring(pos, lineEnd(text, pos)))) {
      return Optional.empty();
    }
    int yamlStart = next(text, lineEnd(text, pos));
    int line = yamlStart;
    while (line < n) {
      int end = lineEnd(text, line);
      if (isFence(text.substring(line, end))) {
        String body = text.substring(Math.min(n, next(text, end)));
        return Optional.of(new Split(text.substring(yamlStart, line), body));
      }
      line = next(text, end);
    }
    return Optional.empty();
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals("---");
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

  /** Dates become ISO strings, numbers and booleans strings ("True"/"False"), lists recursed. */
  static Object normalise(Object value) {
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Number num) {
      return num.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Frontmatter::normalise).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
      return out;
    }
    if (value instanceof byte[]) {
      return "<binary>";
    }
    return value == null ? null : value.toString();
  }
}
