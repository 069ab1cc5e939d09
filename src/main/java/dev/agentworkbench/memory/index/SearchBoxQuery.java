package dev.agentworkbench.memory.index;

import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.Timeframe;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What is typed in the room's search box: the text search (words, phrases, AND/OR/NOT, {@code
 * tag:}) with the filters the command line takes as options, written in the text: {@code type:}
 * (repeatable, any of them), {@code folder:} (that folder and below) and {@code after:} (an ISO
 * date or a timeframe such as {@code 7d}). A value with spaces is quoted: {@code after:"2 weeks"}.
 * Inside a quoted phrase nothing is a filter.
 */
public record SearchBoxQuery(
    String text, List<String> types, Optional<String> folder, Optional<String> after) {

  public SearchBoxQuery {
    types = List.copyOf(types);
  }

  private static final List<String> FILTERS = List.of("type:", "folder:", "after:");

  /** Splits the filters from the text; the rest of the text is kept as typed. */
  public static SearchBoxQuery parse(String typed) {
    StringBuilder text = new StringBuilder();
    List<String> types = new ArrayList<>();
    String folder = null;
    String after = null;
    int i = 0;
    boolean inPhrase = false;
    while (i < typed.length()) {
      char c = typed.charAt(i);
      boolean wordStart = i == 0 || Character.isWhitespace(typed.charAt(i - 1));
      String filter = inPhrase || !wordStart ? null : filterAt(typed, i);
      if (filter == null) {
        if (c == '"') {
          inPhrase = !inPhrase;
        }
        text.append(c);
        i++;
        continue;
      }
      int from = i + filter.length();
      int to;
      String value;
      if (from < typed.length() && typed.charAt(from) == '"') {
        int close = typed.indexOf('"', from + 1);
        to = close < 0 ? typed.length() : close + 1;
        value = typed.substring(from + 1, close < 0 ? typed.length() : close);
      } else {
        to = from;
        while (to < typed.length() && !Character.isWhitespace(typed.charAt(to))) {
          to++;
        }
        value = typed.substring(from, to);
      }
      value = value.strip();
      if (!value.isEmpty()) {
        switch (filter) {
          case "type:" -> types.add(value);
          case "folder:" -> folder = value.replaceAll("^/+|/+$", "");
          default -> after = value;
        }
      }
      i = to;
    }
    return new SearchBoxQuery(
        text.toString().strip().replaceAll("\\s{2,}", " "),
        types,
        Optional.ofNullable(folder).filter(f -> !f.isEmpty()),
        Optional.ofNullable(after));
  }

  private static String filterAt(String typed, int at) {
    for (String f : FILTERS) {
      if (typed.regionMatches(true, at, f, 0, f.length())) {
        return f;
      }
    }
    return null;
  }

  /** Whether anything is asked: words or a filter. */
  public boolean isEmpty() {
    return text.isBlank() && types.isEmpty() && folder.isEmpty() && after.isEmpty();
  }

  /**
   * What keeps the text from finding anything as a query ("AND needs a word after it"), as
   * basic-memory's search reads it; empty when the text is a query.
   */
  public Optional<String> problem() {
    return text.isBlank() ? Optional.empty() : QueryTranslator.problemOf(text);
  }

  /**
   * The search, one page of {@code pageSize} results; a date that is neither an ISO date nor a
   * timeframe is refused with what to write instead.
   */
  public SearchRequest request(int pageSize, Instant now, ZoneId zone) throws NotesException {
    Optional<Instant> since = Optional.empty();
    if (after.isPresent()) {
      try {
        since = Optional.of(Timeframe.after(after.get(), now, zone));
      } catch (NotesException e) {
        throw new NotesException(
            "Error",
            e.code(),
            "after:"
                + after.get()
                + " is not a date: write an ISO date (after:2025-03-01) or a timeframe"
                + " (after:7d, after:\"2 weeks\").");
      }
    }
    return new SearchRequest(text, "text", types, List.of(), folder, since, 1, pageSize);
  }

  /**
   * The filters in words, for the results' summary: "of type experiment, in ml/, changed within
   * 7d".
   */
  public String filtersInWords() {
    List<String> parts = new ArrayList<>();
    if (!types.isEmpty()) {
      parts.add("of type " + String.join(" or ", types));
    }
    folder.ifPresent(f -> parts.add("in " + f + "/"));
    after.ifPresent(
        a ->
            parts.add(
                (a.matches("\\d{4}-\\d\\d-\\d\\d.*") ? "changed since " : "changed within ")
                    + a.toLowerCase(Locale.ROOT)));
    return String.join(", ", parts);
  }
}
