package dev.agentworkbench.spec;

import dev.agentworkbench.spec.policy.CheckCommand;
import dev.agentworkbench.spec.policy.QualityPolicy;
import dev.agentworkbench.spec.policy.SourceLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the checks section's shell snippets into check commands, recognised per tool, and the
 * file-selection command, with notes where a command does not do what it seems. Nothing is run.
 */
final class QualityExtractor {
  static final Set<String> TOOLS = Set.of("pyright", "black", "isort", "ruff", "bandit", "pytest");
  private static final Set<String> OTHER = Set.of("mypy", "flake8", "pylint");
  private static final Set<String> SHELLS = Set.of("", "bash", "sh", "shell", "zsh", "console");
  private static final Pattern SECTION =
      Pattern.compile("quality|check|lint", Pattern.CASE_INSENSITIVE);
  private static final Pattern ASSIGN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=\\$\\((.*)\\)$");
  private static final Pattern XARGS = Pattern.compile("^(.*?)\\|\\s*xargs\\s+(.+)$");

  private QualityExtractor() {}

  /** A shell command with the file line it starts on. */
  private record Command(String text, int line) {}

  static QualityPolicy extract(SpecDocument doc) {
    Map<String, CheckCommand> checks = new LinkedHashMap<>();
    String selection = null;
    for (CodeBlock block : blocks(doc)) {
      for (Command c : commands(block)) {
        SourceLines src = new SourceLines(c.line(), c.line());
        Matcher assign = ASSIGN.matcher(c.text());
        if (assign.matches()) {
          if (selection == null && isSelection(assign.group(2))) {
            selection = assign.group(2).strip();
          }
          continue;
        }
        Matcher x = XARGS.matcher(c.text());
        if (x.matches()) {
          String left = x.group(1).strip();
          if (selection == null && isSelection(left)) {
            selection = left;
          }
          check(tokens(x.group(2)), true, src).ifPresent(k -> checks.putIfAbsent(k.name(), k));
        } else if (!c.text().contains("|")) {
          check(tokens(c.text()), false, src).ifPresent(k -> checks.putIfAbsent(k.name(), k));
        }
      }
    }
    if (checks.isEmpty()) {
      return QualityPolicy.defaults();
    }
    int first = checks.values().stream().mapToInt(k -> k.source().first()).min().orElse(0);
    int last = checks.values().stream().mapToInt(k -> k.source().last()).max().orElse(0);
    String sel = selection == null ? "" : selection;
    return new QualityPolicy(
        List.copyOf(checks.values()),
        sel,
        notes(sel, checks.values()),
        false,
        new SourceLines(first, last));
  }

  private static boolean isSelection(String cmd) {
    return cmd.contains("git diff") || cmd.contains("git ls-files") || cmd.contains("git status");
  }

  private static List<CodeBlock> blocks(SpecDocument doc) {
    List<CodeBlock> shell =
        doc.codeBlocks().stream()
            .filter(b -> SHELLS.contains(b.language().toLowerCase(java.util.Locale.ROOT)))
            .toList();
    List<Heading> sections =
        doc.headings().stream().filter(h -> SECTION.matcher(h.text()).find()).toList();
    List<CodeBlock> inSection = new ArrayList<>();
    for (CodeBlock b : shell) {
      if (sections.stream()
          .anyMatch(h -> b.firstLine() > h.line() && b.firstLine() <= h.sectionEndLine())) {
        inSection.add(b);
      }
    }
    return inSection.isEmpty() ? shell : inSection;
  }

  private static List<Command> commands(CodeBlock block) {
    List<Command> out = new ArrayList<>();
    String[] lines = block.content().split("\n", -1);
    StringBuilder pending = new StringBuilder();
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (pending.length() == 0) {
        start = block.firstLine() + 1 + i;
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
      }
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      pending.append(line);
      for (String part : pending.toString().split("&&|;|\\|\\|")) {
        if (!part.isBlank()) {
          out.add(new Command(part.strip(), start));
        }
      }
      pending.setLength(0);
    }
    return out;
  }

  private static Optional<CheckCommand> check(
      List<String> argv, boolean takesFiles, SourceLines src) {
    List<String> a = new ArrayList<>(argv);
    if (a.size() >= 3 && a.get(0).startsWith("python") && a.get(1).equals("-m")) {
      a = new ArrayList<>(a.subList(2, a.size()));
    }
    if (a.isEmpty()) {
      return Optional.empty();
    }
    String tool = a.get(0);
    if (!TOOLS.contains(tool) && !OTHER.contains(tool)) {
      return Optional.empty();
    }
    return Optional.of(
        new CheckCommand(tool, TOOLS.contains(tool) ? tool : "other", a, takesFiles, src));
  }

  /** Splits a command into words, honouring simple quotes. */
  static List<String> tokens(String cmd) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : cmd.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          cur.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        any = true;
      } else if (Character.isWhitespace(c)) {
        if (cur.length() > 0 || any) {
          out.add(cur.toString());
          cur.setLength(0);
          any = false;
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0 || any) {
      out.add(cur.toString());
    }
    return out;
  }

  private static List<String> notes(String selection, java.util.Collection<CheckCommand> checks) {
    List<String> notes = new ArrayList<>();
    if (selection.contains("git diff")
        && !selection.contains("--cached")
        && !selection.contains("--staged")
        && !selection.contains("HEAD")) {
      notes.add(
          "Plain `git diff` leaves out staged and untracked files: `"
              + selection
              + "` lists only unstaged changes to tracked files. The workbench runs the checks on"
              + " staged, unstaged and untracked changes.");
    }
    if (selection.contains("--diff-filter=AM")) {
      notes.add("`--diff-filter=AM` skips renamed and copied files.");
    }
    if (checks.stream().anyMatch(CheckCommand::takesFiles)) {
      notes.add(
          "With no changed files, `xargs` still runs each tool once without file arguments (on"
              + " the whole project, or failing); the workbench skips the checks instead.");
    }
    return notes;
  }
}
