package dev.agentworkbench.spec;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** FM001..FM009: the frontmatter's place, fences, YAML, required keys, names and values. */
final class FrontmatterRules {
  static final Set<String> KNOWN_KEYS =
      Set.of(
          "name",
          "description",
          "tools",
          "disallowedTools",
          "model",
          "permissionMode",
          "maxTurns",
          "skills",
          "mcpServers",
          "hooks",
          "memory",
          "background",
          "effort",
          "isolation",
          "color",
          "initialPrompt");
  static final Map<String, List<String>> ENUMS =
      Map.of(
          "color", List.of("red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan"),
          "model", List.of("sonnet", "opus", "haiku", "fable", "inherit"),
          "permissionMode",
              List.of(
                  "default",
                  "acceptEdits",
                  "auto",
                  "dontAsk",
                  "bypassPermissions",
                  "plan",
                  "manual"),
          "effort", List.of("low", "medium", "high", "xhigh", "max"),
          "memory", List.of("user", "project", "local"),
          "isolation", List.of("worktree"));
  static final Pattern NAME = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
  private static final int[] CUT_LENGTHS = {100, 150, 200, 250};

  private FrontmatterRules() {}

  static void check(SpecDocument doc, LintContext ctx, List<Diagnostic> out) {
    Frontmatter fm = doc.frontmatter();
    if (!fm.present()) {
      missing(doc, ctx, out);
      return;
    }
    fences(doc, out);
    swallowedHeadings(doc, out);
    boolean loadable = fm.closed() && !fm.swallowsBody() && !doc.blankLinesBeforeFrontmatter();
    if (fm.closed() && !fm.swallowsBody()) {
      StrictYaml.Result yaml = StrictYaml.frontmatter(doc);
      yaml.error().ifPresent(e -> out.add(yamlError(doc, e)));
      if (yaml.ok() && loadable) {
        required(doc, ctx, yaml.mapping(), out);
      }
    }
    name(doc, ctx, out);
    description(doc, out);
    keysAndValues(doc, out);
  }

  private static void missing(SpecDocument doc, LintContext ctx, List<Diagnostic> out) {
    Diagnostic d =
        Diagnostic.of(
            "FM001",
            Severity.ERROR,
            doc.lines(),
            0,
            "No frontmatter: Claude Code does not load this agent. Add a `---` block with `name`"
                + " and `description` at the very top.");
    String stem = ctx.fileStem();
    Optional<String> role = RoleSection.firstParagraph(doc);
    if (NAME.matcher(stem).matches() && role.isPresent()) {
      String block =
          "---\nname: " + stem + "\ndescription: " + YamlScalar.format(role.get()) + "\n---\n\n";
      d =
          d.withFix(
              Fix.of(
                  "Add frontmatter (name from the file, description from ## Role)",
                  new TextEdit(0, 0, block)));
    }
    out.add(d);
  }

  private static void fences(SpecDocument doc, List<Diagnostic> out) {
    Frontmatter fm = doc.frontmatter();
    LineMap lines = doc.lines();
    if (doc.leadingJunkEnd() > 0) {
      boolean blank = doc.blankLinesBeforeFrontmatter();
      String message =
          blank
              ? "Blank lines come before the opening `---`, so Claude Code does not see the"
                  + " frontmatter. Remove them."
              : "The file starts with a byte-order mark before `---`; loaders that do not strip it"
                  + " miss the frontmatter. Remove the BOM.";
      out.add(
          Diagnostic.of(
                  "FM001",
                  blank ? Severity.ERROR : Severity.WARNING,
                  lines,
                  fm.openOffset(),
                  message)
              .withFix(
                  Fix.of(
                      "Remove what precedes the opening ---",
                      new TextEdit(0, doc.leadingJunkEnd(), ""))));
    }
    int end = fm.intendedEndLine();
    Fix close =
        Fix.of(
            "Close the frontmatter after line " + end,
            new TextEdit(insertAfter(lines, end), insertAfter(lines, end), fenceText(lines, end)));
    if (!fm.closed()) {
      out.add(
          Diagnostic.of(
                  "FM002",
                  Severity.ERROR,
                  lines,
                  fm.openOffset(),
                  "The frontmatter is never closed: Claude Code does not load this agent. Add a"
                      + " `---` line after line "
                      + end
                      + ", the last YAML line.")
              .withFix(close));
    } else if (fm.swallowsBody()) {
      int c = fm.closeLine().get();
      out.add(
          Diagnostic.of(
                  "FM002",
                  Severity.ERROR,
                  lines,
                  lines.start(c),
                  "The first closing `---` is at line "
                      + c
                      + ", so the body from line "
                      + fm.firstProseLine().get()
                      + " is read as YAML. Close the frontmatter after line "
                      + end
                      + ".")
              .withFix(close));
    }
  }

  private static int insertAfter(LineMap lines, int line) {
    return lines.end(line);
  }

  private static String fenceText(LineMap lines, int line) {
    boolean hasBreak = lines.end(line) > lines.contentEnd(line);
    return hasBreak ? "---\n" : "\n---\n";
  }

  private static void swallowedHeadings(SpecDocument doc, List<Diagnostic> out) {
    Frontmatter fm = doc.frontmatter();
    LineMap lines = doc.lines();
    boolean canMove = fm.closed() && !fm.swallowsBody();
    for (int h : fm.swallowedHeadings()) {
      String heading = lines.content(h);
      Diagnostic d =
          Diagnostic.of(
              "FM003",
              Severity.WARNING,
              lines,
              lines.start(h),
              "The heading \""
                  + heading.strip()
                  + "\" sits inside the frontmatter: YAML drops it as a comment, so the agent"
                  + " never sees it. Move it below the closing `---`.");
      if (canMove) {
        int close = fm.closeLine().get();
        boolean nextBlank = close < lines.count() && lines.content(close + 1).isBlank();
        String insert =
            (lines.end(close) > lines.contentEnd(close) ? "" : "\n")
                + "\n"
                + heading
                + (nextBlank ? "\n" : "\n\n");
        d =
            d.withFix(
                Fix.of(
                    "Move the heading below the frontmatter",
                    new TextEdit(lines.start(h), lines.end(h), ""),
                    new TextEdit(lines.end(close), lines.end(close), insert)));
      }
      out.add(d);
    }
  }

  private static Diagnostic yamlError(SpecDocument doc, StrictYaml.YamlError e) {
    Diagnostic d =
        new Diagnostic(
            "FM004",
            Severity.ERROR,
            e.line(),
            e.column(),
            "Strict YAML error: "
                + e.problem()
                + ". Claude Code does not load this agent. Quote the value (for a description,"
                + " a `|` block scalar).",
            Optional.empty());
    Optional<FrontmatterEntry> desc = doc.frontmatter().entry("description");
    if (desc.isPresent()) {
      FrontmatterEntry entry = desc.get();
      int last = doc.lines().line(entry.valueEnd());
      String raw = entry.rawValue().strip();
      boolean inDescription = e.line() >= entry.line() && e.line() <= last + 1;
      if (inDescription && !raw.startsWith("|") && !raw.startsWith(">")) {
        d =
            d.withFix(
                Fix.of(
                    "Quote the description as a block scalar",
                    new TextEdit(
                        entry.valueStart(), entry.valueEnd(), YamlScalar.block(entry.text()))));
      }
    }
    return d;
  }

  private static void required(
      SpecDocument doc, LintContext ctx, Map<String, Object> yaml, List<Diagnostic> out) {
    LineMap lines = doc.lines();
    int at = doc.frontmatter().openOffset();
    if (!(yaml.get("name") instanceof String n) || n.isBlank()) {
      Diagnostic d =
          Diagnostic.of(
              "FM005",
              Severity.ERROR,
              lines,
              at,
              "No `name` in the frontmatter: Claude Code skips this agent. Add `name:` with a"
                  + " lowercase-hyphenated name.");
      String stem = ctx.fileStem();
      if (NAME.matcher(stem).matches() && doc.frontmatter().entry("name").isEmpty()) {
        int pos = lines.end(doc.frontmatter().openLine());
        d = d.withFix(Fix.of("Add name: " + stem, new TextEdit(pos, pos, "name: " + stem + "\n")));
      }
      out.add(d);
    }
    Object description = yaml.get("description");
    if (description == null || String.valueOf(description).isBlank()) {
      out.add(
          Diagnostic.of(
              "FM005",
              Severity.ERROR,
              lines,
              at,
              "No `description` in the frontmatter: Claude Code skips this agent. Add one saying"
                  + " when Claude should delegate to it."));
    }
  }

  private static void name(SpecDocument doc, LintContext ctx, List<Diagnostic> out) {
    Optional<FrontmatterEntry> entry = doc.frontmatter().entry("name");
    if (entry.isEmpty()) {
      return;
    }
    FrontmatterEntry e = entry.get();
    String name = e.text();
    if (!NAME.matcher(name).matches()) {
      String slug = slug(name);
      Diagnostic d =
          Diagnostic.of(
              "FM006",
              Severity.WARNING,
              doc.lines(),
              e.valueStart(),
              "The name \""
                  + name
                  + "\" must be lowercase letters, digits and hyphens"
                  + (slug.isEmpty() ? "." : ", for example \"" + slug + "\"."));
      if (!slug.isEmpty()) {
        d =
            d.withFix(
                Fix.of("Rename to " + slug, new TextEdit(e.valueStart(), e.valueEnd(), slug)));
      }
      out.add(d);
    } else if (!ctx.fileStem().isEmpty() && !ctx.fileStem().equals(name)) {
      out.add(
          Diagnostic.of(
              "FM006",
              Severity.INFO,
              doc.lines(),
              e.valueStart(),
              "The name \""
                  + name
                  + "\" differs from the file name \""
                  + ctx.fileStem()
                  + "\". That is allowed: the agent is called \""
                  + name
                  + "\"."));
    }
  }

  static String slug(String name) {
    return name.strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }

  private static void description(SpecDocument doc, List<Diagnostic> out) {
    Optional<FrontmatterEntry> entry = doc.frontmatter().entry("description");
    if (entry.isEmpty()) {
      return;
    }
    FrontmatterEntry e = entry.get();
    String text = e.text();
    Optional<String> full = RoleSection.recovery(doc, text);
    if (full.isPresent()) {
      out.add(
          Diagnostic.of(
                  "FM007",
                  Severity.WARNING,
                  doc.lines(),
                  e.valueStart(),
                  "The description is cut off after "
                      + text.strip().length()
                      + " characters (\"…"
                      + tail(text)
                      + "\"). The ## Role section has the full text: \""
                      + full.get()
                      + "\"")
              .withFix(
                  Fix.of(
                      "Restore the full description from ## Role",
                      new TextEdit(e.valueStart(), e.valueEnd(), YamlScalar.format(full.get())))));
      return;
    }
    String t = text.strip();
    for (int n : CUT_LENGTHS) {
      if (t.length() == n && Character.isLetterOrDigit(t.charAt(n - 1))) {
        out.add(
            Diagnostic.of(
                "FM007",
                Severity.INFO,
                doc.lines(),
                e.valueStart(),
                "The description is exactly "
                    + n
                    + " characters and ends mid-sentence: it may"
                    + " have been cut off. Check it reads complete."));
      }
    }
  }

  private static String tail(String text) {
    String t = text.strip();
    return t.length() <= 24 ? t : t.substring(t.length() - 24);
  }

  private static void keysAndValues(SpecDocument doc, List<Diagnostic> out) {
    for (FrontmatterEntry e : doc.frontmatter().entries()) {
      if (!KNOWN_KEYS.contains(e.key())) {
        out.add(
            Diagnostic.of(
                "FM008",
                Severity.WARNING,
                doc.lines(),
                e.keyOffset(),
                "Unknown key `"
                    + e.key()
                    + "`: Claude Code ignores it. It is kept as is; remove"
                    + " it if nothing else reads it."));
        continue;
      }
      List<String> allowed = ENUMS.get(e.key());
      String value = e.text();
      if (allowed != null
          && !value.isEmpty()
          && !allowed.contains(value)
          && !(e.key().equals("model") && value.startsWith("claude-"))) {
        out.add(
            Diagnostic.of(
                "FM009",
                Severity.WARNING,
                doc.lines(),
                e.valueStart(),
                "`"
                    + e.key()
                    + ": "
                    + value
                    + "` is not a value Claude Code knows. Use one of: "
                    + String.join(", ", allowed)
                    + (e.key().equals("model") ? ", or a full model ID." : ".")));
      }
    }
  }
}
