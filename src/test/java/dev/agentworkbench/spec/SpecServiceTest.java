package dev.agentworkbench.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.spec.policy.SpecPolicies;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceLocator;
import dev.agentworkbench.workspace.files.WriteConflictException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecServiceTest {
  @TempDir Path temp;
  final SpecService service = new SpecService();

  private Workspace open(Path folder) throws IOException {
    Files.createDirectories(temp.resolve("home"));
    return new WorkspaceLocator(new UserEnvironment(temp.resolve("home"), Map.of())).open(folder);
  }

  @Test
  void activeAgentOfTheFixtureProjectIsTheSeed() throws IOException {
    Workspace ws = open(Fixtures.copy("agents/project", temp));
    ActiveSpec active = service.activeSpec(ws);
    assertEquals("machine-learning-engineer", active.name());
    assertFalse(active.sample());
    SpecPolicies p = service.activePolicies(ws);
    assertFalse(p.checks().isDefault());
    assertEquals(5, p.memory().tools().size());
  }

  @Test
  void workspaceWithoutAgentsGetsTheSampleAndTheDefaults() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Workspace ws = open(empty);
    ActiveSpec active = service.activeSpec(ws);
    assertTrue(active.sample());
    assertEquals("machine-learning-engineer", active.name());
    assertEquals(SpecPolicies.defaults(), service.activePolicies(ws));
    assertTrue(service.catalog(ws).entries().isEmpty());
  }

  @Test
  void newAgentSpecLintsClean() throws IOException, WriteConflictException {
    Path project = Fixtures.copy("agents/project", temp);
    NewAgent agent =
        new NewAgent(
            "api-reviewer",
            "Reviews HTTP APIs: naming, status codes and pagination. Use proactively.",
            List.of("Read", "Grep", "mcp__github__create_pull_request"),
            Optional.of("sonnet"),
            Optional.of("blue"));
    assertEquals(List.of(), agent.problems(List.of("docs-writer")));
    Path file = service.create(project.resolve(".claude/agents"), agent);
    assertEquals(List.of(), service.lint(file));
    AgentReading effective = service.effective(service.read(file).document());
    assertTrue(effective.loaded());
    assertEquals(agent.description(), effective.description());
    assertThrows(
        WriteConflictException.class,
        () -> service.create(project.resolve(".claude/agents"), agent));
  }

  @Test
  void newAgentFormRejectsBadNamesAndTakenNames() {
    NewAgent bad =
        new NewAgent("Data Engineer", "", List.of(), Optional.empty(), Optional.of("magenta"));
    assertEquals(3, bad.problems(List.of()).size());
    NewAgent taken =
        new NewAgent("docs-writer", "x", List.of(), Optional.empty(), Optional.empty());
    assertTrue(taken.problems(List.of("docs-writer")).get(0).contains("already exists"));
  }

  @Test
  void saveRefusesToOverwriteAFileChangedOnDisk() throws IOException, WriteConflictException {
    Path file = Fixtures.copy("agents/project/.claude/agents/docs-writer.md", temp);
    SpecFile spec = service.read(file);
    String checksum = service.save(file, spec.text() + "\nmore\n", spec.checksum());
    Files.writeString(file, "changed elsewhere");
    assertThrows(WriteConflictException.class, () -> service.save(file, "mine", checksum));
    assertEquals("changed elsewhere", Files.readString(file));
  }

  @Test
  void notUtf8FileGetsAnErrorAndNoFixes() throws IOException, WriteConflictException {
    Path file = temp.resolve("latin1.md");
    byte[] bytes =
        "---\nname: caf\u00e9\ndescription: x\n---\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(file, bytes);
    List<Diagnostic> ds = service.lint(file);
    assertTrue(ds.stream().anyMatch(d -> d.rule().equals("ENC002")));
    assertTrue(ds.stream().allMatch(d -> d.fix().isEmpty()));
    service.fixFile(file);
    assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)));
  }

  @Test
  void swallowedBodyIsReportedAndClosedAfterTheLastYamlLine() {
    String text =
        "---\nname: x-agent\ndescription: Does x.\n# X Agent\ntools: Read\n\n## Policy\n\nNever do y.\n\n---\n## Attribution\n";
    SpecDocument doc = SpecParser.parse(text);
    assertTrue(doc.frontmatter().swallowsBody());
    List<Diagnostic> ds = SpecLinter.lint(doc, LintContext.none());
    Diagnostic fm2 = ds.stream().filter(d -> d.rule().equals("FM002")).findFirst().orElseThrow();
    assertEquals(11, fm2.line());
    String fixed = SpecFixer.applyAll(text, LintContext.none()).text();
    assertTrue(
        fixed.startsWith(
            "---\nname: x-agent\ndescription: Does x.\ntools: Read\n---\n\n# X Agent\n"),
        fixed);
    assertTrue(AgentReader.effective(SpecParser.parse(fixed)).loaded());
  }

  @Test
  void misplacedFrontmatterAndEnumsAndNameFormat() {
    String text =
        "\n---\nname: My_Agent\ndescription: Does x.\nmodel: gpt-4\neffort: extreme\n---\nBody\n";
    List<String> rules =
        SpecLinter.lint(SpecParser.parse(text), LintContext.none()).stream()
            .map(Diagnostic::rule)
            .toList();
    assertEquals(List.of("FM001", "FM006", "FM009", "FM009"), rules);
  }

  @Test
  void byteOrderMarkIsAWarningWithAFixThatRemovesOnlyIt() {
    String text = "\uFEFF---\nname: bom-agent\ndescription: Has a BOM.\n---\nBody\n";
    List<Diagnostic> ds = SpecLinter.lint(SpecParser.parse(text), LintContext.none());
    assertEquals(List.of("FM001"), ds.stream().map(Diagnostic::rule).toList());
    assertEquals(Severity.WARNING, ds.get(0).severity());
    assertEquals(text.substring(1), SpecFixer.applyAll(text, LintContext.none()).text());
    assertTrue(AgentReader.effective(SpecParser.parse(text)).loaded());
  }
}
