package dev.agentworkbench.ui.spec;

import dev.agentworkbench.spec.Fix;
import dev.agentworkbench.spec.LineMap;
import dev.agentworkbench.spec.TextEdit;
import java.util.ArrayList;
import java.util.List;

/** A fix shown as a small unified diff: the lines it touches, before ("- ") and after ("+ "). */
public final class FixPreview {
  private FixPreview() {}

  public static List<String> lines(String text, Fix fix) {
    List<String> out = new ArrayList<>();
    if (fix.edits().isEmpty()) {
      return out;
    }
    int start = fix.edits().stream().mapToInt(TextEdit::start).min().orElse(0);
    int end = fix.edits().stream().mapToInt(TextEdit::end).max().orElse(0);
    LineMap before = new LineMap(text);
    int first = before.line(start);
    int last = before.line(end);
    String after = fix.applyTo(text);
    int delta = after.length() - text.length();
    LineMap afterMap = new LineMap(after);
    int lastAfter =
        afterMap.line(Math.max(0, Math.min(after.length(), before.contentEnd(last) + delta)));
    out.add("@@ line " + first + " @@");
    for (int i = first; i <= last; i++) {
      out.add("- " + before.content(i));
    }
    for (int i = first; i <= lastAfter; i++) {
      out.add("+ " + afterMap.content(i));
    }
    return out;
  }
}
