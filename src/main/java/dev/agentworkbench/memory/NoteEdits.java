package dev.agentworkbench.memory;

import dev.agentworkbench.memory.parse.Frontmatter;
import java.util.ArrayList;
import java.util.List;

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

  private NoteEdits() {}

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
    return head + content + sep + body;
  }

  private static String findReplace(String text, Edit e) throws NotesException {
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
    if (count == 0) {
      throw new EditFailedException(
          "Text Not Found", "TEXT_NOT_FOUND", "Text to replace not found: '" + find + "'");
    }
    if (count != e.expectedReplacements()) {
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
    List<String> insert = lines(content);
    if (e.operation().equals("insert_before_section")) {
      lines.addAll(at, insert);
    } else {
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
