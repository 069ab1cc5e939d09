package dev.agentworkbench.memory;

/**
 * A note read for editing: its full text and the checksum a later save checks against. {@code utf8}
 * is false when the file's bytes are not valid UTF-8: its text then shows "\uFFFD" for the bytes
 * that could not be read, and writing it back would lose them.
 */
public record NoteFile(Note note, String text, String checksum, boolean utf8) {}
