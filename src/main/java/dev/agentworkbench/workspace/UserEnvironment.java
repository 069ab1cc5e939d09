package dev.agentworkbench.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user's home folder and environment variables, passed around instead of read globally so that
 * tests can point the app at a temporary home.
 */
public record UserEnvironment(Path home, Map<String, String> variables) {

  public UserEnvironment {
    variables = Map.copyOf(variables);
  }

  public static UserEnvironment current() {
    return new UserEnvironment(Path.of(System.getProperty("user.home")), System.getenv());
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
  }

  /** Claude Code's home: {@code $CLAUDE_CONFIG_DIR}, else {@code ~/.claude}. */
  public Path claudeHome() {
    return variable("CLAUDE_CONFIG_DIR").map(Path::of).orElse(home.resolve(".claude"));
  }

  /**
   * Where this app keeps settings, caches and indexes: {@code $AGENT_WORKBENCH_HOME}, else the XDG
   * config folder.
   */
  public Path appHome() {
    return variable("AGENT_WORKBENCH_HOME")
        .map(Path::of)
        .orElseGet(
            () ->
                variable("XDG_CONFIG_HOME")
                    .map(Path::of)
                    .orElse(home.resolve(".config"))
                    .resolve("agent-workbench"));
  }
}
