package dev.agentworkbench.spec;

import dev.agentworkbench.spec.policy.AttributionPolicy;
import dev.agentworkbench.spec.policy.MemoryPolicy;
import dev.agentworkbench.spec.policy.SourceLines;
import dev.agentworkbench.spec.policy.SpecPolicies;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a spec demands of the other rooms: its memory policy, its quality checks and its
 * commit attribution rule, each with the lines it came from; a missing section yields the stated
 * default, marked as a default.
 */
public final class PolicyExtractor {
  private static final Pattern MEMORY_TOOL =
      Pattern.compile("mcp__(basic[-_]memory)__([A-Za-z0-9_]+)");
  private static final Pattern FOLDER = Pattern.compile("folder:\\s*\"([^\"]+)\"");
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\b(NEVER|FORBIDDEN|never use|do not use|don't use|must not)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern SUBJECT = Pattern.compile("^[a-z]+(\\([^)]*\\))?!?: .+ - @[A-Za-z0-9-]+.*$");
  private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern ATTRIBUTION =
      Pattern.compile("attribution", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMIT =
      Pattern.compile("commit (message|subject)|commits?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MEMORY = Pattern.compile("memory", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACEHOLDER = Pattern.compile("agent\\d*");
  private static final Pattern NUMBER = Pattern.compile("[0-9-]+");

  private PolicyExtractor() {}

  public static SpecPolicies extract(SpecDocument doc) {
    return new SpecPolicies(memory(doc), QualityExtractor.extract(doc), attribution(doc));
  }

  /** Text as the reader should see it: mojibake repaired, Markdown emphasis removed. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s);
    List<Mojibake.Repair> repairs = Mojibake.find(s);
    for (int i = repairs.size() - 1; i >= 0; i--) {
      Mojibake.Repair r = repairs.get(i);
      b.replace(r.start(), r.end(), r.repaired());
    }
    return b.toString().replace("**", "").strip().replaceFirst("^[-*]\\s+", "");
  }

  static MemoryPolicy memory(SpecDocument doc) {
    Set<String> tools = new LinkedHashSet<>();
    List<String> forbidden = new ArrayList<>();
    Set<String> folders = new LinkedHashSet<>();
    LineMap lines = doc.lines();
    int first = 0;
    int last = 0;
    Matcher m = MEMORY_TOOL.matcher(doc.text());
    while (m.find()) {
      tools.add(m.group());
      int line = lines.line(m.start());
      first = first == 0 ? line : first;
      last = line;
    }
    int from = doc.bodyStartLine();
    for (int i = from; i <= lines.count(); i++) {
      String line = lines.content(i);
      boolean candidate =
          line.contains("Write") || line.contains("emory") || line.contains("EMORY");
      if (candidate && FORBIDDEN.matcher(line).find()) {
        forbidden.add(clean(line));
        first = first == 0 ? i : Math.min(first, i);
        last = Math.max(last, i);
      }
      if (!line.contains("folder:")) {
        continue;
      }
      Matcher f = FOLDER.matcher(line);
      while (f.find()) {
        if (!f.group(1).isBlank() && !f.group(1).equals("...")) {
          folders.add(f.group(1));
        }
      }
    }
    if (tools.isEmpty() && forbidden.isEmpty()) {
      return MemoryPolicy.defaults();
    }
    Optional<Heading> section = doc.heading(MEMORY);
    SourceLines source =
        section
            .map(h -> new SourceLines(h.line(), h.sectionEndLine()))
            .orElse(new SourceLines(first, last));
    return new MemoryPolicy(List.copyOf(tools), forbidden, List.copyOf(folders), false, source);
  }

  static AttributionPolicy attribution(SpecDocument doc) {
    List<String> collaborators = collaborators(doc);
    Optional<Heading> section = doc.heading(ATTRIBUTION).or(() -> doc.heading(COMMIT));
    if (section.isEmpty()) {
      AttributionPolicy d = AttributionPolicy.defaults();
      return new AttributionPolicy(d.subjectFormat(), List.of(), collaborators, true, d.source());
    }
    Heading h = section.get();
    List<String> candidates = subjects(doc, h);
    Optional<String> format = candidates.stream().filter(PolicyExtractor::isFormat).findFirst();
    List<String> examples = candidates.stream().filter(c -> !isFormat(c)).distinct().toList();
    return new AttributionPolicy(
        format.orElse(AttributionPolicy.SEED_FORMAT),
        examples,
        collaborators,
        format.isEmpty() && examples.isEmpty(),
        new SourceLines(h.line(), h.sectionEndLine()));
  }

  private static boolean isFormat(String s) {
    return s.contains("type(") || s.contains("(scope)") || s.matches(".*@agent\\d?\\b.*");
  }

  /** Subject-like lines of a section: inline code spans and code-block lines. */
  static List<String> subjects(SpecDocument doc, Heading h) {
    List<String> found = new ArrayList<>();
    LineMap lines = doc.lines();
    boolean inBlock = false;
    for (int i = h.line() + 1; i <= h.sectionEndLine() && i <= lines.count(); i++) {
      String line = lines.content(i);
      if (line.strip().startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      if (inBlock) {
        String t = line.strip();
        if (SUBJECT.matcher(t).matches()) {
          found.add(t);
        }
        continue;
      }
      Matcher m = INLINE_CODE.matcher(line);
      while (m.find()) {
        String t = m.group(1).strip();
        if (SUBJECT.matcher(t).matches()) {
          found.add(t);
        }
      }
    }
    return found;
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
  }

  private static List<String> collaborators(SpecDocument doc) {
    String self = doc.frontmatter().entry("name").map(FrontmatterEntry::text).orElse("");
    Set<String> names = new LinkedHashSet<>();
    String body = doc.text();
    int from = doc.lines().start(doc.bodyStartLine());
    for (int at = body.indexOf('@', from); at >= 0; at = body.indexOf('@', at + 1)) {
      char before = at == from ? ' ' : body.charAt(at - 1);
      if (Character.isLetterOrDigit(before) || "_.@/".indexOf(before) >= 0) {
        continue;
      }
      int end = at + 1;
      while (end < body.length() && isNameChar(body.charAt(end))) {
        end++;
      }
      while (end > at + 1 && body.charAt(end - 1) == '-') {
        end--;
      }
      String n = body.substring(at + 1, end);
      if (n.length() >= 2
          && !n.equals(self)
          && !PLACEHOLDER.matcher(n).matches()
          && !NUMBER.matcher(n).matches()) {
        names.add(n);
      }
    }
    return List.copyOf(names);
  }
}
