package dev.agentworkbench.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FM010: legacy tool names, unknown tools, MCP servers missing from or misspelled against
 * .mcp.json.
 */
final class ToolRules {
  private static final Pattern MCP_MENTION =
      Pattern.compile("mcp__([A-Za-z0-9-]+(?:_[A-Za-z0-9-]+)*)");

  private ToolRules() {}

  static void check(SpecDocument doc, LintContext ctx, List<Diagnostic> out) {
    Optional<Set<String>> servers = ctx.mcpServers().map(s -> withAgentServers(doc, s));
    for (String key : List.of("tools", "disallowedTools")) {
      doc.frontmatter().entry(key).ifPresent(e -> list(doc, e, servers, out));
    }
    servers.ifPresent(s -> body(doc, s, out));
  }

  private static Set<String> withAgentServers(SpecDocument doc, Set<String> configured) {
    Set<String> all = new HashSet<>(configured);
    doc.frontmatter()
        .entry("mcpServers")
        .ifPresent(
            e ->
                ScalarText.list(e.rawValue())
                    .forEach(s -> all.add(s.replaceFirst(":.*", "").strip())));
    return all;
  }

  private static void list(
      SpecDocument doc,
      FrontmatterEntry entry,
      Optional<Set<String>> servers,
      List<Diagnostic> out) {
    String text = doc.text();
    List<ToolList.Item> items = ToolList.items(text, entry);
    Set<String> present = new HashSet<>();
    items.forEach(i -> present.add(ToolNames.base(i.name())));
    for (int k = 0; k < items.size(); k++) {
      ToolList.Item item = items.get(k);
      String base = ToolNames.base(item.name());
      String replacement = ToolNames.LEGACY.get(base);
      if (replacement != null) {
        out.add(legacy(doc, items, k, replacement, present.contains(replacement)));
      } else if (base.startsWith("mcp__")) {
        servers.ifPresent(s -> mcp(doc, item, s, out));
      } else if (!ToolNames.BUILT_IN.contains(base) && !base.equals("*")) {
        out.add(
            Diagnostic.of(
                "FM010",
                Severity.WARNING,
                doc.lines(),
                item.start(),
                "`"
                    + base
                    + "` is not a Claude Code tool. Check the spelling against the tools"
                    + " reference (names are case-sensitive)."));
      }
    }
  }

  private static Diagnostic legacy(
      SpecDocument doc,
      List<ToolList.Item> items,
      int k,
      String replacement,
      boolean alreadyThere) {
    ToolList.Item item = items.get(k);
    String base = ToolNames.base(item.name());
    String why =
        base.equals("LS")
            ? "Claude lists folders with Glob or `ls` in Bash"
            : base.equals("Task") ? "it was renamed to Agent" : "Edit now covers it";
    Diagnostic d =
        Diagnostic.of(
            "FM010",
            Severity.WARNING,
            doc.lines(),
            item.start(),
            "`"
                + base
                + "` is a legacy tool name that Claude Code no longer has ("
                + why
                + "). "
                + (alreadyThere
                    ? "Remove it: `" + replacement + "` is already granted."
                    : "Replace it with `" + replacement + "`."));
    Fix fix =
        alreadyThere
            ? Fix.of("Remove " + base, ToolList.removal(doc.text(), items, k))
            : Fix.of(
                "Rename " + base + " to " + replacement,
                new TextEdit(item.start(), item.start() + base.length(), replacement));
    return d.withFix(fix);
  }

  private static void mcp(
      SpecDocument doc, ToolList.Item item, Set<String> servers, List<Diagnostic> out) {
    Optional<String> server = ToolNames.mcpServer(item.name());
    if (server.isEmpty() || servers.contains(server.get())) {
      return;
    }
    int at = item.start() + "mcp__".length();
    out.add(server(doc, server.get(), at, servers));
  }

  private static Diagnostic server(SpecDocument doc, String written, int at, Set<String> servers) {
    Optional<String> match =
        servers.stream()
            .sorted()
            .filter(c -> ToolNames.sameServerSpelledDifferently(written, c))
            .findFirst();
    if (match.isPresent()) {
      return Diagnostic.of(
              "FM010",
              Severity.WARNING,
              doc.lines(),
              at,
              "MCP server `"
                  + written
                  + "` is spelled differently from `"
                  + match.get()
                  + "` in .mcp.json, so its tools never match. Use `"
                  + match.get()
                  + "`.")
          .withFix(
              Fix.of(
                  "Use the server name " + match.get(),
                  new TextEdit(at, at + written.length(), match.get())));
    }
    return Diagnostic.of(
        "FM010",
        Severity.WARNING,
        doc.lines(),
        at,
        "MCP server `"
            + written
            + "` is not configured in the workspace's .mcp.json, so these"
            + " tools are not available. Add the server or remove the tools.");
  }

  private static void body(SpecDocument doc, Set<String> servers, List<Diagnostic> out) {
    Frontmatter fm = doc.frontmatter();
    int from = fm.present() ? doc.lines().end(fm.closeLine().orElse(fm.intendedEndLine())) : 0;
    Matcher m = MCP_MENTION.matcher(doc.text());
    m.region(Math.min(from, doc.text().length()), doc.text().length());
    Set<String> reported = new HashSet<>();
    while (m.find()) {
      String written = m.group(1);
      if (servers.contains(written)) {
        continue;
      }
      boolean fixable =
          servers.stream().anyMatch(c -> ToolNames.sameServerSpelledDifferently(written, c));
      if (fixable || reported.add(written)) {
        out.add(server(doc, written, m.start(1), servers));
      }
    }
  }
}
