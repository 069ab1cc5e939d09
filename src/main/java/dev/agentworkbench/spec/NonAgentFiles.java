package dev.agentworkbench.spec;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells agent specs from the other Markdown files kept in agent folders (README, templates). */
public final class NonAgentFiles {
  private static final Set<String> DOC_NAMES =
      Set.of(
          "readme", "contributing", "changelog", "license", "code_of_conduct", "index", "agents");
  private static final Pattern ROLE = Pattern.compile("^role\\b", Pattern.CASE_INSENSITIVE);

  private NonAgentFiles() {}

  /** True when the file is documentation or a template rather than an agent. */
  public static boolean isNonAgent(SpecDocument doc, LintContext context) {
    String stem = context.fileStem().toLowerCase(Locale.ROOT);
    boolean inTemplates =
        context
            .file()
            .map(f -> f.toString().replace('\\', '/').contains("/templates/"))
            .orElse(false);
    boolean docName = DOC_NAMES.contains(stem) || stem.startsWith("template") || inTemplates;
    boolean hasName = doc.frontmatter().entry("name").isPresent();
    if (docName) {
      return !hasName;
    }
    return !doc.frontmatter().present() && doc.heading(ROLE).isEmpty();
  }
}
