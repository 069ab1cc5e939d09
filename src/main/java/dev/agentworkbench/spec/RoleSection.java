package dev.agentworkbench.spec;

import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code ## Role} section's first paragraph: where a truncated description comes from. */
public final class RoleSection {
  private static final Pattern ROLE =
      Pattern.compile("^(role|purpose|overview)\\b", Pattern.CASE_INSENSITIVE);

  private RoleSection() {}

  /** The first paragraph of the Role section, whitespace collapsed. */
  public static Optional<String> firstParagraph(SpecDocument doc) {
    Optional<Heading> role = doc.heading(ROLE);
    if (role.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    LineMap lines = doc.lines();
    for (int i = role.get().line() + 1;
        i <= role.get().sectionEndLine() && i <= lines.count();
        i++) {
      String line = lines.content(i).strip();
      if (line.isEmpty()) {
        if (b.length() > 0) {
          break;
        }
        continue;
      }
      if (line.startsWith("#") || line.startsWith("```")) {
        break;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(line);
    }
    return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
  }

  /** The full description when {@code description} is a cut-off prefix of the Role paragraph. */
  public static Optional<String> recovery(SpecDocument doc, String description) {
    String d = description.strip().replaceAll("\\s+", " ");
    if (d.length() < 20) {
      return Optional.empty();
    }
    return firstParagraph(doc).filter(p -> p.length() > d.length() && p.startsWith(d));
  }
}
