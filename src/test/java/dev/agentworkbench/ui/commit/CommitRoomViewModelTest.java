package dev.agentworkbench.ui.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.commit.ClaudeHomeFixture;
import dev.agentworkbench.commit.CommitContext;
import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.commit.GateState;
import dev.agentworkbench.commit.GateStatus;
import dev.agentworkbench.git.GitService;
import dev.agentworkbench.git.LineSelection;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The room's logic without a toolkit: pre-filled chips, live subject, gate, commit. */
class CommitRoomViewModelTest {
  @TempDir Path temp;

  private CommitRoomViewModel model(ClaudeHomeFixture.Setup s, CommitContext ctx) {
    CommitRoomViewModel m = new CommitRoomViewModel(new SameThreadWork());
    m.setService(Optional.of(new CommitService(new GitService(s.repo().root()), ctx)));
    return m;
  }

  @Test
  void chipsArePrefilledAndTheSubjectFollowsEdits() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    var m = model(s, CommitContext.defaults(s.claudeHome(), List.of()));
    assertEquals(List.of("machine-learning-engineer", "security-auditor"), m.agents());
    assertEquals(2, m.staged().size());
    assertEquals(List.of("api", "models"), m.scopes());
    assertEquals("api", m.scope().get(), "the first suggestion is pre-filled");
    m.scope().set("models");
    m.type().set("fix");
    m.description().set("retune threshold");
    assertEquals(
        "fix(models): retune threshold - @machine-learning-engineer @security-auditor",
        m.subject().get());
    assertTrue(m.messageOk().get());
    m.moveAgent("security-auditor", -1);
    assertTrue(m.subject().get().endsWith("@security-auditor @machine-learning-engineer"));
    m.removeAgent("security-auditor");
    m.removeAgent("machine-learning-engineer");
    assertFalse(m.messageOk().get());
    assertTrue(m.reasons("nobody").contains("Added by you"));
  }

  @Test
  void commitsAndShowsItInHistory() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    var m = model(s, CommitContext.defaults(s.claudeHome(), List.of()));
    m.type().set("fix");
    m.description().set("retune threshold");
    m.commit(false);
    assertEquals("", m.error().get());
    assertTrue(m.output().get().startsWith("Committed "));
    assertEquals(
        List.of("machine-learning-engineer", "security-auditor"), m.history().get(0).agents());
    assertEquals(1, m.activity().get().total("security-auditor"));
    m.agentFilter().set("security-auditor");
    assertEquals(1, m.filteredHistory().size());
    assertTrue(m.staged().isEmpty());
  }

  @Test
  void aFailingGateNeedsConfirmation() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    var ctx =
        CommitContext.defaults(s.claudeHome(), List.of())
            .withGate(() -> new GateStatus(GateState.FAILING, "2 checks fail"));
    var m = model(s, ctx);
    m.type().set("fix");
    m.description().set("x");
    assertTrue(m.commitNeedsConfirmation());
    m.commit(false);
    assertTrue(m.error().get().contains("Confirm"), m.error().get());
    m.commit(true);
    assertTrue(m.output().get().startsWith("Committed "), m.error().get());
  }

  @Test
  void aChangedIndexRefreshesAndAsksAgain() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    var m = model(s, CommitContext.defaults(s.claudeHome(), List.of()));
    m.type().set("fix");
    m.description().set("x");
    s.repo().write("api/auth.py", "changed behind our back\n");
    s.repo().git("add", "api/auth.py");
    m.commit(false);
    assertTrue(m.error().get().contains("changed since you reviewed"), m.error().get());
    assertEquals(3, m.staged().size(), "the list refreshed");
    m.commit(false);
    assertTrue(m.output().get().startsWith("Committed "));
  }

  @Test
  void linesOfTheSelectedDiffAreStaged() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    var m = model(s, CommitContext.defaults(s.claudeHome(), List.of()));
    s.repo().git("reset", "-q");
    m.refresh();
    var scorer =
        m.unstaged().stream().filter(c -> c.path().equals("models/scorer.py")).findFirst().get();
    m.select(scorer);
    assertEquals(1, m.diff().get().hunks().size());
    m.applyLines(m.diff().get().hunks().get(0).selectAll(), false);
    assertEquals(1, m.staged().size());
    m.select(m.staged().get(0));
    m.applyLines(LineSelection.of(m.diff().get().hunks().get(0).lines()), false);
    assertTrue(m.staged().isEmpty());
  }

  @Test
  void noticesExplainTheRepositoryState() throws Exception {
    var s = ClaudeHomeFixture.create(temp);
    s.repo().git("checkout", "-q", "--detach");
    var m = model(s, CommitContext.defaults(s.claudeHome(), List.of()));
    assertTrue(m.stateNotice().get().contains("Detached HEAD"));
  }

  @Test
  void amendStartsFromTheLastMessage() throws Exception {
    var s = ClaudeHomeFixture.create(temp, "fix(api): guard tokens - @security-auditor");
    var m = model(s, CommitContext.defaults(s.claudeHome(), List.of()));
    m.amend().set(true);
    assertEquals("fix", m.type().get());
    assertEquals("guard tokens", m.description().get());
    assertEquals(List.of("security-auditor"), m.agents());
  }
}
