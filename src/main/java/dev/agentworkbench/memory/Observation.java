package dev.agentworkbench.memory;

import java.util.List;
import java.util.Optional;

/** A fact in a note: {@code - [category] content #tag (context)}; tags stay inside content. */
public record Observation(
    String category, String content, List<String> tags, Optional<String> context) {
  public Observation {
    tags = List.copyOf(tags);
  }
}
