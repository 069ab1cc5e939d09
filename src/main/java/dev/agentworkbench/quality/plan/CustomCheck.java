package dev.agentworkbench.quality.plan;

import java.util.List;

/**
 * A check the user added: a command as an argument list, the files it takes, and how to read its
 * output. In the argv, {@code {junit}} stands for a temporary report file the app reads after the
 * run (for tools that write JUnit XML to a file).
 */
public record CustomCheck(
    String name, List<String> argv, FilePattern pattern, OutputKind output, boolean takesFiles) {

  public CustomCheck {
    argv = List.copyOf(argv);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a custom check needs a name");
    }
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("custom check " + name + " needs a command");
    }
  }

  public PlannedCheck toPlanned(boolean enabled) {
    return new PlannedCheck(
        name, "custom", argv, pattern, output, takesFiles, enabled, Provenance.custom());
  }
}
