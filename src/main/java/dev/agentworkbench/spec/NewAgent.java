package dev.agentworkbench.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the new-agent form asks for; {@link #render()} writes a spec that lints clean. */
public record NewAgent(
    String name,
    String description,
    List<String> tools,
    Optional<String> model,
    Optional<String> color) {

  public NewAgent {
    tools = List.copyOf(tools);
  }

  /** What is wrong with the form's values, in words for the user; empty when it can be created. */
  public List<String> problems(java.util.Collection<String> takenNames) {
    List<String> problems = new ArrayList<>();
    if (!FrontmatterRules.NAME.matcher(name).matches()) {
      problems.add(
          "The name must be lowercase letters, digits and hyphens, for example data-engineer.");
    } else if (takenNames.contains(name)) {
      problems.add("An agent called " + name + " already exists. Pick another name.");
    }
    if (description.isBlank()) {
      problems.add("Write a description: it tells Claude when to delegate to this agent.");
    }
    model
        .filter(m -> !FrontmatterRules.ENUMS.get("model").contains(m) && !m.startsWith("claude-"))
        .ifPresent(m -> problems.add("Unknown model " + m + "."));
    color
        .filter(c -> !FrontmatterRules.ENUMS.get("color").contains(c))
        .ifPresent(c -> problems.add("Unknown colour " + c + "."));
    return problems;
  }

  /** The spec's text: frontmatter in the documented key order, a title and a Role section. */
  public String render() {
    StringBuilder b = new StringBuilder("---\n");
    b.append("name: ").append(name).append('\n');
    b.append("description: ").append(YamlScalar.format(description.strip())).append('\n');
    if (!tools.isEmpty()) {
      b.append("tools: ").append(String.join(", ", tools)).append('\n');
    }
    model.ifPresent(m -> b.append("model: ").append(m).append('\n'));
    color.ifPresent(c -> b.append("color: ").append(c).append('\n'));
    b.append("---\n\n# ")
        .append(title())
        .append("\n\n## Role\n")
        .append(description.strip())
        .append('\n');
    return b.toString();
  }

  private String title() {
    StringBuilder t = new StringBuilder();
    for (String part : name.split("-")) {
      if (!part.isEmpty()) {
        t.append(t.length() == 0 ? "" : " ")
            .append(Character.toUpperCase(part.charAt(0)))
            .append(part.substring(1));
      }
    }
    return t.toString();
  }
}
