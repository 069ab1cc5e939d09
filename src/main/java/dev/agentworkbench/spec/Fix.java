package dev.agentworkbench.spec;

import java.util.Comparator;
import java.util.List;

/** A one-click repair: a title saying what it does and the minimal text edits that do it. */
public record Fix(String title, List<TextEdit> edits) {
  public Fix {
    edits = List.copyOf(edits);
  }

  public static Fix of(String title, TextEdit... edits) {
    return new Fix(title, List.of(edits));
  }

  /** The text with this fix's edits applied; every other character stays as it was. */
  public String applyTo(String text) {
    StringBuilder out = new StringBuilder(text);
    List<TextEdit> sorted =
        edits.stream().sorted(Comparator.comparingInt(TextEdit::start).reversed()).toList();
    for (TextEdit e : sorted) {
      out.replace(e.start(), e.end(), e.replacement());
    }
    return out.toString();
  }

  public boolean overlaps(Fix other) {
    for (TextEdit a : edits) {
      for (TextEdit b : other.edits) {
        if (a.overlaps(b)) {
          return true;
        }
      }
    }
    return false;
  }
}
