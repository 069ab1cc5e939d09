package dev.agentworkbench.commit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A stand-in for the spec room's catalog until {@code SpecService} lands: the names of the agents
 * in the repository's {@code .claude/agents/*.md} and in Claude Code's user agent folder, read from
 * the frontmatter's {@code name:} line (the file name when there is none).
 */
public final class AgentCatalogReader {
  private AgentCatalogReader() {}

  public static List<String> read(List<Path> agentDirs) {
    Set<String> names = new LinkedHashSet<>();
    for (Path dir : agentDirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files
            .filter(f -> f.getFileName().toString().endsWith(".md"))
            .sorted()
            .forEach(f -> names.add(name(f)));
      } catch (IOException e) {
        // An unreadable agent folder contributes no names; the validator then flags fewer tags.
        continue;
      }
    }
    return List.copyOf(names);
  }

  static String name(Path file) {
    String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
        return stem;
      }
      for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
        String line = lines.get(i);
        if (line.startsWith("name:")) {
          String v = line.substring(5).strip().replaceAll("^[\"']|[\"']$", "");
          return v.isEmpty() ? stem : v;
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return stem;
    }
    return stem;
  }
}
