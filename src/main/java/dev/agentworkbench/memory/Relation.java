package dev.agentworkbench.memory;

import java.util.Optional;

/** A typed link from a note to a target name: {@code - type [[Target]] (context)}. */
public record Relation(String type, String target, Optional<String> context) {}
