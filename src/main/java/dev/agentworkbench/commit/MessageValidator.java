package dev.agentworkbench.commit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a commit message against the spec's attribution rule and Conventional Commits: the header
 * shape, the type, the description, at least one agent tag, tags that are not in the agent catalog,
 * and the subject length (warning above 72, error above 100, tags included; commitlint's limits).
 * The room, the CLI and the commit-msg hook all use this one validator.
 */
public final class MessageValidator {
  private static final List<String> EXEMPT_PREFIXES =
      List.of("Merge ", "Revert \"", "fixup! ", "squash! ", "amend! ");

  private final AttributionRule rule;
  private final List<String> types;
  private final Set<String> catalog;

  /**
   * @param catalog the agents the workspace knows; empty means "unknown", and no tag is flagged
   */
  public MessageValidator(AttributionRule rule, List<String> types, List<String> catalog) {
    this.rule = rule;
    this.types = List.copyOf(types);
    this.catalog = Set.copyOf(catalog);
  }

  /** Removes comment lines and trailing blank lines, as git's default cleanup does. */
  public static String stripComments(String text) {
    List<String> kept = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      if (line.startsWith("# ------------------------ >8 ------------------------")) {
        break;
      }
      if (!line.startsWith("#")) {
        kept.add(line.stripTrailing());
      }
    }
    String joined = String.join("\n", kept).strip();
    return joined;
  }

  public MessageCheck check(String text) {
    String clean = stripComments(text);
    String[] lines = clean.split("\n", -1);
    String subject = lines[0];
    List<MessageProblem> problems = new ArrayList<>();
    if (clean.isEmpty()) {
      problems.add(MessageProblem.error("The message is empty. Write a subject line."));
      return new MessageCheck("", 0, problems);
    }
    if (EXEMPT_PREFIXES.stream().anyMatch(subject::startsWith)) {
      return new MessageCheck(subject, subject.length(), problems);
    }
    checkLength(subject, problems);
    var parsed = rule.parse(subject);
    if (parsed.isEmpty()) {
      problems.add(
          MessageProblem.error(
              "The subject must look like `"
                  + rule.format()
                  + "` (the agent spec's attribution rule), for example `feat(api): add login"
                  + rule.separator()
                  + rule.tag("backend-developer")
                  + "`."));
    } else {
      checkParts(parsed.get(), problems);
    }
    if (lines.length > 1 && !lines[1].isBlank()) {
      problems.add(MessageProblem.warning("Leave a blank line between the subject and the body."));
    }
    return new MessageCheck(subject, subject.length(), problems);
  }

  private static void checkLength(String subject, List<MessageProblem> problems) {
    int n = subject.length();
    if (n > MessageCheck.MAX_LENGTH) {
      problems.add(
          MessageProblem.error(
              "The subject is "
                  + n
                  + " characters long (tags included); the limit is "
                  + MessageCheck.MAX_LENGTH
                  + ". Shorten the description or credit fewer agents."));
    } else if (n > MessageCheck.WARN_LENGTH) {
      problems.add(
          MessageProblem.warning(
              "The subject is "
                  + n
                  + " characters long (tags included); keep it within "
                  + MessageCheck.WARN_LENGTH
                  + " where you can."));
    }
  }

  private void checkParts(AttributionRule.ParsedSubject p, List<MessageProblem> problems) {
    if (!p.type().equals(p.type().toLowerCase(Locale.ROOT))) {
      problems.add(MessageProblem.error("The type `" + p.type() + "` must be lower case."));
    } else if (!types.contains(p.type())) {
      problems.add(
          MessageProblem.warning(
              "`" + p.type() + "` is not a known type (" + String.join(", ", types) + ")."));
    }
    if (p.scope().isPresent() && p.scope().get().isBlank()) {
      problems.add(MessageProblem.error("The scope in parentheses is empty: fill it or drop it."));
    }
    String d = p.description();
    if (d.isBlank()) {
      problems.add(MessageProblem.error("The description after `type(scope): ` is empty."));
    } else {
      if (d.endsWith(".")) {
        problems.add(MessageProblem.warning("The description should not end with a full stop."));
      }
      if (Character.isUpperCase(d.charAt(0))) {
        problems.add(
            MessageProblem.warning("Start the description in lower case (Conventional Commits)."));
      }
    }
    checkAgents(p.agents(), problems);
  }

  private void checkAgents(List<String> agents, List<MessageProblem> problems) {
    if (agents.isEmpty()) {
      problems.add(
          MessageProblem.error(
              "No agent is credited: the attribution rule `"
                  + rule.format()
                  + "` asks for "
                  + rule.tagPrefix()
                  + "agent tags after `"
                  + rule.separator().strip()
                  + "` at the end of the subject."));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (String agent : agents) {
      if (!seen.add(agent)) {
        problems.add(MessageProblem.warning(rule.tag(agent) + " is credited twice."));
      }
      if (!catalog.isEmpty() && !catalog.contains(agent)) {
        problems.add(
            MessageProblem.warning(
                rule.tag(agent) + " is not an agent in this workspace's catalog."));
      }
    }
  }
}
