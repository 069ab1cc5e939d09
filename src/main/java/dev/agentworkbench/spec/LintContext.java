package dev.agentworkbench.spec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What the linter knows beyond the file: its path (for the name-vs-filename check and non-agent
 * files) and the MCP servers configured in the workspace's {@code .mcp.json} (empty when unknown).
 */
public record LintContext(Optional<Path> file, Optional<Set<String>> mcpServers) {
  public LintContext {
    mcpServers = mcpServers.map(Set::copyOf);
  }

  public static LintContext none() {
    return new LintContext(Optional.empty(), Optional.empty());
  }

  public String fileStem() {
    return file.map(f -> f.getFileName().toString().replaceFirst("\\.[^.]*$", "")).orElse("");
  }
}
