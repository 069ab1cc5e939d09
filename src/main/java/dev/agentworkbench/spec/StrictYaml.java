package dev.agentworkbench.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads frontmatter with strict YAML semantics, as Claude Code does: comments dropped, an error
 * reported with its 1-based line and column in the spec file.
 */
public final class StrictYaml {
  private StrictYaml() {}

  /** The outcome: the top-level mapping, or the error with its position. */
  public record Result(Map<String, Object> mapping, Optional<YamlError> error) {
    public boolean ok() {
      return error.isEmpty();
    }
  }

  /** A strict-YAML error: what the parser said, at which line and column of the file. */
  public record YamlError(String problem, int line, int column) {}

  /** Parses the frontmatter between the fences of a document (which must be closed). */
  public static Result frontmatter(SpecDocument doc) {
    Frontmatter fm = doc.frontmatter();
    int close = fm.closeLine().orElse(fm.intendedEndLine() + 1);
    int from = fm.openLine() + 1;
    String yaml =
        from >= close
            ? ""
            : doc.text().substring(doc.lines().start(from), doc.lines().start(close));
    return parse(yaml, from);
  }

  /** Parses YAML text whose first line is line {@code firstLine} of the file. */
  public static Result parse(String yaml, int firstLine) {
    LoadSettings settings =
        LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setCodePointLimit(Math.max(3 * 1024 * 1024, yaml.length() * 2 + 16))
            .build();
    try {
      Object loaded = new Load(settings).loadFromString(yaml);
      if (loaded == null) {
        return new Result(Map.of(), Optional.empty());
      }
      if (!(loaded instanceof Map<?, ?> map)) {
        return new Result(
            Map.of(),
            Optional.of(new YamlError("the frontmatter is not a mapping of keys", firstLine, 1)));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v));
      return new Result(out, Optional.empty());
    } catch (MarkedYamlEngineException e) {
      var mark = e.getProblemMark().or(e::getContextMark);
      int line = mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
      int column = mark.map(m -> m.getColumn() + 1).orElse(1);
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      return new Result(Map.of(), Optional.of(new YamlError(problem, line, column)));
    } catch (YamlEngineException | StackOverflowError | IllegalArgumentException e) {
      // snakeyaml's own limits (nesting, size) and unmarked errors: the file is still not loadable
      String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Result(Map.of(), Optional.of(new YamlError(firstLineOf(problem), firstLine, 1)));
    }
  }

  private static String firstLineOf(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
