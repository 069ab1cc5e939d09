package dev.agentworkbench.spec;

import java.util.List;
import java.util.Optional;

/**
 * A spec file read tolerantly: its text, line map, frontmatter, heading outline and code blocks.
 * {@code leadingJunkEnd} is the length of a BOM or blank lines before the opening fence (0 when the
 * frontmatter starts at byte 0 or is absent); {@code validUtf8} is false when the bytes were not
 * UTF-8 (fixes are then withheld so no byte is changed by accident).
 */
public record SpecDocument(
    String text,
    LineMap lines,
    Frontmatter frontmatter,
    List<Heading> headings,
    List<CodeBlock> codeBlocks,
    int leadingJunkEnd,
    boolean validUtf8) {

  public SpecDocument {
    headings = List.copyOf(headings);
    codeBlocks = List.copyOf(codeBlocks);
  }

  /** Blank lines (not just a byte-order mark) come before the opening fence. */
  public boolean blankLinesBeforeFrontmatter() {
    return leadingJunkEnd > 0 && !text.substring(0, leadingJunkEnd).equals("\uFEFF");
  }

  /** First line of the body as Claude Code reads it (after the closing fence). */
  public int bodyStartLine() {
    Frontmatter fm = frontmatter;
    if (!fm.present()) {
      return 1;
    }
    return fm.closeLine().map(c -> c + 1).orElse(fm.intendedEndLine() + 1);
  }

  /** The body text after the closing fence (empty when the frontmatter never closes). */
  public String effectiveBody() {
    if (frontmatter.present() && !frontmatter.closed()) {
      return "";
    }
    return text.substring(lines.start(bodyStartLine()));
  }

  /** The body the author meant: after the last real YAML line, with swallowed headings first. */
  public String intendedBody() {
    Frontmatter fm = frontmatter;
    if (!fm.present()) {
      return text;
    }
    int from = fm.intendedEndLine() + 1;
    if (fm.closeLine().isPresent() && fm.closeLine().get() == from) {
      from++;
    }
    StringBuilder b = new StringBuilder();
    for (int h : fm.swallowedHeadings()) {
      if (h <= fm.intendedEndLine()) {
        b.append(lines.content(h)).append("\n\n");
      }
    }
    String rest = from > lines.count() ? "" : text.substring(lines.start(from));
    if (fm.swallowsBody()) {
      int close = fm.closeLine().get();
      rest =
          text.substring(lines.start(from), lines.start(close)) + text.substring(lines.end(close));
    }
    return b.append(rest.stripLeading()).toString();
  }

  /** The first heading whose text matches, case-insensitively. */
  public Optional<Heading> heading(java.util.regex.Pattern pattern) {
    return headings.stream().filter(h -> pattern.matcher(h.text()).find()).findFirst();
  }

  /** The lines of a heading's section (after the heading up to the next one of its level). */
  public String sectionText(Heading h) {
    int from = Math.min(h.line() + 1, lines.count());
    return text.substring(lines.start(from), lines.end(h.sectionEndLine()));
  }
}
