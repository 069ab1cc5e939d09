package dev.agentworkbench.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.spec.CatalogEntry.Scope;
import dev.agentworkbench.spec.CatalogEntry.Status;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fixture file is handled as its name suggests. */
class FixtureSpecsTest {
  @TempDir Path temp;
  Path agents;
  Workspace workspace;
  final SpecService service = new SpecService();

  @BeforeEach
  void setUp() throws Exception {
    Path project = Fixtures.copy("agents/project", temp);
    Path home = Fixtures.copy("agents/user-home", temp);
    agents = project.resolve(".claude/agents");
    workspace = new WorkspaceLocator(new UserEnvironment(home, Map.of())).open(project);
  }

  private List<String> rules(String relative) throws Exception {
    return service.lint(agents.resolve(relative)).stream().map(Diagnostic::rule).toList();
  }

  @Test
  void catalogAppliesPrecedenceAndFlagsNonAgents() throws Exception {
    AgentCatalog catalog = service.catalog(workspace);
    Map<String, Status> project =
        catalog.entries().stream()
            .filter(e -> e.scope() == Scope.PROJECT)
            .collect(
                Collectors.toMap(e -> e.file().getFileName().toString(), CatalogEntry::status));
    assertEquals(Status.NOT_AGENT, project.get("README.md"));
    assertEquals(Status.NOT_LOADED, project.get("data-engineer.md"));
    assertEquals(Status.NOT_LOADED, project.get("docs-writer.md"));
    assertEquals(Status.NOT_LOADED, project.get("ui-designer.md"));
    assertEquals(Status.ACTIVE, project.get("machine-learning-engineer.md"));
    assertEquals(Status.ACTIVE, project.get("release-manager.md"));
    assertEquals(Status.ACTIVE, project.get("security-auditor.md"));
    CatalogEntry personal =
        catalog.entries().stream()
            .filter(e -> e.scope() == Scope.USER && e.name().equals("security-auditor"))
            .findFirst()
            .orElseThrow();
    assertEquals(Status.SHADOWED, personal.status());
    assertTrue(personal.shadowedBy().orElseThrow().endsWith("security/security-auditor.md"));
    assertEquals(Status.ACTIVE, catalog.active("code-reviewer").orElseThrow().status());
    assertFalse(catalog.agents().stream().anyMatch(e -> e.name().equals("README")));
    assertEquals(Scope.PROJECT, catalog.active("security-auditor").orElseThrow().scope());
    List<String> unknown =
        catalog.active("machine-learning-engineer").orElseThrow().diagnostics().stream()
            .filter(d -> d.rule().equals("ATTR001"))
            .map(Diagnostic::message)
            .toList();
    assertEquals(6, unknown.size());
    assertTrue(unknown.get(0).contains("@security-specialist"));
  }

  @Test
  void duplicateNamesInOneTreeAreFlagged() throws Exception {
    Files.writeString(
        agents.resolve("data/second-auditor.md"),
        "---\nname: security-auditor\ndescription: A second copy.\n---\n\nBody\n");
    AgentCatalog catalog = service.catalog(workspace);
    CatalogEntry dup =
        catalog.entries().stream()
            .filter(e -> e.scope() == Scope.PROJECT && e.status() == Status.DUPLICATE)
            .findFirst()
            .orElseThrow();
    assertEquals("security-auditor", dup.name());
    assertTrue(
        dup.diagnostics().stream()
            .anyMatch(d -> d.rule().equals("FM006") && d.message().contains("Duplicate")));
  }

  @Test
  void readmeIsNotAnAgent() throws Exception {
    assertEquals(List.of("FM011"), rules("README.md"));
  }

  @Test
  void dataEngineerBreaksStrictYamlAndHasEveryToolDefect() throws Exception {
    List<Diagnostic> ds = service.lint(agents.resolve("data/data-engineer.md"));
    Diagnostic yaml = ds.stream().filter(d -> d.rule().equals("FM004")).findFirst().orElseThrow();
    assertEquals(3, yaml.line());
    assertEquals(Severity.ERROR, yaml.severity());
    assertTrue(
        ds.stream().anyMatch(d -> d.rule().equals("FM009") && d.message().contains("magenta")));
    assertEquals(2, ds.stream().filter(d -> d.rule().equals("FM008")).count());
    assertTrue(
        ds.stream().anyMatch(d -> d.message().contains("`basic_memory` is spelled differently")));
    assertTrue(ds.stream().anyMatch(d -> d.message().contains("`LS`")));
    assertTrue(ds.stream().anyMatch(d -> d.message().contains("`MultiEdit`")));

    SpecFixer.Result r = service.fixFile(agents.resolve("data/data-engineer.md"));
    assertTrue(r.changed());
    SpecDocument fixed =
        SpecParser.parse(Files.readString(agents.resolve("data/data-engineer.md")));
    AgentReading effective = AgentReader.effective(fixed);
    assertTrue(effective.loaded(), effective.notLoadedReason().orElse(""));
    assertEquals(
        "Builds batch and streaming pipelines. Triggers on: \"ETL\", \"Kafka\", \"Spark\"\n",
        effective.description());
    assertTrue(effective.tools().contains("mcp__basic-memory__write_note"));
    assertEquals("true", effective.otherKeys().get("proactive"));
  }

  @Test
  void docsWriterIsNeverClosedAndTheFixClosesIt() throws Exception {
    SpecFile spec = service.read(agents.resolve("docs-writer.md"));
    AgentReading effective = service.effective(spec.document());
    assertFalse(effective.loaded());
    assertEquals(
        "The frontmatter is never closed, so Claude Code does not load this agent.",
        effective.notLoadedReason().orElseThrow());
    assertEquals("docs-writer", service.intended(spec.document()).name());
    assertEquals(List.of("FM002"), rules("docs-writer.md"));
    service.fixFile(agents.resolve("docs-writer.md"));
    String text = Files.readString(agents.resolve("docs-writer.md"));
    assertTrue(
        text.startsWith(
            "---\nname: docs-writer\ndescription: Writes and reviews documentation.\ntools: Read, Edit\n---\n\n# Docs Writer\n"));
    assertTrue(service.effective(SpecParser.parse(text)).loaded());
  }

  @Test
  void uiDesignerHasNoFrontmatterSoItIsNotLoaded() throws Exception {
    SpecDocument doc = service.read(agents.resolve("frontend/ui-designer.md")).document();
    assertEquals(
        "The file has no frontmatter, so Claude Code does not load this agent.",
        service.effective(doc).notLoadedReason().orElseThrow());
    assertEquals(List.of("FM001"), rules("frontend/ui-designer.md"));
    assertEquals(
        "feat(ui): description - @ui-designer",
        service.policies(doc).attribution().exampleSubjects().get(0));
  }

  @Test
  void releaseManagerHasWindows1252Mojibake() throws Exception {
    List<Diagnostic> ds = service.lint(agents.resolve("release-manager.md"));
    assertEquals(6, ds.size());
    assertTrue(
        ds.stream()
            .allMatch(d -> d.rule().equals("ENC001") && d.message().contains("Windows-1252")));
    service.fixFile(agents.resolve("release-manager.md"));
    String text = Files.readString(agents.resolve("release-manager.md"));
    assertTrue(text.contains("## ✅ Release checklist\n\n🚨 Never tag without a green build 🚨"));
    assertTrue(text.contains("- 🔒 Sign the tag — keep the key offline"));
  }

  @Test
  void securityAuditorIsCleanAndStatesItsPolicies() throws Exception {
    assertEquals(List.of(), rules("security/security-auditor.md"));
    var p =
        service.policies(service.read(agents.resolve("security/security-auditor.md")).document());
    assertEquals(List.of("security/findings"), p.memory().folderHints());
    assertEquals(
        List.of(List.of("bandit", "-ll"), List.of("ruff", "check")),
        p.checks().checks().stream().map(c -> c.argv()).toList());
    assertEquals(
        List.of(
            "fix(auth): reject expired refresh tokens - @security-auditor @machine-learning-engineer"),
        p.attribution().exampleSubjects());
  }

  @Test
  void userCodeReviewerIsCleanAndStatesTheFormat() throws Exception {
    Path file = workspace.userAgentDir().resolve("code-reviewer.md");
    assertEquals(List.of(), service.lint(file));
    var p = service.policies(service.read(file).document());
    assertEquals("type(scope): description - @agent1 @agent2", p.attribution().subjectFormat());
    assertTrue(p.checks().isDefault());
    assertTrue(p.memory().isDefault());
  }
}
