package dev.agentworkbench.spec;

import dev.agentworkbench.spec.policy.AttributionPolicy;
import java.util.List;
import java.util.regex.Pattern;

/** ATTR001: the attribution rule's own format and examples; BODY001: coercive phrasing. */
final class BodyRules {
  static final Pattern RULE =
      Pattern.compile("^[a-z]+(\\([^)]+\\))?!?: .+ - (@[a-z0-9][a-z0-9-]*\\s?)+$");
  private static final List<String> COERCIVE =
      List.of("your mother", "ultimate price", "billion-dollar", "you will be fired", "or you die");

  private static final boolean[] FIRST = firstLetters();

  private BodyRules() {}

  static void check(SpecDocument doc, List<Diagnostic> out) {
    AttributionPolicy a = PolicyExtractor.attribution(doc);
    if (!a.isDefault()) {
      attributionLine(doc, a.subjectFormat(), "format", out);
      a.exampleSubjects().forEach(e -> attributionLine(doc, e, "example", out));
    }
    int[] found = firstOccurrences(doc.text());
    for (int p = 0; p < COERCIVE.size(); p++) {
      String phrase = COERCIVE.get(p);
      int at = found[p];
      if (at >= 0) {
        out.add(
            Diagnostic.of(
                "BODY001",
                Severity.INFO,
                doc.lines(),
                at,
                "Coercive phrasing (\""
                    + phrase
                    + "\") does not make an agent more reliable;"
                    + " state the requirement plainly."));
      }
    }
  }

  /**
   * The first offset of each coercive phrase (or -1), ignoring case, in one pass over the text's
   * characters: no lower-cased copy of a 1 MB text, no pass per phrase.
   */
  static int[] firstOccurrences(String text) {
    int[] found = new int[COERCIVE.size()];
    java.util.Arrays.fill(found, -1);
    int missing = found.length;
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length && missing > 0; i++) {
      char c = chars[i];
      if (c >= 128 || !FIRST[c]) {
        continue;
      }
      for (int p = 0; p < found.length; p++) {
        String phrase = COERCIVE.get(p);
        if (found[p] < 0 && text.regionMatches(true, i, phrase, 0, phrase.length())) {
          found[p] = i;
          missing--;
        }
      }
    }
    return found;
  }

  private static boolean[] firstLetters() {
    boolean[] first = new boolean[128];
    for (String phrase : COERCIVE) {
      first[phrase.charAt(0)] = true;
      first[Character.toUpperCase(phrase.charAt(0))] = true;
    }
    return first;
  }

  private static void attributionLine(
      SpecDocument doc, String subject, String what, List<Diagnostic> out) {
    if (RULE.matcher(subject.strip()).matches()) {
      return;
    }
    int at = Math.max(0, doc.text().indexOf(subject));
    out.add(
        Diagnostic.of(
            "ATTR001",
            Severity.WARNING,
            doc.lines(),
            at,
            "The attribution "
                + what
                + " \""
                + subject
                + "\" does not have the form"
                + " `type(scope): description - @agent1 @agent2`; the commit room could not check"
                + " subjects against it. Write it in that form."));
  }
}
