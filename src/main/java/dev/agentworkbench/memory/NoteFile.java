package dev.agentworkbench.memory;

/** A note read for editing: its full text and the checksum a later save checks against. */
public record NoteFile(Note note, String text, String checksum) {}
