package dev.agentworkbench.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lints one spec against the rule set (FM001..FM011, ENC001/ENC002, ATTR001, BODY001). Never
 * throws: every input yields a list of diagnostics, sorted by position.
 */
public final class SpecLinter {
  private SpecLinter() {}

  public static List<Diagnostic> lint(SpecDocument doc, LintContext context) {
    List<Diagnostic> out = new ArrayList<>();
    EncodingRules.check(doc, out);
    if (NonAgentFiles.isNonAgent(doc, context)) {
      out.add(
          Diagnostic.of(
              "FM011",
              Severity.INFO,
              doc.lines(),
              0,
              "Not an agent: this Markdown file (README, template or notes) sits in an agents"
                  + " folder. Claude Code skips it; move it out of .claude/agents or give it"
                  + " frontmatter if it is meant to be an agent."));
    } else {
      FrontmatterRules.check(doc, context, out);
      ToolRules.check(doc, context, out);
      BodyRules.check(doc, out);
    }
    if (!doc.validUtf8()) {
      out.replaceAll(
          d ->
              new Diagnostic(
                  d.rule(),
                  d.severity(),
                  d.line(),
                  d.column(),
                  d.message(),
                  java.util.Optional.empty()));
    }
    out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return out;
  }

  public static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
