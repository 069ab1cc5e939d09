package dev.agentworkbench.memory;

/** What a write, edit or move did: created or updated, the note as now on disk, its checksum. */
public record WriteResult(String action, Note note, String checksum, int unresolvedRelations) {}
