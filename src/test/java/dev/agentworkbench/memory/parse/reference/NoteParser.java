package dev.agentworkbench.memory.parse.reference;

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

  private NoteParser() {}

  /** File facts the parser needs besides the bytes. */
  public record FileFacts(Instant created, Instant modified, String checksum) {}

  public static Note parse(
      String filePath, byte[] bytes, FileFacts facts, String fallbackPermalink) {
    List<String> warnings = new ArrayList<>();
    String text = decode(bytes, warnings);
    boolean binary = text.indexOf('\0') >= 0;
    if (binary) {
      warnings.add(dev.agentworkbench.memory.parse.NoteParser.BINARY);
      text = text.replace("\0", "");
    }
    if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
      text = text.substring(1);
    }
    Frontmatter fm = Frontmatter.parse(text);
    fm.problem().ifPresent(warnings::add);
    Map<String, Object> values = fm.values();
    String stem = stem(filePath);
    String title = title(values.get("title"), stem);
    String type =
        values.get("type") instanceof List<?> list && !list.isEmpty()
            ? String.join(", ", list.stream().map(String::valueOf).toList())
            : string(values.get("type")).filter(s -> !s.isBlank()).orElse("note");
    String permalink =
        string(values.get("permalink")).filter(s -> !s.isBlank()).orElse(fallbackPermalink);
    List<String> tags = tags(values.get("tags"));
    Instant created = timestamp(values.get("created"), facts.created(), "created", warnings);
    Instant modified = timestamp(values.get("modified"), facts.modified(), "modified", warnings);
    List<Observation> observations = List.of();
    List<Relation> relations = List.of();
    boolean huge = fm.body().length() > STRUCTURE_LIMIT;
    if (!binary && !huge) {
      BodyParser.Result r = BodyParser.parse(fm.body());
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
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      warnings.add(dev.agentworkbench.memory.parse.NoteParser.NOT_UTF8);
      return new String(bytes, StandardCharsets.UTF_8);
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
      if (s.startsWith("[") && s.endsWith("]")) {
        s = s.substring(1, s.length() - 1).replace("\"", "").replace("'", "");
      }
      for (String part : s.split(",")) {
        raw.add(part);
      }
    }
    List<String> tags = new ArrayList<>();
    for (String t : raw) {
      String clean = LEADING_HASHES.matcher(t.strip()).replaceFirst("").strip();
      if (!clean.isEmpty()) {
        tags.add(clean);
      }
    }
    return tags;
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
