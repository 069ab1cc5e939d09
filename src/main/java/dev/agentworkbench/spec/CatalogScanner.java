package dev.agentworkbench.spec;

import dev.agentworkbench.spec.CatalogEntry.Scope;
import dev.agentworkbench.spec.CatalogEntry.Status;
import dev.agentworkbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Scans a workspace's agent folders recursively and applies Claude Code's precedence. */
final class CatalogScanner {
  static final long MAX_BYTES = 10L * 1024 * 1024;

  private CatalogScanner() {}

  static AgentCatalog scan(Workspace workspace) throws IOException {
    Optional<Set<String>> servers = McpConfig.find(workspace.folder(), workspace.repositoryRoot());
    List<CatalogEntry> entries = new ArrayList<>();
    Map<String, CatalogEntry> winners = new HashMap<>();
    Map<Path, List<Mention>> mentions = new HashMap<>();
    Map<String, Path> winnerRoot = new HashMap<>();
    List<Path> dirs = workspace.agentDirs();
    for (int i = 0; i < dirs.size(); i++) {
      Path root = dirs.get(i);
      Scope scope = i < workspace.projectAgentDirs().size() ? Scope.PROJECT : Scope.USER;
      for (Path file : markdownFiles(root)) {
        CatalogEntry e = entry(file, scope, servers, mentions);
        if (e.status() == Status.ACTIVE) {
          CatalogEntry winner = winners.get(e.name());
          if (winner == null) {
            winners.put(e.name(), e);
            winnerRoot.put(e.name(), root);
          } else if (winnerRoot.get(e.name()).equals(root)) {
            e = duplicate(e, winner);
          } else {
            e = with(e, Status.SHADOWED, Optional.of(winner.file()), e.diagnostics());
          }
        }
        entries.add(e);
      }
    }
    return new AgentCatalog(unknownMentions(entries, mentions), servers);
  }

  static List<Path> markdownFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(
              p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  /** An {@code @name} in an attribution example, with its position. */
  private record Mention(String name, int line, int column) {}

  static CatalogEntry entry(Path file, Scope scope, Optional<Set<String>> servers) {
    return entry(file, scope, servers, new HashMap<>());
  }

  private static CatalogEntry entry(
      Path file, Scope scope, Optional<Set<String>> servers, Map<Path, List<Mention>> mentions) {
    byte[] bytes;
    try {
      bytes = readCapped(file);
    } catch (IOException e) {
      Diagnostic unreadable =
          new Diagnostic(
              "ENC002",
              Severity.ERROR,
              1,
              1,
              "Could not read the file: " + e.getMessage(),
              Optional.empty());
      String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      return new CatalogEntry(
          file,
          scope,
          stem,
          Status.NOT_LOADED,
          "",
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          List.of(unreadable));
    }
    SpecDocument doc = SpecParser.parse(bytes);
    mentions.put(file, mentions(doc));
    LintContext ctx = new LintContext(Optional.of(file), servers);
    List<Diagnostic> diagnostics = SpecLinter.lint(doc, ctx);
    AgentReading effective = AgentReader.effective(doc);
    AgentReading intended = AgentReader.intended(doc);
    Status status;
    if (NonAgentFiles.isNonAgent(doc, ctx)) {
      status = Status.NOT_AGENT;
    } else {
      status = effective.loaded() ? Status.ACTIVE : Status.NOT_LOADED;
    }
    AgentReading shown = effective.loaded() ? effective : intended;
    String name = shown.name().isBlank() ? ctx.fileStem() : shown.name();
    return new CatalogEntry(
        file,
        scope,
        name,
        status,
        shown.description(),
        shown.model(),
        shown.color(),
        shown.tools(),
        Optional.empty(),
        diagnostics);
  }

  private static List<Mention> mentions(SpecDocument doc) {
    var a = PolicyExtractor.attribution(doc);
    List<Mention> found = new ArrayList<>();
    if (a.isDefault()) {
      return found;
    }
    for (String subject : a.exampleSubjects()) {
      int at = doc.text().indexOf(subject);
      var m = java.util.regex.Pattern.compile("@([a-z0-9][a-z0-9-]*)").matcher(subject);
      while (m.find()) {
        int offset = Math.max(0, at) + m.start();
        found.add(new Mention(m.group(1), doc.lines().line(offset), doc.lines().column(offset)));
      }
    }
    return found;
  }

  /** ATTR001 (info): an attribution example names an agent that this workspace does not have. */
  private static List<CatalogEntry> unknownMentions(
      List<CatalogEntry> entries, Map<Path, List<Mention>> mentions) {
    Set<String> known = new java.util.HashSet<>();
    entries.stream().filter(CatalogEntry::isAgent).forEach(e -> known.add(e.name()));
    List<CatalogEntry> out = new ArrayList<>();
    for (CatalogEntry e : entries) {
      List<Diagnostic> ds = new ArrayList<>(e.diagnostics());
      Set<String> reported = new java.util.HashSet<>();
      for (Mention m : mentions.getOrDefault(e.file(), List.of())) {
        if (e.isAgent()
            && !known.contains(m.name())
            && !m.name().matches("agent\\d*")
            && reported.add(m.name())) {
          ds.add(
              new Diagnostic(
                  "ATTR001",
                  Severity.INFO,
                  m.line(),
                  m.column(),
                  "The attribution example credits @"
                      + m.name()
                      + ", which is not an agent in this"
                      + " workspace (project or user). Check the name or add the agent.",
                  Optional.empty()));
        }
      }
      ds.sort(
          java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
      out.add(ds.size() == e.diagnostics().size() ? e : with(e, e.status(), e.shadowedBy(), ds));
    }
    return out;
  }

  static byte[] readCapped(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException(file + " is larger than 10 MB; an agent spec is never that large.");
    }
    return Files.readAllBytes(file);
  }

  private static CatalogEntry duplicate(CatalogEntry e, CatalogEntry winner) {
    List<Diagnostic> ds = new ArrayList<>(e.diagnostics());
    ds.add(
        new Diagnostic(
            "FM006",
            Severity.WARNING,
            1,
            1,
            "Duplicate name \""
                + e.name()
                + "\": "
                + winner.file().getFileName()
                + " in the same folder tree has it too, and Claude Code loads only one of them."
                + " Rename one.",
            Optional.empty()));
    return with(e, Status.DUPLICATE, Optional.of(winner.file()), ds);
  }

  private static CatalogEntry with(
      CatalogEntry e, Status s, Optional<Path> by, List<Diagnostic> ds) {
    return new CatalogEntry(
        e.file(), e.scope(), e.name(), s, e.description(), e.model(), e.color(), e.tools(), by, ds);
  }
}
