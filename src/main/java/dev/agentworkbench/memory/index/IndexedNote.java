package dev.agentworkbench.memory.index;

import dev.agentworkbench.memory.NoteSummary;

/** A note's summary as stored in the index, with the file facts used to spot stale entries. */
public record IndexedNote(NoteSummary summary, long mtime, long size) {}
