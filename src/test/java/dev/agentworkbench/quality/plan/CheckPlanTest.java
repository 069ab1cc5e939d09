package dev.agentworkbench.quality.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.spec.policy.QualityPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan from the seed policy and the user's settings; patterns; typed commands. */
class CheckPlanTest {
  @TempDir Path home;

  @Test
  void seedPlanHasSixPythonChecksFromTheDefaults() {
    CheckPlan plan =
        CheckPlanner.plan(
            QualityPolicy.defaults(),
            Optional.empty(),
            Optional.empty(),
            false,
            RepoQualitySettings.empty());
    assertEquals(
        List.of("pyright", "black", "isort", "ruff", "bandit", "pytest"),
        plan.checks().stream().map(PlannedCheck::name).toList());
    assertFalse(plan.needsTrust());
    assertTrue(plan.checks().stream().allMatch(c -> c.pattern().equals(FilePattern.PYTHON)));
    assertEquals(OutputKind.JUNIT_XML, plan.check("pytest").get().output());
    assertFalse(plan.check("pytest").get().takesFiles());
    assertEquals(List.of("bandit", "-ll"), plan.check("bandit").get().argv());
  }

  @Test
  void patternsMatchNamesAnywhereOrPathsFromTheRoot() {
    assertTrue(FilePattern.PYTHON.matches("src/data loader.py"));
    assertTrue(FilePattern.PYTHON.matches("src/-dash.py"));
    assertFalse(FilePattern.PYTHON.matches("README.md"));
    assertTrue(new FilePattern("src/**.py").matches("src/a/b.py"));
    assertFalse(new FilePattern("src/**.py").matches("tests/b.py"));
  }

  @Test
  void typedCommandsSplitOnSpacesAndKeepQuotedSpaces() {
    assertEquals(
        List.of("semgrep", "--config", "my rules.yml", "--sarif"),
        ArgumentList.parse("semgrep --config \"my rules.yml\"  --sarif"));
    assertEquals(List.of("echo", "a|b", "$HOME"), ArgumentList.parse("echo 'a|b' $HOME"));
    assertThrows(IllegalArgumentException.class, () -> ArgumentList.parse("echo 'oops"));
  }

  @Test
  void settingsRoundTripUnderTheAppHome() throws Exception {
    QualitySettingsStore store = new QualitySettingsStore(home);
    Path repo = Path.of("/some/repo");
    RepoQualitySettings s =
        RepoQualitySettings.empty()
            .withEnabled("ruff", false)
            .withCustom(
                new CustomCheck(
                    "semgrep",
                    List.of("semgrep", "--sarif"),
                    new FilePattern("*.py"),
                    OutputKind.SARIF,
                    true))
            .withToolPath("pyright", Optional.of("/opt/pyright/node_modules/.bin"));
    store.save(repo, s);
    assertTrue(store.fileFor(repo).startsWith(home));
    RepoQualitySettings back = store.load(repo);
    assertEquals(Set.of("ruff"), back.disabled());
    assertEquals(s.custom(), back.custom());
    assertEquals(Map.of("pyright", "/opt/pyright/node_modules/.bin"), back.toolPaths());
  }
}
