package dev.agentworkbench.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.git.GitService;
import dev.agentworkbench.git.TestRepo;
import dev.agentworkbench.spec.policy.AttributionPolicy;
import dev.agentworkbench.spec.policy.SourceLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions from the sample Claude home, and the commit they lead to. */
class AttributionSuggestionsTest {
  @TempDir Path temp;

  private static CommitService service(ClaudeHomeFixture.Setup s, CommitContext ctx) {
    return new CommitService(new GitService(s.repo().root()), ctx);
  }

  @Test
  void transcriptsPrefillTheTwoSubagentsWithTheirFiles() throws Exception {
    ClaudeHomeFixture.Setup s = ClaudeHomeFixture.create(temp);
    CommitService service = service(s, CommitContext.defaults(s.claudeHome(), List.of()));

    List<AgentSuggestion> suggestions = service.suggestAgents(service.status());

    assertEquals(
        List.of("machine-learning-engineer", "security-auditor"),
        suggestions.stream().map(AgentSuggestion::agent).toList());
    assertEquals(List.of("models/scorer.py"), suggestions.get(0).files());
    assertEquals(List.of("api/token_guard.py"), suggestions.get(1).files());
    assertTrue(suggestions.get(0).reasons().get(0).contains("Edit of models/scorer.py"));
    assertTrue(suggestions.get(1).reasons().get(0).contains("Write of api/token_guard.py"));

    CommitMessage message =
        CommitMessage.of(
            "fix",
            "models",
            "retune threshold",
            suggestions.stream().map(AgentSuggestion::agent).toList());
    service.commit(message, CommitOptions.plain());
    assertEquals(
        "fix(models): retune threshold - @machine-learning-engineer @security-auditor",
        s.repo().git("log", "-1", "--format=%s").strip());
  }

  @Test
  void weakerEvidenceFollowsInOrder() throws Exception {
    ClaudeHomeFixture.Setup s =
        ClaudeHomeFixture.create(temp, "feat(api): first version - @backend-developer");
    s.repo().write("api/auth.py", "def check(token, expected):\n    return False\n");
    s.repo().git("add", "-A");
    var policy =
        new AttributionPolicy(
            AttributionPolicy.SEED_FORMAT,
            List.of(),
            List.of("code-reviewer"),
            false,
            SourceLines.DEFAULT);
    var ctx =
        new CommitContext(
            policy, List.of(), Optional.of("backend-lead"), s.claudeHome(), CommitGate.none());
    List<AgentSuggestion> suggestions = service(s, ctx).suggestAgents(service(s, ctx).status());
    assertEquals(
        List.of(
            "machine-learning-engineer",
            "security-auditor",
            "backend-lead",
            "backend-developer",
            "code-reviewer"),
        suggestions.stream().map(AgentSuggestion::agent).toList());
    assertTrue(suggestions.get(3).reasons().get(0).contains("earlier commit"));
    assertEquals(List.of("api/auth.py", "models/scorer.py"), suggestions.get(3).files());
  }

  @Test
  void editsBeforeTheLastCommitDoNotCount() throws Exception {
    ClaudeHomeFixture.Setup s = ClaudeHomeFixture.create(temp);
    s.repo().env("GIT_COMMITTER_DATE", "2026-09-15T00:00:00Z");
    s.repo().commitAll("chore: later - @someone");
    s.repo().write("models/scorer.py", "DEFAULT_THRESHOLD = 0.8\n");
    CommitService service = service(s, CommitContext.defaults(s.claudeHome(), List.of()));
    assertTrue(
        service.suggestAgents(service.status()).stream()
            .noneMatch(a -> a.agent().equals("machine-learning-engineer")));
  }

  @Test
  void theInlineLayoutGivesTheSameAgents() throws Exception {
    ClaudeHomeFixture.Setup s = ClaudeHomeFixture.create(temp);
    Path projects = s.claudeHome().resolve("projects");
    Path folder;
    try (var list = Files.list(projects)) {
      folder = list.findFirst().orElseThrow();
    }
    // Replace the subagents layout with the older single-file layout.
    try (var walk = Files.walk(folder)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Files.createDirectories(folder);
    Files.move(
        s.claudeHome().resolve("inline-layout-sample.jsonl"), folder.resolve("session.jsonl"));
    List<AgentEdit> edits =
        new TranscriptReader(s.claudeHome()).edits(s.repo().root(), Optional.empty());
    assertEquals(
        List.of("machine-learning-engineer", "security-auditor"),
        edits.stream().map(e -> e.agent().orElseThrow()).toList());
  }

  @Test
  void sessionsOfOtherRepositoriesAreIgnored() throws Exception {
    ClaudeHomeFixture.Setup s = ClaudeHomeFixture.create(temp);
    TestRepo other = TestRepo.init(temp.resolve("other"));
    assertEquals(
        List.of(), new TranscriptReader(s.claudeHome()).edits(other.root(), Optional.empty()));
  }
}
