package dev.agentworkbench.commit;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders the agents to credit by the strength of the evidence: 1. transcripts (subagents whose
 * edits since the last commit touched files in the change; the main session counts as the active
 * agent), 2. the active agent, 3. agents credited in earlier commits of the same files, 4. the
 * spec's collaborators. An agent found by several kinds of evidence keeps its first place and
 * collects every reason.
 */
public final class AgentSuggester {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private static final class Entry {
    final List<String> reasons = new ArrayList<>();
    final Set<String> files = new LinkedHashSet<>();
  }

  /** Evidence 1: transcript edits of changed files (paths relative to the repository). */
  public AgentSuggester transcripts(
      List<AgentEdit> edits, Path repositoryRoot, Set<String> changed, Optional<String> active) {
    Path root = real(repositoryRoot);
    for (AgentEdit e : edits) {
      String rel = root.relativize(e.file()).toString().replace('\\', '/');
      if (!changed.contains(rel)) {
        continue;
      }
      Optional<String> agent = e.agent().or(() -> active);
      if (agent.isEmpty()) {
        continue;
      }
      String who = e.mainSession() ? "the main Claude Code session (the active agent)" : "it";
      String reason =
          "Claude Code transcript: "
              + e.tool()
              + " of "
              + rel
              + " at "
              + WHEN.format(e.time())
              + " (session "
              + e.sessionId().substring(0, Math.min(8, e.sessionId().length()))
              + (e.mainSession() ? ", by " + who : "")
              + ")";
      add(agent.get(), reason, List.of(rel));
    }
    return this;
  }

  /** Evidence 2: the workspace's active agent. */
  public AgentSuggester activeAgent(Optional<String> active) {
    active.ifPresent(a -> add(a, "the workspace's active agent", List.of()));
    return this;
  }

  /** Evidence 3: agents credited in earlier commits that touched changed files. */
  public AgentSuggester history(Map<String, Map<String, String>> creditsByFile) {
    for (var file : creditsByFile.entrySet()) {
      for (var credit : file.getValue().entrySet()) {
        add(
            credit.getKey(),
            "credited in earlier commit " + credit.getValue() + " that touched " + file.getKey(),
            List.of(file.getKey()));
      }
    }
    return this;
  }

  /** Evidence 4: the spec's collaborators. */
  public AgentSuggester collaborators(List<String> collaborators) {
    for (String c : collaborators) {
      add(c, "named as a collaborator in the agent spec", List.of());
    }
    return this;
  }

  private void add(String agent, String reason, List<String> files) {
    Entry e = entries.computeIfAbsent(agent, k -> new Entry());
    if (!e.reasons.contains(reason)) {
      e.reasons.add(reason);
    }
    e.files.addAll(files);
  }

  public List<AgentSuggestion> result() {
    List<AgentSuggestion> out = new ArrayList<>();
    entries.forEach(
        (agent, e) -> out.add(new AgentSuggestion(agent, e.reasons, List.copyOf(e.files))));
    return out;
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (java.io.IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
