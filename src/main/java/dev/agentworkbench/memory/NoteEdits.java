package dev.agentworkbench.memory;

import dev.agentworkbench.memory.parse.Frontmatter;
import dev.agentworkbench.memory.parse.FrontmatterWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * basic-memory's edit_note operations on a note's text: append, prepend, find_replace with an
 * expected count, replace_section, insert_before_section, insert_after_section.
 */
public final class NoteEdits {
  public static final List<String> OPERATIONS =
      List.of(
          "append",
          "prepend",
          "find_replace",
          "replace_section",
          "insert_before_section",
          "insert_after_section");

  /** One edit: the operation and its arguments (unused ones may be empty). */
  public record Edit(
      String operation,
      String content,
      String section,
      String findText,
      int expectedReplacements,
      boolean replaceSubsections) {}

  /** Frontmatter keys a metadata merge never sets: they have their own handling. */
  public static final Set<String> IDENTITY_KEYS = Set.of("title", "type", "permalink");

  private static final Pattern H1 = Pattern.compile("^ {0,3}# +(.*?)(?: +#+)? *$");

  private NoteEdits() {}

  /** edit_note refuses null metadata values before anything is written. */
  public static void rejectNullMetadata(Map<String, ?> metadata) throws NotesException {
    Set<String> nulls = new TreeSet<>();
    metadata.forEach(
        (k, v) -> {
          if (v == null) {
            nulls.add(k);
          }
        });
    if (!nulls.isEmpty()) {
      throw new NotesException(
          "Error",
          "INVALID_METADATA",
          "metadata values cannot be null (key deletion is not supported): "
              + String.join(", ", nulls));
    }
  }

  /**
   * edit_note's metadata merge: each key (but title, type and permalink) overwrites its value in
   * the frontmatter or is added; other keys and the body's bytes stay as they are.
   */
  public static String mergeMetadata(String text, Map<String, ?> metadata) throws NotesException {
    rejectNullMetadata(metadata);
    Map<String, Object> kept = new LinkedHashMap<>();
    metadata.forEach(
        (k, v) -> {
          if (!IDENTITY_KEYS.contains(k)) {
            kept.put(k, v);
          }
        });
    return kept.isEmpty() ? text : setFrontmatter(text, kept);
  }

  /**
   * Sets top-level frontmatter keys by editing the YAML text: a key's lines are replaced where it
   * stands, a new key is added last; a note without frontmatter gets a block. The body is kept byte
   * for byte.
   */
  public static String setFrontmatter(String text, Map<String, ?> values) throws NotesException {
    Frontmatter fm = Frontmatter.parse(text);
    if (fm.problem().isPresent()) {
      throw new EditFailedException(
          "Invalid Frontmatter",
          "INVALID_FRONTMATTER",
          "Invalid frontmatter format: fix the note's YAML block before changing its metadata.");
    }
    int bodyStart = text.length() - fm.body().length();
    if (bodyStart == 0) {
      return FrontmatterWriter.block(new LinkedHashMap<>(values)) + "\n" + text;
    }
    List<String> head = lines(text.substring(0, bodyStart));
    int open = 0;
    while (!head.get(open).replaceFirst("^\uFEFF", "").stripTrailing().equals("---")) {
      open++; // a byte order mark before the first fence is kept where it is
    }
    int close = open + 1;
    while (!head.get(close).stripTrailing().equals("---")) {
      close++;
    }
    List<String> yaml = new ArrayList<>(head.subList(open + 1, close));
    for (Map.Entry<String, ?> e : values.entrySet()) {
      List<String> entry = entryLines(e.getKey(), e.getValue());
      int at = keyLine(yaml, e.getKey());
      if (at < 0) {
        yaml.addAll(entry);
      } else {
        int end = at + 1;
        while (end < yaml.size() && continues(yaml.get(end))) {
          end++;
        }
        yaml.subList(at, end).clear();
        yaml.addAll(at, entry);
      }
    }
    List<String> out = new ArrayList<>(head.subList(0, open + 1));
    out.addAll(yaml);
    out.addAll(head.subList(close, head.size()));
    String edited = String.join("\n", out) + fm.body();
    if (keeps(fm, edited, values)) {
      return edited;
    }
    // A layout that lines cannot be added to (a flow mapping, an end marker, a block scalar): the
    // frontmatter is written again whole, as basic-memory always writes it, values kept typed.
    Map<String, Object> merged = new LinkedHashMap<>(Frontmatter.typedValues(text));
    merged.putAll(values);
    return FrontmatterWriter.block(merged) + fm.body();
  }

  /** True when the edited text reads back with every key it had and the values set. */
  private static boolean keeps(Frontmatter before, String edited, Map<String, ?> values) {
    Frontmatter after = Frontmatter.parse(edited);
    if (after.problem().isPresent()
        || !after.values().keySet().containsAll(before.values().keySet())) {
      return false;
    }
    Map<String, Object> expected = new LinkedHashMap<>();
    values.forEach(expected::put);
    Frontmatter wanted = Frontmatter.parse(FrontmatterWriter.block(expected) + "\n");
    return wanted.values().entrySet().stream()
        .allMatch(e -> java.util.Objects.equals(after.values().get(e.getKey()), e.getValue()));
  }

  private static List<String> entryLines(String key, Object value) {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put(key, value);
    String block = FrontmatterWriter.block(one);
    String inner = block.substring("---\n".length(), block.length() - "---\n".length());
    return new ArrayList<>(List.of(inner.substring(0, inner.length() - 1).split("\n", -1)));
  }

  private static int keyLine(List<String> yaml, String key) {
    for (int i = 0; i < yaml.size(); i++) {
      String line = yaml.get(i);
      for (String k : List.of(key, FrontmatterWriter.scalar(key))) {
        if (line.startsWith(k + ":")) {
          return i;
        }
      }
    }
    return -1;
  }

  /** A line that belongs to the entry above it: indented, or a block-list item at column 0. */
  private static boolean continues(String line) {
    return !line.isEmpty()
        && (Character.isWhitespace(line.charAt(0)) || line.startsWith("- ") || line.equals("-"));
  }

  /** The text of the first level-1 heading outside fenced code. */
  public static Optional<String> firstH1(String body) {
    boolean fenced = false;
    for (String line : body.split("\n", -1)) {
      String s = line.strip();
      if (s.startsWith("```") || s.startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      Matcher m = H1.matcher(line.stripTrailing());
      if (!fenced && m.matches() && !m.group(1).isBlank()) {
        return Optional.of(m.group(1).strip());
      }
    }
    return Optional.empty();
  }

  public static String apply(String text, Edit e) throws NotesException {
    return switch (e.operation()) {
      case "append" ->
          text.isEmpty() || text.endsWith("\n") ? text + e.content() : text + "\n" + e.content();
      case "prepend" -> prepend(text, e.content());
      case "find_replace" -> findReplace(text, e);
      case "replace_section" -> replaceSection(text, e);
      case "insert_before_section", "insert_after_section" -> insertAround(text, e);
      default ->
          throw new NotesException(
              "Edit Failed - Invalid Operation",
              "INVALID_OPERATION",
              "Invalid operation '"
                  + e.operation()
                  + "'. Must be one of: "
                  + String.join(", ", OPERATIONS));
    };
  }

  private static String prepend(String text, String content) {
    int bodyStart = text.length() - Frontmatter.parse(text).body().length();
    if (bodyStart == 0) {
      return content.endsWith("\n") ? content + text : content + "\n" + text;
    }
    String head = text.substring(0, bodyStart);
    String body = text.substring(bodyStart);
    String sep = content.endsWith("\n") ? "" : "\n";
    // as basic-memory lays it out: a blank line after the frontmatter, the new text, then the
    // body without its leading blank lines
    String eol = head.endsWith("\r\n") ? "\r\n" : "\n";
    return head + eol + content + sep + body.replaceFirst("^(?:[ \t]*\r?\n)+", "");
  }

  private static String findReplace(String text, Edit e) throws NotesException {
    if (e.expectedReplacements() < 0) {
      // a count of occurrences: 0 is a check that the text is absent, below 0 means nothing
      throw new EditFailedException(
          "Invalid Expected Replacements",
          "INVALID_EXPECTED_REPLACEMENTS",
          "expected_replacements must be >= 0, got " + e.expectedReplacements());
    }
    String find = e.findText();
    if (find == null || find.isBlank()) {
      throw new EditFailedException(
          "Missing Find Text",
          "MISSING_FIND_TEXT",
          "find_text parameter is required for find_replace operation");
    }
    int count = 0;
    for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + find.length())) {
      count++;
    }
    if (count == 0 && e.expectedReplacements() != 0) {
      throw new EditFailedException(
          "Text Not Found", "TEXT_NOT_FOUND", "Text to replace not found: '" + find + "'");
    }
    if (count != e.expectedReplacements()) { // 0 expected and 0 found is a check that passes
      throw new EditFailedException(
          "Wrong Replacement Count",
          "WRONG_REPLACEMENT_COUNT",
          "Expected "
              + e.expectedReplacements()
              + " occurrences of '"
              + find
              + "', but found "
              + count);
    }
    return text.replace(find, e.content());
  }

  private static String header(String section) {
    String s = section.strip();
    return s.startsWith("#") ? s : "## " + s;
  }

  private static int level(String line) {
    String s = line.strip();
    int n = 0;
    while (n < s.length() && s.charAt(n) == '#') {
      n++;
    }
    return n > 0 && n <= 6 && (s.length() == n || s.charAt(n) == ' ') ? n : 0;
  }

  /** Line indexes of headers equal to the section header, outside fenced code. */
  private static List<Integer> headers(List<String> lines, String header) {
    List<Integer> out = new ArrayList<>();
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.startsWith("```") || s.startsWith("~~~")) {
        fenced = !fenced;
      } else if (!fenced && s.equals(header)) {
        out.add(i);
      }
    }
    return out;
  }

  private static int sectionEnd(List<String> lines, int start, boolean subsections) {
    int lvl = level(lines.get(start));
    boolean fenced = false;
    for (int i = start + 1; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.startsWith("```") || s.startsWith("~~~")) {
        fenced = !fenced;
      }
      int l = fenced ? 0 : level(lines.get(i));
      if (l > 0 && (!subsections || l <= lvl)) {
        return i;
      }
    }
    return lines.size();
  }

  /**
   * The edited text with the line ends of the note it came from: in a note whose lines all end in
   * CRLF, the lines an edit added end so too, instead of leaving the file with both kinds.
   */
  public static String inLineEndingsOf(String original, String edited) {
    if (!dev.agentworkbench.workspace.files.LineEnds.of(original).allCrlf()) {
      return edited; // LF, or already mixed: left as it is
    }
    return edited.replaceAll("(?<!\r)\n", "\r\n");
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }

  private static String replaceSection(String text, Edit e) throws NotesException {
    String header = header(e.section());
    List<String> lines = lines(text);
    List<Integer> found = headers(lines, header);
    if (found.size() > 1) {
      throw duplicate(header);
    }
    String content = e.content();
    List<String> contentLines =
        lines(content.endsWith("\n") ? content.substring(0, content.length() - 1) : content);
    if (!contentLines.isEmpty() && contentLines.get(0).strip().equals(header)) {
      contentLines.remove(0);
    }
    if (found.isEmpty()) {
      String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
      String joined = String.join("\n", contentLines);
      return text + sep + "\n" + header + "\n" + joined + (joined.endsWith("\n") ? "" : "\n");
    }
    int start = found.get(0);
    int end = sectionEnd(lines, start, e.replaceSubsections());
    List<String> out = new ArrayList<>(lines.subList(0, start + 1));
    out.addAll(contentLines);
    if (end < lines.size()) {
      out.add("");
    }
    out.addAll(lines.subList(end, lines.size()));
    String result = String.join("\n", out);
    return text.endsWith("\n") && !result.endsWith("\n") ? result + "\n" : result;
  }

  private static String insertAround(String text, Edit e) throws NotesException {
    String header = header(e.section());
    List<String> lines = lines(text);
    List<Integer> found = headers(lines, header);
    if (found.isEmpty()) {
      throw new EditFailedException(
          "Section Not Found",
          "SECTION_NOT_FOUND",
          "Section '"
              + e.section()
              + "' not found in document. Use replace_section to create a new section.");
    }
    if (found.size() > 1) {
      throw duplicate(header);
    }
    int at = found.get(0);
    String content =
        e.content().endsWith("\n")
            ? e.content().substring(0, e.content().length() - 1)
            : e.content();
    List<String> insert = new java.util.ArrayList<>(lines(content));
    // a blank line keeps the text apart from a paragraph beside it, as basic-memory does
    if (e.operation().equals("insert_before_section")) {
      if (at > 0 && !lines.get(at - 1).isBlank()) {
        insert.add(0, "");
      }
      insert.add("");
      lines.addAll(at, insert);
    } else {
      if (at + 1 < lines.size() && !lines.get(at + 1).isBlank()) {
        insert.add("");
      }
      lines.addAll(at + 1, insert);
    }
    return String.join("\n", lines);
  }

  private static EditFailedException duplicate(String header) {
    return new EditFailedException(
        "Duplicate Section Headers",
        "DUPLICATE_SECTION",
        "Multiple sections found with header '"
            + header
            + "'. Section replacement requires unique headers.");
  }
}
