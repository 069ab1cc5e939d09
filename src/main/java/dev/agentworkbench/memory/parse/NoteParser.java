package dev.agentworkbench.memory.parse;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a note file's bytes into a {@link Note} with basic-memory's rules. Never throws for bad
 * content: malformed frontmatter, non-UTF-8 bytes, binary data and huge files give a note with
 * warnings.
 */
public final class NoteParser {
  /** Bodies above this size are indexed as text but not parsed for observations and relations. */
  public static final int STRUCTURE_LIMIT = 2 * 1024 * 1024;

  private static final java.util.regex.Pattern LEADING_HASHES =
      java.util.regex.Pattern.compile("^#+");

  /** The warning of a file holding NUL bytes. */
  public static final String BINARY =
      "binary content (NUL bytes, removed): its text is searchable, but observations and relations"
          + " are not read";

  private NoteParser() {}

  /** File facts the parser needs besides the bytes. */
  public record FileFacts(Instant created, Instant modified, String checksum) {}

  public static Note parse(
      String filePath, byte[] bytes, FileFacts facts, String fallbackPermalink) {
    return parse(filePath, bytes, facts, () -> fallbackPermalink);
  }

  /** The same, with the permalink for a note without one made only when it is needed. */
  public static Note parse(
      String filePath,
      byte[] bytes,
      FileFacts facts,
      java.util.function.Supplier<String> fallbackPermalink) {
    List<String> warnings = new ArrayList<>();
    String text = decode(bytes, warnings);
    RareCharacters rare = RareCharacters.of(bytes);
    if (rare.nul()) {
      // random bytes read as lines make observations of junk: a binary file's text is only
      // searched, as a huge note's is
      warnings.add(BINARY);
      text = text.replace("\0", "");
    }
    if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
      text = text.substring(1);
    }
    Frontmatter fm = Frontmatter.parse(text);
    fm.problem().ifPresent(warnings::add);
    if (fm.values().isEmpty() && fm.problem().isEmpty() && Frontmatter.unclosed(text)) {
      warnings.add(UNCLOSED);
    }
    Map<String, Object> values = fm.values();
    String stem = stem(filePath);
    String title = title(values.get("title"), stem);
    Object typeValue = values.get("type");
    String type =
        (typeValue instanceof List<?> list && !list.isEmpty()
                ? Optional.of(String.join(", ", list.stream().map(String::valueOf).toList()))
                : string(typeValue))
            .filter(s -> !s.isBlank())
            .orElse("note"); // coerced to a string as the title is: a list is "a, b"
    String permalink =
        string(values.get("permalink")).filter(s -> !s.isBlank()).orElseGet(fallbackPermalink);
    List<String> tags = tags(values.get("tags"));
    Instant created = timestamp(values.get("created"), facts.created(), "created", warnings);
    Instant modified = timestamp(values.get("modified"), facts.modified(), "modified", warnings);
    List<Observation> observations = List.of();
    List<Relation> relations = List.of();
    boolean huge = fm.body().length() > STRUCTURE_LIMIT;
    if (!rare.nul() && !huge) {
      BodyParser.Result r = BodyParser.parse(fm.body(), rare);
      observations = r.observations();
      relations = r.relations();
    } else if (huge) {
      warnings.add(
          "note is "
              + (fm.body().length() / (1024 * 1024))
              + " MB: shown and searchable, but observations and relations are not read");
    }
    return new Note(
        filePath,
        title,
        type,
        permalink,
        tags,
        values,
        fm.body(),
        observations,
        relations,
        warnings,
        created,
        modified,
        facts.checksum());
  }

  private static String decode(byte[] bytes, List<String> warnings) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!isUtf8(bytes, text)) {
      warnings.add(NOT_UTF8);
    }
    return text;
  }

  /**
   * The target a {@code [[link]]} written so stands for, as the parser stores it: {@code
   * project::Note} is the cross-project reference {@code project/Note}.
   */
  public static String linkTarget(String written) {
    return InlineRules.crossProject(written);
  }

  /**
   * Where the {@code [category]} that a list item's text starts with ends (exclusive), when that
   * text is an observation with a category by basic-memory's rules (no task box, markdown link,
   * wiki-link line or timestamp); -1 otherwise. For the editor's highlighting.
   */
  public static int observationCategoryEnd(String itemText) {
    return InlineRules.categoryEnd(itemText);
  }

  /** The warning of a note whose opening {@code ---} has no closing one. */
  public static final String UNCLOSED =
      "frontmatter opened by --- is never closed by another --- line: read as a note without"
          + " frontmatter (title from the file name), as basic-memory reads it";

  /** The warning of a file that is not UTF-8; the room and the command line do not edit it. */
  public static final String NOT_UTF8 =
      "not valid UTF-8: bytes that cannot be read are shown as \uFFFD, and the file is not edited"
          + " (saving would lose them) until it is converted to UTF-8: in the Edit tab, or with"
          + " iconv";

  /** True when {@code bytes}, decoded leniently as {@code text}, are valid UTF-8. */
  public static boolean isUtf8(byte[] bytes, String text) {
    if (text.indexOf('\uFFFD') < 0) {
      return true; // no replacement char: every byte decoded, as the strict decoder would
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true; // the file holds U+FFFD itself
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static String stem(String filePath) {
    String name = filePath.substring(filePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String title(Object value, String stem) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? stem : String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return string(value).filter(s -> !s.isBlank() && !s.equals("None")).orElse(stem);
  }

  private static Optional<String> string(Object value) {
    if (value == null || value instanceof Map || value instanceof List) {
      return Optional.empty();
    }
    return Optional.of(value.toString().strip());
  }

  /** basic-memory's parse_tags: list, comma string or JSON-array string; leading # stripped. */
  public static List<String> tags(Object value) {
    List<String> raw = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item != null) {
          for (String part : item.toString().split(",")) {
            raw.add(part);
          }
        }
      }
    } else if (value != null) {
      String s = value.toString().strip();
      java.util.Optional<List<String>> json =
          s.startsWith("[") && s.endsWith("]") ? jsonStrings(s) : java.util.Optional.empty();
      if (json.isPresent()) {
        for (String item : json.get()) { // basic-memory reads a JSON array with json.loads
          raw.addAll(List.of(item.split(","))); // and its items as a list's
        }
      } else {
        if (s.startsWith("[") && s.endsWith("]")) {
          s = s.substring(1, s.length() - 1).replace("\"", "").replace("'", "");
        }
        for (String part : s.split(",")) {
          raw.add(part);
        }
      }
    }
    List<String> tags = new ArrayList<>();
    for (String t : raw) {
      String stripped = pythonStrip(t);
      String clean =
          stripped.startsWith("#")
              ? pythonStrip(LEADING_HASHES.matcher(stripped).replaceFirst(""))
              : stripped;
      if (!clean.isEmpty()) {
        tags.add(clean);
      }
    }
    return tags;
  }

  /**
   * Python's {@code str.strip()}: also the no-break spaces (U+00A0, U+2007, U+202F) and U+0085 that
   * Java's {@code strip()} keeps.
   */
  static String pythonStrip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isPythonSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isPythonSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** The strings of a JSON array ({@code ["it's", "a\\"b"]}); empty when it is not one. */
  private static java.util.Optional<List<String>> jsonStrings(String s) {
    try {
      com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(s);
      List<String> out = new ArrayList<>();
      for (com.fasterxml.jackson.databind.JsonNode item : node) {
        if (!item.isNull()) {
          out.add(item.isTextual() ? item.asText() : item.toString());
        }
      }
      return node.isArray() ? java.util.Optional.of(out) : java.util.Optional.empty();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return java.util.Optional.empty();
    }
  }

  private static Instant timestamp(
      Object value, Instant fallback, String key, List<String> warnings) {
    if (value == null) {
      return fallback;
    }
    String s = value.toString().strip();
    java.util.Optional<Instant> parsed =
        dev.agentworkbench.memory.parse.IsoTimestamps.parse(s, ZoneId.systemDefault());
    if (parsed.isEmpty()) {
      warnings.add("frontmatter " + key + " '" + s + "' is not an ISO date; the file time is used");
    }
    return parsed.orElse(fallback);
  }
}
