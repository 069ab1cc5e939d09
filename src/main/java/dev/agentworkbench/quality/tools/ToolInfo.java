package dev.agentworkbench.quality.tools;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A tool as found on this machine: where it is and its version, or how to install it.
 *
 * @param foundIn where it was found: "PATH", ".venv", "venv", "node_modules", "your setting"
 */
public record ToolInfo(
    String tool,
    Optional<Path> path,
    Optional<String> version,
    String foundIn,
    String installHint) {

  public boolean installed() {
    return path.isPresent();
  }

  public static ToolInfo missing(String tool) {
    return new ToolInfo(tool, Optional.empty(), Optional.empty(), "", InstallHints.forTool(tool));
  }
}
