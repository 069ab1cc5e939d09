package dev.agentworkbench.spec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tolerant spec parser: reads any text (or any bytes) into a {@link SpecDocument} without ever
 * throwing, keeping line positions of the frontmatter keys, headings and code blocks.
 */
public final class SpecParser {
  static final Pattern KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(?:[ \\t]|$)");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})[ \\t]*([^`\\s]*)");

  private enum Kind {
    KEY,
    INDENTED,
    LIST,
    HEADING,
    COMMENT,
    BLANK,
    OTHER
  }

  private SpecParser() {}

  /** Decodes bytes as UTF-8 (malformed input replaced, and remembered) and parses them. */
  public static SpecDocument parse(byte[] bytes) {
    boolean valid = true;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      valid = false; // kept as a fact about the file: the linter reports it and withholds fixes
    }
    return parse(new String(bytes, StandardCharsets.UTF_8), valid);
  }

  public static SpecDocument parse(String text) {
    return parse(text, true);
  }

  private static SpecDocument parse(String text, boolean validUtf8) {
    LineMap lines = new LineMap(text);
    int first = firstContentLine(lines);
    Frontmatter fm = Frontmatter.none();
    int junk = 0;
    if (first > 0 && isFence(strip(lines.content(first)))) {
      junk = lines.start(first) == 0 && text.startsWith("\uFEFF") ? 1 : lines.start(first);
      fm = frontmatter(lines, first);
    }
    int bodyFrom = fm.present() ? fm.closeLine().orElse(fm.intendedEndLine()) + 1 : 1;
    List<Heading> headings = new ArrayList<>();
    List<CodeBlock> blocks = new ArrayList<>();
    outline(lines, bodyFrom, headings, blocks);
    return new SpecDocument(text, lines, fm, headings, blocks, junk, validUtf8);
  }

  private static String strip(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals("---");
  }

  /** The first line that is not blank (a BOM alone counts as blank); 0 for an empty text. */
  private static int firstContentLine(LineMap lines) {
    for (int i = 1; i <= lines.count(); i++) {
      if (!strip(lines.content(i)).isBlank()) {
        return i;
      }
    }
    return 0;
  }

  private static Kind kind(String line) {
    if (line.isBlank()) {
      return Kind.BLANK;
    }
    char c = line.charAt(0);
    if (c == ' ' || c == '\t') {
      return Kind.INDENTED;
    }
    if (c == '-' && (line.length() == 1 || line.charAt(1) == ' ')) {
      return Kind.LIST;
    }
    if (c == '#') {
      return atx(line) != null && line.length() > atxLevel(line) ? Kind.HEADING : Kind.COMMENT;
    }
    return KEY.matcher(line).find() ? Kind.KEY : Kind.OTHER;
  }

  private static Frontmatter frontmatter(LineMap lines, int open) {
    int n = lines.count();
    Optional<Integer> close = Optional.empty();
    int lastYaml = open;
    Optional<Integer> prose = Optional.empty();
    Kind previous = Kind.BLANK;
    for (int i = open + 1; i <= n; i++) {
      String line = lines.content(i);
      if (isFence(line)) {
        close = Optional.of(i);
        break;
      }
      Kind k = kind(line);
      if (prose.isEmpty()) {
        boolean continuation =
            k == Kind.OTHER && (previous == Kind.KEY || previous == Kind.INDENTED);
        if (k == Kind.OTHER && !continuation) {
          prose = Optional.of(i);
        } else if (k == Kind.KEY || k == Kind.INDENTED || k == Kind.LIST || continuation) {
          lastYaml = i;
          k = continuation ? Kind.INDENTED : k;
        }
      }
      previous = k;
    }
    if (close.isPresent() && prose.isEmpty()) {
      lastYaml = close.get() - 1;
    }
    int end = lastYaml;
    List<Integer> swallowed = new ArrayList<>();
    for (int i = open + 1; i <= end; i++) {
      if (kind(lines.content(i)) == Kind.HEADING) {
        swallowed.add(i);
      }
    }
    return new Frontmatter(
        open, lines.start(open), close, end, entries(lines, open, end), swallowed, prose);
  }

  private static List<FrontmatterEntry> entries(LineMap lines, int open, int end) {
    List<FrontmatterEntry> entries = new ArrayList<>();
    for (int i = open + 1; i <= end; i++) {
      String line = lines.content(i);
      var m = KEY.matcher(line);
      if (kind(line) != Kind.KEY || !m.find()) {
        continue;
      }
      int j = i;
      while (j + 1 <= end) {
        Kind k = kind(lines.content(j + 1));
        boolean more = k == Kind.INDENTED || k == Kind.LIST || k == Kind.OTHER;
        if (!more) {
          break;
        }
        j++;
      }
      int valueStart = lines.start(i) + m.end();
      while (valueStart < lines.contentEnd(i) && lines.text().charAt(valueStart) == ' ') {
        valueStart++;
      }
      int valueEnd = Math.max(valueStart, lines.contentEnd(j));
      entries.add(
          new FrontmatterEntry(
              m.group(1),
              lines.text().substring(valueStart, valueEnd),
              i,
              lines.start(i),
              valueStart,
              valueEnd));
      i = j;
    }
    return entries;
  }

  private static void outline(
      LineMap lines, int from, List<Heading> headings, List<CodeBlock> blocks) {
    List<int[]> open = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    String fence = null;
    String language = "";
    int fenceLine = 0;
    int n = lines.count();
    String text = lines.text();
    for (int i = Math.max(1, from); i <= n; i++) {
      // most lines are prose: look at their first character before cutting them out
      int start = lines.start(i);
      int end = lines.contentEnd(i);
      if (fence != null) {
        int k = start;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k == end || text.charAt(k) != fence.charAt(0)) {
          continue;
        }
        String t = text.substring(start, end).strip();
        char fc = fence.charAt(0);
        if (t.startsWith(fence) && t.chars().allMatch(c -> c == fc)) {
          blocks.add(block(lines, language, fenceLine, i));
          fence = null;
        }
        continue;
      }
      char c0 = start < end ? text.charAt(start) : '\n';
      if (c0 != '`' && c0 != '~' && c0 != ' ' && c0 != '#') {
        continue;
      }
      String line = text.substring(start, end);
      var f = FENCE.matcher(line);
      if (c0 != '#' && f.lookingAt()) {
        fence = f.group(1);
        language = f.group(2);
        fenceLine = i;
        continue;
      }
      String h = atx(line);
      if (h != null) {
        open.add(new int[] {atxLevel(line), i});
        texts.add(h);
      }
    }
    if (fence != null) {
      blocks.add(block(lines, language, fenceLine, n + 1));
    }
    int last = n > 1 && lines.content(n).isEmpty() ? n - 1 : n;
    sections(open, texts, last, headings);
  }

  /** Each heading's section ends before the next heading of its level or higher (one pass). */
  private static void sections(
      List<int[]> open, List<String> texts, int last, List<Heading> headings) {
    int[] ends = new int[open.size()];
    java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>();
    for (int k = 0; k < open.size(); k++) {
      int level = open.get(k)[0];
      while (!pending.isEmpty() && open.get(pending.peek())[0] >= level) {
        ends[pending.pop()] = open.get(k)[1] - 1;
      }
      pending.push(k);
    }
    while (!pending.isEmpty()) {
      ends[pending.pop()] = last;
    }
    for (int k = 0; k < open.size(); k++) {
      headings.add(
          new Heading(
              open.get(k)[0], texts.get(k), open.get(k)[1], Math.max(ends[k], open.get(k)[1])));
    }
  }

  /** Level of an ATX heading line (its run of {@code #} after up to three spaces). */
  private static int atxLevel(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    int level = 0;
    while (i + level < line.length() && line.charAt(i + level) == '#') {
      level++;
    }
    return level;
  }

  /** The text of an ATX heading line, or null when the line is not one. */
  static String atx(String line) {
    int indent = 0;
    while (indent < line.length() && indent < 3 && line.charAt(indent) == ' ') {
      indent++;
    }
    int level = atxLevel(line);
    if (level < 1 || level > 6) {
      return null;
    }
    int after = indent + level;
    if (after < line.length() && line.charAt(after) != ' ' && line.charAt(after) != '\t') {
      return null;
    }
    String rest = line.substring(after).strip();
    int end = rest.length();
    while (end > 0 && rest.charAt(end - 1) == '#') {
      end--;
    }
    if (end == 0 || rest.charAt(end - 1) == ' ' || rest.charAt(end - 1) == '\t') {
      rest = rest.substring(0, end).strip();
    }
    return rest;
  }

  private static CodeBlock block(LineMap lines, String language, int open, int close) {
    int from = Math.min(open + 1, lines.count());
    int to = Math.min(close - 1, lines.count());
    String content = to < from ? "" : lines.text().substring(lines.start(from), lines.end(to));
    return new CodeBlock(language, content, open, Math.min(close, lines.count()));
  }
}
