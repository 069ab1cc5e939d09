package dev.agentworkbench.spec;

/** An ATX Markdown heading: level 1-6, its text, its 1-based line and where its section ends. */
public record Heading(int level, String text, int line, int sectionEndLine) {}
