package dev.agentworkbench.quality.parse;

/** Reads one tool's output into findings and a verdict. */
public interface OutputParser {
  ParsedOutput parse(ToolOutput output);
}
