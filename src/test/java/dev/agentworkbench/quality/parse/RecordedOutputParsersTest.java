package dev.agentworkbench.quality.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parsers on output recorded from the real tools (pyright 1.1.414, black 23.1.0, isort 5.6.4,
 * bandit 1.6.2, pytest 7.2.1) run on a make-pyrepo.sh repository at /tmp/q-rec; ruff's and the
 * SARIF sample are built from their documented formats.
 */
class RecordedOutputParsersTest {
  private static final Path ROOT = Path.of("/tmp/q-rec");

  static String recorded(String name) {
    try (InputStream in =
        RecordedOutputParsersTest.class.getResourceAsStream(
            "/dev/agentworkbench/quality/recorded/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ToolOutput out(String tool, int exit, String stdout, String stderr) {
    return ToolOutput.of(tool, exit, stdout, stderr, ROOT);
  }

  @Test
  void pyrightTypeErrorIsOneBasedAndRelative() {
    ParsedOutput p = new PyrightParser().parse(out("pyright", 1, recorded("pyright.json"), ""));
    assertEquals(CheckStatus.FAILED, p.status());
    assertEquals(1, p.findings().size());
    Finding f = p.findings().get(0);
    assertEquals("reportAssignmentType", f.rule());
    assertEquals("src/scorer.py", f.file());
    assertEquals(10, f.line());
    assertEquals(18, f.column());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains("not assignable to declared type \"int\""), f.message());
  }

  @Test
  void pyrightExit4WithoutJsonIsAnError() {
    ParsedOutput p =
        new PyrightParser().parse(out("pyright", 4, recorded("pyright-missing-file.txt"), ""));
    assertEquals(CheckStatus.ERROR, p.status());
    assertTrue(p.message().orElseThrow().contains("does not exist"));
  }

  @Test
  void blackListsFilesItWouldReformat() {
    ParsedOutput p = new BlackParser().parse(out("black", 1, "", recorded("black.stderr")));
    assertEquals(CheckStatus.FAILED, p.status());
    assertEquals(
        List.of("src/features.py", "tests/test_scorer.py"),
        p.findings().stream().map(Finding::file).toList());
    assertTrue(p.findings().get(0).fixAvailable());
  }

  @Test
  void blackExit123IsCouldNotParse() {
    ParsedOutput p = new BlackParser().parse(out("black", 123, "", recorded("black-123.stderr")));
    assertEquals(CheckStatus.ERROR, p.status());
    assertTrue(p.message().orElseThrow().contains("could not parse 1 file"));
    Finding cannot =
        p.findings().stream().filter(f -> f.rule().equals("cannot-parse")).findFirst().get();
    assertEquals("src/broken_syntax.py", cannot.file());
    assertEquals(1, cannot.line());
    assertEquals(11, cannot.column());
  }

  @Test
  void isortNamesScorer() {
    ParsedOutput p = new IsortParser().parse(out("isort", 1, "", recorded("isort.stderr")));
    assertEquals(CheckStatus.FAILED, p.status());
    assertEquals(List.of("src/scorer.py"), p.findings().stream().map(Finding::file).toList());
  }

  @Test
  void banditReportsTheThreeIssuesWithLines() {
    ParsedOutput p = new BanditParser().parse(out("bandit", 1, recorded("bandit.json"), ""));
    assertEquals(CheckStatus.FAILED, p.status());
    assertEquals(
        List.of("B301 src/data loader.py:6", "B307 src/features.py:8", "B602 src/scorer.py:15"),
        p.findings().stream().map(f -> f.rule() + " " + f.file() + ":" + f.line()).toList());
    assertEquals(Severity.ERROR, p.findings().get(2).severity());
    assertTrue(p.findings().get(2).helpUrl().isPresent());
  }

  @Test
  void pytestFailedTestBecomesFindingAtItsLine() {
    ToolOutput o =
        out("pytest", 1, recorded("pytest.stdout"), "").withReport(recorded("pytest-junit.xml"));
    ParsedOutput p = new JUnitParser(true).parse(o);
    assertEquals(CheckStatus.FAILED, p.status());
    assertEquals(1, p.findings().size());
    Finding f = p.findings().get(0);
    assertEquals("test_threshold_is_half", f.rule());
    assertEquals("tests/test_scorer.py", f.file());
    assertEquals(10, f.line());
    assertTrue(f.message().contains("assert 0.7 == 0.5"), f.message());
  }

  @Test
  void pytestExit5IsNoTestsCollectedNotAPass() {
    ToolOutput o = out("pytest", 5, "", "").withReport(recorded("pytest-no-tests.xml"));
    ParsedOutput p = new JUnitParser(true).parse(o);
    assertEquals(CheckStatus.NOTHING_TO_CHECK, p.status());
    assertTrue(p.message().orElseThrow().contains("no tests collected"));
  }

  @Test
  void ruffJsonWithFixAndSyntaxError() {
    ParsedOutput p = new RuffParser().parse(out("ruff", 1, recorded("ruff.json"), ""));
    assertEquals(CheckStatus.FAILED, p.status());
    Finding f401 = p.findings().get(0);
    assertEquals("F401", f401.rule());
    assertEquals("src/scorer.py", f401.file());
    assertEquals(2, f401.line());
    assertEquals(8, f401.column());
    assertTrue(f401.fixAvailable());
    assertEquals("https://docs.astral.sh/ruff/rules/unused-import", f401.helpUrl().get());
    assertEquals("invalid-syntax", p.findings().get(1).rule());
    assertTrue(p.findings().get(1).helpUrl().isEmpty());
  }

  @Test
  void ruffOlderFormatWithoutSeverityOrName() {
    ParsedOutput p = new RuffParser().parse(out("ruff", 1, recorded("ruff-old.json"), ""));
    assertEquals("E501 src/features.py:4:89", describe(p.findings().get(0)));
  }

  @Test
  void ruffExit2IsError() {
    ParsedOutput p = new RuffParser().parse(out("ruff", 2, "", "ruff failed\n  Cause: bad config"));
    assertEquals(CheckStatus.ERROR, p.status());
  }

  @Test
  void sarifFromCustomCheck() {
    ParsedOutput p = new SarifParser().parse(out("semgrep", 0, recorded("custom.sarif"), ""));
    assertEquals(CheckStatus.FAILED, p.status());
    assertEquals(
        "python.lang.security.audit.eval-detected src/features.py:8:12",
        describe(p.findings().get(0)));
    assertEquals("src/data loader.py", p.findings().get(1).file());
    assertEquals(Severity.WARNING, p.findings().get(1).severity());
  }

  @Test
  void jsonLinesBothShapes() {
    ParsedOutput p = new JsonLinesParser().parse(out("mine", 1, recorded("custom.jsonl"), ""));
    assertEquals(
        List.of("no-shell src/scorer.py:15:5", "X1 src/-dash.py:2:1"),
        p.findings().stream().map(RecordedOutputParsersTest::describe).toList());
  }

  @Test
  void exitCodeOnly() {
    assertEquals(CheckStatus.PASSED, new ExitCodeParser().parse(out("x", 0, "ok", "")).status());
    ParsedOutput failed = new ExitCodeParser().parse(out("x", 3, "", "line one\nbad thing"));
    assertEquals(CheckStatus.FAILED, failed.status());
    assertTrue(failed.findings().get(0).message().endsWith("bad thing"));
  }

  private static String describe(Finding f) {
    return f.rule() + " " + f.file() + ":" + f.line() + ":" + f.column();
  }
}
