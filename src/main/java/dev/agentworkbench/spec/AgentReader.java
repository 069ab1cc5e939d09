package dev.agentworkbench.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the effective and the intended reading of a spec. */
public final class AgentReader {
  private static final Set<String> SHOWN = Set.of("name", "description", "tools", "model", "color");

  private AgentReader() {}

  /** What Claude Code loads, with strict YAML semantics. */
  public static AgentReading effective(SpecDocument doc) {
    Frontmatter fm = doc.frontmatter();
    List<String> dropped =
        fm.swallowedHeadings().stream().map(h -> doc.lines().content(h).strip()).toList();
    if (!fm.present()) {
      return notLoaded(
          "The file has no frontmatter, so Claude Code does not load this agent.", doc);
    }
    if (doc.blankLinesBeforeFrontmatter()) {
      return notLoaded(
          "The frontmatter does not start at the first byte, so Claude Code does not load this agent.",
          doc);
    }
    if (!fm.closed()) {
      return notLoaded(
          "The frontmatter is never closed, so Claude Code does not load this agent.", doc);
    }
    StrictYaml.Result yaml = StrictYaml.frontmatter(doc);
    if (!yaml.ok()) {
      StrictYaml.YamlError e = yaml.error().get();
      return notLoaded(
          "The frontmatter is not valid YAML (line "
              + e.line()
              + ": "
              + e.problem()
              + "), so Claude Code does not load this agent.",
          doc);
    }
    Map<String, Object> map = yaml.mapping();
    String name = string(map.get("name"));
    String description = string(map.get("description"));
    Optional<String> reason = Optional.empty();
    if (name.isBlank()) {
      reason =
          Optional.of("The frontmatter has no `name`, so Claude Code does not load this agent.");
    } else if (description.isBlank()) {
      reason =
          Optional.of(
              "The frontmatter has no `description`, so Claude Code does not load this agent.");
    }
    Map<String, String> other = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (!SHOWN.contains(k)) {
            other.put(k, string(v));
          }
        });
    return new AgentReading(
        reason.isEmpty(),
        reason,
        name,
        description,
        false,
        tools(map.get("tools")),
        optional(map.get("model")),
        optional(map.get("color")),
        other,
        dropped,
        doc.effectiveBody());
  }

  /** What the author meant: the tolerant reading. */
  public static AgentReading intended(SpecDocument doc) {
    Frontmatter fm = doc.frontmatter();
    String name = fm.entry("name").map(FrontmatterEntry::text).orElse("");
    String description = fm.entry("description").map(FrontmatterEntry::text).orElse("");
    Optional<String> recovered = RoleSection.recovery(doc, description);
    if (description.isBlank()) {
      recovered = RoleSection.firstParagraph(doc);
    }
    List<String> tools =
        fm.entry("tools").map(e -> ScalarText.list(e.rawValue())).orElse(List.of());
    Map<String, String> other = new LinkedHashMap<>();
    for (FrontmatterEntry e : fm.entries()) {
      if (!SHOWN.contains(e.key())) {
        other.put(e.key(), e.text());
      }
    }
    return new AgentReading(
        true,
        Optional.empty(),
        name,
        recovered.orElse(description),
        recovered.isPresent(),
        tools,
        fm.entry("model").map(FrontmatterEntry::text),
        fm.entry("color").map(FrontmatterEntry::text),
        other,
        List.of(),
        doc.intendedBody());
  }

  private static AgentReading notLoaded(String reason, SpecDocument doc) {
    return new AgentReading(
        false,
        Optional.of(reason),
        "",
        "",
        false,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        List.of(),
        "");
  }

  private static String string(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  private static Optional<String> optional(Object o) {
    return Optional.ofNullable(o).map(String::valueOf);
  }

  private static List<String> tools(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x).strip()));
    } else if (o != null) {
      for (String s : String.valueOf(o).split(",")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }
}
