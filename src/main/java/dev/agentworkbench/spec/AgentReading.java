package dev.agentworkbench.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One reading of a spec. The effective reading is what Claude Code loads (strict YAML; {@code
 * loaded} false with the reason when it skips the file); the intended reading is what the author
 * meant (swallowed headings shown, a truncated description recovered from ## Role).
 */
public record AgentReading(
    boolean loaded,
    Optional<String> notLoadedReason,
    String name,
    String description,
    boolean descriptionRecovered,
    List<String> tools,
    Optional<String> model,
    Optional<String> color,
    Map<String, String> otherKeys,
    List<String> droppedHeadings,
    String prompt) {

  public AgentReading {
    tools = List.copyOf(tools);
    otherKeys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(otherKeys));
    droppedHeadings = List.copyOf(droppedHeadings);
  }
}
