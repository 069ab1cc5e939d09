package dev.agentworkbench.memory.links;

import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.Relation;

/** A relation from another note that resolves to this one. */
public record Backlink(NoteSummary source, Relation relation) {}
