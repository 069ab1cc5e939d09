package dev.agentworkbench.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.commit.WorkbenchLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit-msg hook: where it goes, how it chains, and that terminal commits obey it. */
class HookInstallerTest {
  @TempDir Path temp;

  @Test
  void honoursCoreHooksPathAndChainsAnExistingHook() throws Exception {
    TestRepo repo = TestRepo.init(temp.resolve("r"));
    repo.git("config", "core.hooksPath", "tools/hooks");
    Path existing = repo.write("tools/hooks/commit-msg", "#!/bin/sh\necho earlier hook\n");
    existing.toFile().setExecutable(true);

    HookInstall install = repo.service().installCommitMsgHook(List.of("/opt/workbench"));

    assertEquals(repo.root().resolve("tools/hooks/commit-msg"), install.hook());
    Path chained = repo.root().resolve("tools/hooks/" + HookInstaller.CHAINED);
    assertEquals(chained, install.chained().orElseThrow());
    assertTrue(Files.readString(chained).contains("earlier hook"));
    String script = Files.readString(install.hook());
    assertTrue(script.contains("exec '/opt/workbench' commit-msg check \"$1\""), script);
    assertTrue(Files.isExecutable(install.hook()));

    HookInstall again = repo.service().installCommitMsgHook(List.of("/opt/workbench"));
    assertTrue(again.updated(), "reinstalling rewrites our own hook, it does not chain it");
    assertTrue(Files.readString(chained).contains("earlier hook"));
  }

  @Test
  void aTerminalCommitThatBreaksTheRuleIsRejectedWithTheReason() throws Exception {
    TestRepo repo = TestRepo.init(temp.resolve("r"));
    repo.write("a.txt", "a\n");
    repo.git("add", "a.txt");
    repo.service()
        .installCommitMsgHook(WorkbenchLauncher.javaCommand(System.getProperty("java.class.path")));

    var rejected = repo.run(null, "commit", "-q", "-m", "fix: x");
    assertEquals(1, rejected.exitCode(), rejected.stdoutText());
    assertTrue(rejected.stderrText().contains("No agent is credited"), rejected.stderrText());
    assertEquals(1, repo.run(null, "rev-parse", "--verify", "-q", "HEAD").exitCode());

    var accepted = repo.run(null, "commit", "-q", "-m", "fix: x - @security-auditor");
    assertEquals(0, accepted.exitCode(), accepted.stderrText());
  }
}
