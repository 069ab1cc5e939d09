package dev.agentworkbench.commit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A successful file edit found in a Claude Code transcript: who made it (a subagent type, or empty
 * for the main session), the file, when, with which tool, and in which session.
 */
public record AgentEdit(
    Optional<String> agent, Path file, Instant time, String tool, String sessionId) {

  public boolean mainSession() {
    return agent.isEmpty();
  }
}
