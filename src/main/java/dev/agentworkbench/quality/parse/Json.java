package dev.agentworkbench.quality.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** Tolerant JSON reading for tool output: a tool may print a log line before its JSON. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static Optional<JsonNode> read(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readTree(t));
    } catch (IOException e) {
      int start = firstOf(t, '{', '[');
      if (start > 0) {
        try {
          return Optional.of(MAPPER.readTree(t.substring(start)));
        } catch (IOException again) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
  }

  private static int firstOf(String t, char a, char b) {
    int i = t.indexOf(a);
    int j = t.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  static String text(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n == null || n.isNull() ? "" : n.asText();
  }
}
