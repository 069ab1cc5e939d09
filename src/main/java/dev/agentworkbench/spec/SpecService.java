package dev.agentworkbench.spec;

import dev.agentworkbench.spec.policy.SpecPolicies;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceLocator;
import dev.agentworkbench.workspace.files.AtomicFileWriter;
import dev.agentworkbench.workspace.files.FileVersion;
import dev.agentworkbench.workspace.files.WriteConflictException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one door to agent specs, for the UI and the CLI alike: catalog, read, lint, fix, policies,
 * the active agent, save and create.
 */
public final class SpecService {
  public static final String SAMPLE_RESOURCE =
      "/dev/agentworkbench/spec/sample/machine-learning-engineer.md";
  public static final String SAMPLE_NAME = "machine-learning-engineer";

  /**
   * The catalog of a workspace: project agents over user agents, duplicates and non-agents flagged.
   */
  public AgentCatalog catalog(Workspace workspace) throws IOException {
    return CatalogScanner.scan(workspace);
  }

  /** Reads and parses a spec file (never throws on its content; I/O errors are thrown). */
  public SpecFile read(Path file) throws IOException {
    if (Files.size(file) > CatalogScanner.MAX_BYTES) {
      throw new IOException(file + " is larger than 10 MB; an agent spec is never that large.");
    }
    FileVersion v = AtomicFileWriter.read(file);
    return new SpecFile(file, SpecParser.parse(v.content()), v.checksum());
  }

  /**
   * The lint context of a file: its path and the nearest {@code .mcp.json} up to its repository.
   */
  public LintContext contextFor(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    Optional<Path> repo = dir == null ? Optional.empty() : WorkspaceLocator.repositoryRoot(dir);
    Optional<Set<String>> servers =
        dir == null ? Optional.empty() : McpConfig.find(dir, repo.or(() -> projectRoot(dir)));
    return new LintContext(Optional.of(file), servers);
  }

  /** The folder holding {@code .claude}, when the file sits in {@code .claude/agents}. */
  private static Optional<Path> projectRoot(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals(".claude")) {
        return Optional.ofNullable(p.getParent());
      }
    }
    return Optional.empty();
  }

  public List<Diagnostic> lint(SpecDocument document, LintContext context) {
    return SpecLinter.lint(document, context);
  }

  public List<Diagnostic> lint(Path file) throws IOException {
    return lint(read(file).document(), contextFor(file));
  }

  /** Every safe fix applied to a text, re-linted between rounds. */
  public SpecFixer.Result fix(String text, LintContext context) {
    return SpecFixer.applyAll(text, context);
  }

  /** Applies every safe fix to a file in place (atomic, conflict-checked). */
  public SpecFixer.Result fixFile(Path file) throws IOException, WriteConflictException {
    SpecFile spec = read(file);
    if (!spec.document().validUtf8()) {
      return new SpecFixer.Result(spec.text(), List.of());
    }
    SpecFixer.Result result = fix(spec.text(), contextFor(file));
    if (result.changed()) {
      save(file, result.text(), spec.checksum());
    }
    return result;
  }

  public AgentReading effective(SpecDocument document) {
    return AgentReader.effective(document);
  }

  public AgentReading intended(SpecDocument document) {
    return AgentReader.intended(document);
  }

  public SpecPolicies policies(SpecDocument document) {
    return PolicyExtractor.extract(document);
  }

  /**
   * The active agent of a workspace: the project agent whose spec states the most policies (the
   * seed spec in a claude-007 style repo), the first in path order on a tie (max keeps the first of
   * equals); else the sample spec.
   */
  public ActiveSpec activeSpec(Workspace workspace) {
    try {
      AgentCatalog catalog = catalog(workspace);
      Optional<ActiveSpec> fromProject =
          catalog.agents().stream()
              .filter(e -> e.scope() == CatalogEntry.Scope.PROJECT)
              .filter(
                  e ->
                      e.status() == CatalogEntry.Status.ACTIVE
                          || e.status() == CatalogEntry.Status.NOT_LOADED)
              .map(this::asActive)
              .flatMap(Optional::stream)
              .max(Comparator.comparingInt(SpecService::statedPolicies));
      return fromProject.orElseGet(SpecService::sample);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not scan the agent folders of " + workspace.folder(), e);
    }
  }

  /** The active spec by name (the agent the user picked), else {@link #activeSpec(Workspace)}. */
  public ActiveSpec activeSpec(Workspace workspace, String name) throws IOException {
    Optional<CatalogEntry> e = catalog(workspace).active(name);
    if (e.isPresent()) {
      Optional<ActiveSpec> a = asActive(e.get());
      if (a.isPresent()) {
        return a.get();
      }
    }
    return activeSpec(workspace);
  }

  /** The policies of the workspace's active agent, or the stated defaults. */
  public SpecPolicies activePolicies(Workspace workspace) {
    ActiveSpec a = activeSpec(workspace);
    return a.sample() ? SpecPolicies.defaults() : policies(a.document());
  }

  private Optional<ActiveSpec> asActive(CatalogEntry e) {
    try {
      return Optional.of(
          new ActiveSpec(e.name(), Optional.of(e.file()), false, read(e.file()).document()));
    } catch (IOException ex) {
      return Optional.empty(); // the file vanished since the scan: it cannot be the active agent
    }
  }

  private static int statedPolicies(ActiveSpec a) {
    SpecPolicies p = PolicyExtractor.extract(a.document());
    return (p.memory().isDefault() ? 0 : 1)
        + (p.checks().isDefault() ? 0 : 1)
        + (p.attribution().isDefault() ? 0 : 1);
  }

  /** The bundled sample spec (the seed), for a workspace without agents. */
  public static ActiveSpec sample() {
    return new ActiveSpec(SAMPLE_NAME, Optional.empty(), true, SpecParser.parse(sampleText()));
  }

  public static String sampleText() {
    try (InputStream in = SpecService.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The sample spec is missing from the application: " + SAMPLE_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a spec the user edited; a conflict when it changed on disk since it was read. */
  public String save(Path file, String text, String checksumWhenRead)
      throws IOException, WriteConflictException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    AtomicFileWriter.replace(file, bytes, checksumWhenRead);
    return AtomicFileWriter.checksum(bytes);
  }

  /** Writes a new agent's spec into an agents folder; a conflict when the file exists. */
  public Path create(Path agentsDir, NewAgent agent) throws IOException, WriteConflictException {
    Path file = agentsDir.resolve(agent.name() + ".md");
    AtomicFileWriter.create(file, agent.render().getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** The spec files under a path: the file itself, or every {@code .md} below a folder. */
  public List<Path> specFiles(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return CatalogScanner.markdownFiles(path);
    }
    if (!Files.exists(path)) {
      throw new IOException(path + " does not exist.");
    }
    return List.of(path);
  }
}
