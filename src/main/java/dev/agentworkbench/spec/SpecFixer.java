package dev.agentworkbench.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies fixes as minimal text edits. {@link #applyAll} applies every safe fix, re-linting between
 * rounds so that fixes which touch the same place apply one after the other.
 */
public final class SpecFixer {
  /** Rules whose fixes never change what the author meant (renaming an agent is not one). */
  static final Set<String> SAFE_RULES =
      Set.of("ENC001", "FM001", "FM002", "FM003", "FM004", "FM005", "FM007", "FM010");

  private static final int MAX_ROUNDS = 12;

  /** One fix that was applied: its rule, the line it was found on, and what it did. */
  public record Applied(String rule, int line, String title) {}

  /** The repaired text and the fixes applied, in order. */
  public record Result(String text, List<Applied> applied) {
    public boolean changed() {
      return !applied.isEmpty();
    }
  }

  private SpecFixer() {}

  /** Applies one diagnostic's fix to the text it was found in. */
  public static String apply(String text, Diagnostic diagnostic) {
    return diagnostic.fix().map(f -> f.applyTo(text)).orElse(text);
  }

  public static Result applyAll(String text, LintContext context) {
    String current = text;
    List<Applied> applied = new ArrayList<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      SpecDocument doc = SpecParser.parse(current);
      List<Fix> chosen = new ArrayList<>();
      for (Diagnostic d : SpecLinter.lint(doc, context)) {
        if (d.fix().isEmpty() || !SAFE_RULES.contains(d.rule())) {
          continue;
        }
        Fix f = d.fix().get();
        if (chosen.stream().noneMatch(f::overlaps)) {
          chosen.add(f);
          applied.add(new Applied(d.rule(), d.line(), f.title()));
        }
      }
      if (chosen.isEmpty()) {
        break;
      }
      List<TextEdit> edits = new ArrayList<>();
      chosen.forEach(f -> edits.addAll(f.edits()));
      current = new Fix("all", edits).applyTo(current);
    }
    return new Result(current, applied);
  }
}
