package dev.agentworkbench.cli;

import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.NotesService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A listed note's warnings (binary, not UTF-8, frontmatter that cannot be read, too large to
 * parse), which basic-memory's contract has listed with the note: a short line in text, the full
 * warnings as an extra {@code warnings} array in JSON on such results only.
 */
final class NoteWarnings {
  private NoteWarnings() {}

  /** The warnings of the note at this path; empty when it has none or is not a note. */
  static List<String> of(NotesService notes, String filePath) {
    return notes.byPath(filePath).map(NoteSummary::warnings).orElse(List.of());
  }

  /**
   * The warnings, each cut to its first clause ("not valid UTF-8", "note is 51 MB"), on one line;
   * `read` gives them whole.
   */
  static String shortLine(List<String> warnings) {
    return "warning: "
        + warnings.stream().map(NoteWarnings::firstClause).collect(Collectors.joining("; "))
        + " (read the note for more)";
  }

  private static String firstClause(String warning) {
    int cut = warning.length();
    for (String end : List.of(": ", "; ", " (")) {
      int at = warning.indexOf(end);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    return warning.substring(0, cut);
  }

  /** Adds the note's warnings to a JSON result, only when it has some. */
  static void addTo(Map<String, Object> result, List<String> warnings) {
    if (!warnings.isEmpty()) {
      result.put("warnings", warnings);
    }
  }
}
