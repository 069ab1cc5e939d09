package dev.agentworkbench.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.git.GitService;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.WorkspaceLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollaboratorSuggestionsTest {
  @TempDir Path dir;

  @Test
  void onlyCollaboratorsThatAreAgentsOfTheWorkspaceArePrefilled() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path agents = Files.createDirectories(repo.resolve(".claude/agents"));
    // The active spec is the first in path order when no spec states more policies: helper.md.
    Files.writeString(
        agents.resolve("helper.md"),
        "---\nname: helper\ndescription: Helps.\n---\n\n"
            + "Works closely with @lead and @someone-never-installed.\n");
    Files.writeString(
        agents.resolve("lead.md"), "---\nname: lead\ndescription: Leads.\n---\n\nLeads.\n");
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      Files.writeString(repo.resolve("app.py"), "print('hi')\n");
      git.add().addFilepattern(".").call();
    }
    var workspace = new WorkspaceLocator(new UserEnvironment(dir, Map.of())).open(repo);
    CommitService service =
        new CommitService(
            new GitService(repo),
            CommitContext.forWorkspace(
                workspace, dir.resolve("no-claude-home"), Optional.empty(), CommitGate.none()));

    List<String> tags =
        service.suggestAgents(new GitService(repo).status()).stream()
            .map(AgentSuggestion::agent)
            .toList();

    assertEquals("helper", tags.get(0), "the active agent comes first");
    assertTrue(tags.contains("lead"), "a collaborator that is installed: " + tags);
    assertTrue(!tags.contains("someone-never-installed"), "not installed here: " + tags);
  }
}
