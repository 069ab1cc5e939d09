package dev.agentworkbench.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One Markdown file found in an agent folder: its scope, the agent's name, whether it is the one
 * Claude Code uses (precedence, duplicates), its summary and its diagnostics.
 */
public record CatalogEntry(
    Path file,
    Scope scope,
    String name,
    Status status,
    String description,
    Optional<String> model,
    Optional<String> color,
    List<String> tools,
    Optional<Path> shadowedBy,
    List<Diagnostic> diagnostics) {

  /** Where the file lives. */
  public enum Scope {
    PROJECT,
    USER
  }

  /** What Claude Code does with the file. */
  public enum Status {
    /** Loaded and used. */
    ACTIVE,
    /** A nearer or project definition of the same name wins. */
    SHADOWED,
    /** Same name as another file in the same tree: only one loads. */
    DUPLICATE,
    /** Not loaded at all (no or broken frontmatter, missing name/description). */
    NOT_LOADED,
    /** A README, template or notes file, not an agent. */
    NOT_AGENT
  }

  public CatalogEntry {
    tools = List.copyOf(tools);
    diagnostics = List.copyOf(diagnostics);
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  public boolean isAgent() {
    return status != Status.NOT_AGENT;
  }

  public String statusLabel() {
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
