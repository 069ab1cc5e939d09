package dev.agentworkbench.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.spec.policy.AttributionPolicy;
import dev.agentworkbench.spec.policy.SourceLines;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The message rule: composing, parsing and validating subjects. */
class MessageValidatorTest {
  private final AttributionRule rule = AttributionRule.seed();
  private final MessageValidator validator =
      new MessageValidator(
          rule,
          CommitTypes.of(AttributionPolicy.defaults(), rule),
          List.of("machine-learning-engineer", "security-auditor"));

  @Test
  void composesAndParsesTheSeedFormat() {
    String subject =
        rule.subject(
            "feat",
            Optional.of("auth"),
            false,
            "implement login",
            List.of("machine-learning-engineer", "security-auditor"));
    assertEquals(
        "feat(auth): implement login - @machine-learning-engineer @security-auditor", subject);
    var parsed = rule.parse(subject).orElseThrow();
    assertEquals("implement login", parsed.description());
    assertEquals(List.of("machine-learning-engineer", "security-auditor"), parsed.agents());
    assertEquals("re-run jobs", rule.parse("fix: re-run jobs - @a").orElseThrow().description());
  }

  @Test
  void aMessageWithoutTagsIsRejectedWithTheReason() {
    MessageCheck check = validator.check("fix: x\n");
    assertFalse(check.ok());
    assertTrue(check.errors().get(0).message().contains("No agent is credited"));
  }

  @Test
  void aGoodMessagePassesAndCommentsAreIgnored() {
    MessageCheck check =
        validator.check(
            "# Please enter\nfix(api): guard tokens - @security-auditor\n\nbody\n# x\n");
    assertTrue(check.ok(), check.problems().toString());
    assertEquals(List.of(), check.problems());
  }

  @Test
  void lengthWarnsAbove72AndFailsAbove100TagsIncluded() {
    String base = "feat(api): " + "d".repeat(40) + " - @security-auditor";
    assertTrue(base.length() <= 72);
    assertTrue(validator.check(base).problems().isEmpty());
    String warn = "feat(api): " + "d".repeat(50) + " - @security-auditor";
    MessageCheck w = validator.check(warn);
    assertTrue(w.ok());
    assertTrue(w.warnings().get(0).message().contains(warn.length() + " characters"));
    String error =
        "feat(api): " + "d".repeat(50) + " - @security-auditor @machine-learning-engineer";
    assertTrue(error.length() > 100);
    assertFalse(validator.check(error).ok());
  }

  @Test
  void unknownTagsAndTypesWarn() {
    MessageCheck check = validator.check("wip: thing - @ghost-writer");
    assertTrue(check.ok());
    assertEquals(2, check.warnings().size());
    assertTrue(check.warnings().get(1).message().contains("@ghost-writer"));
  }

  @Test
  void configTypeFromTheSpecExamplesIsKnown() {
    var policy =
        new AttributionPolicy(
            AttributionPolicy.SEED_FORMAT,
            List.of("infra(ci): cache deps - @devops"),
            List.of(),
            false,
            SourceLines.DEFAULT);
    List<String> types = CommitTypes.of(policy, rule);
    assertTrue(types.contains("config"));
    assertTrue(types.contains("infra"));
  }

  @Test
  void badShapeAndCaseAreErrors() {
    assertFalse(validator.check("Fix the thing").ok());
    assertFalse(validator.check("Feat(api): x - @security-auditor").ok());
    assertFalse(validator.check("").ok());
    assertTrue(validator.check("Merge branch 'main' into topic").ok());
  }

  @Test
  void scopesComeFromTheChangedFolders() {
    assertEquals(
        List.of("api", "models"),
        ScopeSuggester.suggest(List.of("api/a.py", "models/scorer.py", "api/b.py", "README.md")));
  }

  @Test
  void messageTextHasBodyAndFooters() {
    CommitMessage m =
        new CommitMessage(
            "feat",
            Optional.of("api"),
            true,
            "drop v1",
            List.of("security-auditor"),
            "Long story.",
            List.of(
                new Footer(Footer.BREAKING_CHANGE, "v1 is gone"), new Footer(Footer.REFS, "#12")));
    assertEquals(
        "feat(api)!: drop v1 - @security-auditor\n\nLong story.\n\n"
            + "BREAKING CHANGE: v1 is gone\nRefs: #12\n",
        m.text(rule));
    assertTrue(validator.check(m.text(rule)).ok());
  }
}
