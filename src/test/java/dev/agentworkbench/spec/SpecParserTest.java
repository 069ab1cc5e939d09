package dev.agentworkbench.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecParserTest {
  private static final String DOC =
      String.join(
          "\n",
          "---",
          "name: a",
          "description: b",
          "---",
          "# Title",
          "## One",
          "text",
          "### One.1",
          "```",
          "# not a heading",
          "```",
          "## Two",
          "  ## Indented two",
          "# Next",
          "end",
          "");

  @Test
  void eachSectionEndsBeforeTheNextHeadingOfItsLevelOrHigher() {
    List<Heading> h = SpecParser.parse(DOC).headings();
    assertEquals(
        List.of(
            new Heading(1, "Title", 5, 13),
            new Heading(2, "One", 6, 11),
            new Heading(3, "One.1", 8, 11),
            new Heading(2, "Two", 12, 12),
            new Heading(2, "Indented two", 13, 13),
            new Heading(1, "Next", 14, 15)),
        h);
    assertEquals(1, SpecParser.parse(DOC).codeBlocks().size());
  }

  @Test
  void coercivePhrasingIsFoundWhateverItsCase() {
    List<Diagnostic> ds =
        SpecLinter.lint(
            SpecParser.parse(DOC + "Do it right, or You Will Be Fired.\n"),
            new LintContext(Optional.empty(), Optional.empty()));
    assertEquals(
        List.of(16),
        ds.stream().filter(d -> d.rule().equals("BODY001")).map(Diagnostic::line).toList());
  }
}
