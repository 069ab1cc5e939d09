package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.NoteExtensions;
import dev.agentworkbench.memory.NoteSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of the {@code [[} completion list: the notes whose title starts with (then contains)
 * the typed text, each with the link text that finds that very note from the note being edited.
 */
final class LinkChoices {
  /** At most this many entries. */
  static final int MOST = 12;

  /** One entry: what the list shows, and what goes between the brackets. */
  record Choice(String label, String link, String filePath) {}

  /** Resolves a link target as a wiki link from the note at the given path would. */
  interface Resolver {
    Optional<NoteSummary> resolve(String target, Optional<String> fromPath);
  }

  private LinkChoices() {}

  /**
   * The entries for {@code typed}. A title several notes hold is shown with each note's folder; the
   * link is the title where that finds the note from {@code fromPath} (basic-memory takes the note
   * closest to the linking one), else the note's path, else its permalink.
   */
  static List<Choice> of(
      String typed, Collection<NoteSummary> notes, Optional<String> fromPath, Resolver resolver) {
    String t = typed.toLowerCase(Locale.ROOT);
    List<NoteSummary> starts = new ArrayList<>();
    List<NoteSummary> contains = new ArrayList<>();
    Map<String, Integer> held = new HashMap<>();
    for (NoteSummary n : notes) {
      String title = n.title().toLowerCase(Locale.ROOT);
      if (title.startsWith(t)) {
        starts.add(n);
      } else if (title.contains(t)) {
        contains.add(n);
      } else {
        continue;
      }
      held.merge(n.title(), 1, Integer::sum);
    }
    Comparator<NoteSummary> order =
        Comparator.comparing(NoteSummary::title).thenComparing(NoteSummary::filePath);
    starts.sort(order);
    contains.sort(order);
    starts.addAll(contains);
    List<Choice> choices = new ArrayList<>();
    for (NoteSummary n : starts.subList(0, Math.min(MOST, starts.size()))) {
      String label = held.get(n.title()) > 1 ? n.title() + " \u00b7 " + where(n) : n.title();
      choices.add(new Choice(label, link(n, fromPath, resolver), n.filePath()));
    }
    return choices;
  }

  /** The note's folder as the list names it. */
  private static String where(NoteSummary n) {
    return n.folder().isEmpty() ? "project root" : n.folder() + "/";
  }

  /** The first of title, path without extension, path and permalink that resolves to the note. */
  private static String link(NoteSummary n, Optional<String> fromPath, Resolver resolver) {
    List<String> ways =
        List.of(n.title(), NoteExtensions.strip(n.filePath()), n.filePath(), n.permalink());
    for (String way : ways) {
      if (!way.isBlank()
          && resolver
              .resolve(way, fromPath)
              .filter(found -> found.filePath().equals(n.filePath()))
              .isPresent()) {
        return way;
      }
    }
    return n.permalink().isBlank() ? n.filePath() : n.permalink();
  }
}
