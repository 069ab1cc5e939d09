package dev.agentworkbench.spec;

import dev.agentworkbench.spec.policy.AttributionPolicy;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** ATTR001: the attribution rule's own format and examples; BODY001: coercive phrasing. */
final class BodyRules {
  static final Pattern RULE =
      Pattern.compile("^[a-z]+(\\([^)]+\\))?!?: .+ - (@[a-z0-9][a-z0-9-]*\\s?)+$");
  private static final List<String> COERCIVE =
      List.of("your mother", "ultimate price", "billion-dollar", "you will be fired", "or you die");

  private BodyRules() {}

  static void check(SpecDocument doc, List<Diagnostic> out) {
    AttributionPolicy a = PolicyExtractor.attribution(doc);
    if (!a.isDefault()) {
      attributionLine(doc, a.subjectFormat(), "format", out);
      a.exampleSubjects().forEach(e -> attributionLine(doc, e, "example", out));
    }
    String lower = doc.text().toLowerCase(Locale.ROOT);
    for (String phrase : COERCIVE) {
      int at = lower.indexOf(phrase);
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
