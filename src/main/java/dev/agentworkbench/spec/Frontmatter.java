package dev.agentworkbench.spec;

import java.util.List;
import java.util.Optional;

/**
 * The frontmatter block as found. {@code openLine} is the {@code ---} line (0 when there is none);
 * {@code closeLine} the first closing {@code ---} that Claude Code stops at (empty when unclosed);
 * {@code intendedEndLine} the last line that is really YAML (the tolerant reading: where the author
 * meant the block to end); {@code swallowedHeadings} are Markdown headings that sit inside the
 * block and that YAML drops as comments.
 */
public record Frontmatter(
    int openLine,
    int openOffset,
    Optional<Integer> closeLine,
    int intendedEndLine,
    List<FrontmatterEntry> entries,
    List<Integer> swallowedHeadings,
    Optional<Integer> firstProseLine) {

  public Frontmatter {
    entries = List.copyOf(entries);
    swallowedHeadings = List.copyOf(swallowedHeadings);
  }

  public static Frontmatter none() {
    return new Frontmatter(0, 0, Optional.empty(), 0, List.of(), List.of(), Optional.empty());
  }

  public boolean present() {
    return openLine > 0;
  }

  public boolean closed() {
    return closeLine.isPresent();
  }

  /** Closing fence far down the file: the body is being read as YAML. */
  public boolean swallowsBody() {
    return closed() && firstProseLine.isPresent() && firstProseLine.get() < closeLine.get();
  }

  public Optional<FrontmatterEntry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }
}
