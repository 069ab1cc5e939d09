package dev.agentworkbench.spec;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The agents of a workspace in precedence order (project folders nearest first, then the user's),
 * with the MCP servers its {@code .mcp.json} configures.
 */
public record AgentCatalog(List<CatalogEntry> entries, Optional<Set<String>> mcpServers) {
  public AgentCatalog {
    entries = List.copyOf(entries);
  }

  /** The agent files (README and templates left out). */
  public List<CatalogEntry> agents() {
    return entries.stream().filter(CatalogEntry::isAgent).toList();
  }

  public List<CatalogEntry> nonAgents() {
    return entries.stream().filter(e -> !e.isAgent()).toList();
  }

  /** The entry Claude Code uses for a name. */
  public Optional<CatalogEntry> active(String name) {
    return entries.stream()
        .filter(e -> e.status() == CatalogEntry.Status.ACTIVE && e.name().equals(name))
        .findFirst();
  }

  /**
   * What only the catalog can tell about one file, beside what linting the file alone finds: a
   * duplicate name (FM006) and attribution examples crediting agents the workspace lacks (ATTR001).
   */
  public List<Diagnostic> catalogFindings(java.nio.file.Path file) {
    return entries.stream()
        .filter(e -> e.file().equals(file))
        .flatMap(e -> e.diagnostics().stream())
        .filter(AgentCatalog::isCatalogFinding)
        .toList();
  }

  private static boolean isCatalogFinding(Diagnostic d) {
    return d.rule().equals("FM006") && d.message().startsWith("Duplicate name")
        || d.rule().equals("ATTR001") && d.message().contains("not an agent in this workspace");
  }

  public boolean hasProjectAgents() {
    return agents().stream().anyMatch(e -> e.scope() == CatalogEntry.Scope.PROJECT);
  }
}
