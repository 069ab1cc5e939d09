package dev.agentworkbench.commit;

import dev.agentworkbench.spec.policy.AttributionPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec's attribution format as a rule that composes and parses commit subjects: {@code
 * type(scope): description - @agent1 @agent2}. The separator between description and tags and the
 * tag prefix are read from the format; an unreadable format falls back to the seed's.
 */
public final class AttributionRule {
  private static final Pattern HEADER =
      Pattern.compile(
          "^(?<type>[A-Za-z][\\w-]*)(?:\\((?<scope>[^()]*)\\))?(?<bang>!)?: (?<rest>.*)$");

  private final String format;
  private final String separator;
  private final String prefix;
  private final Pattern tail;

  private AttributionRule(String format, String separator, String prefix) {
    this.format = format;
    this.separator = separator;
    this.prefix = prefix;
    this.tail =
        Pattern.compile(
            "^(?<desc>.*?)"
                + Pattern.quote(separator.strip()).replace("\\Q\\E", "")
                + "\\s*(?<tags>(?:"
                + Pattern.quote(prefix)
                + "[\\w.\\-]+\\s*)+)$");
  }

  public static AttributionRule seed() {
    return from(AttributionPolicy.defaults());
  }

  public static AttributionRule from(AttributionPolicy policy) {
    String format = policy.subjectFormat();
    int desc = format.indexOf("description");
    int tag = format.indexOf("agent1");
    if (desc < 0 || tag < 1 || tag <= desc) {
      return new AttributionRule(AttributionPolicy.SEED_FORMAT, " - ", "@");
    }
    int tagStart = tag - 1;
    while (tagStart > desc && !Character.isWhitespace(format.charAt(tagStart - 1))) {
      tagStart--;
    }
    String prefix = format.substring(tagStart, tag);
    String separator = format.substring(desc + "description".length(), tagStart);
    if (prefix.isEmpty() || separator.isBlank()) {
      return new AttributionRule(AttributionPolicy.SEED_FORMAT, " - ", "@");
    }
    return new AttributionRule(format, separator, prefix);
  }

  public String format() {
    return format;
  }

  public String separator() {
    return separator;
  }

  public String tagPrefix() {
    return prefix;
  }

  public String tag(String agent) {
    return prefix + agent;
  }

  /** The subject line for the parts. */
  public String subject(
      String type,
      Optional<String> scope,
      boolean breaking,
      String description,
      List<String> agents) {
    StringBuilder s = new StringBuilder(type.strip());
    scope
        .map(String::strip)
        .filter(x -> !x.isEmpty())
        .ifPresent(x -> s.append('(').append(x).append(')'));
    if (breaking) {
      s.append('!');
    }
    s.append(": ").append(description.strip());
    if (!agents.isEmpty()) {
      s.append(separator);
      s.append(String.join(" ", agents.stream().map(this::tag).toList()));
    }
    return s.toString();
  }

  /** The parts of a subject, when it has the {@code type(scope): ...} shape. */
  public Optional<ParsedSubject> parse(String subject) {
    Matcher m = HEADER.matcher(subject.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group("rest");
    String description = rest;
    List<String> agents = List.of();
    Matcher t = tail.matcher(rest);
    if (t.matches()) {
      description = t.group("desc").strip();
      agents =
          Arrays.stream(t.group("tags").strip().split("\\s+"))
              .map(x -> x.substring(prefix.length()))
              .toList();
    }
    return Optional.of(
        new ParsedSubject(
            m.group("type"),
            Optional.ofNullable(m.group("scope")),
            m.group("bang") != null,
            description,
            agents));
  }

  /** A subject taken apart. */
  public record ParsedSubject(
      String type,
      Optional<String> scope,
      boolean breaking,
      String description,
      List<String> agents) {
    public ParsedSubject {
      agents = List.copyOf(agents);
    }
  }
}
