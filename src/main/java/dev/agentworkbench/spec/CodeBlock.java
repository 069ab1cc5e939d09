package dev.agentworkbench.spec;

/** A fenced code block: its language (info string's first word, may be empty) and lines. */
public record CodeBlock(String language, String content, int firstLine, int lastLine) {}
