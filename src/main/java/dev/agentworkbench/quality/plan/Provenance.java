package dev.agentworkbench.quality.plan;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a check came from: the seed defaults, a spec file (with its lines), or the user's own
 * custom check in the settings.
 */
public record Provenance(Kind kind, Optional<Path> specFile, int firstLine, int lastLine) {

  /** The three origins of a check. */
  public enum Kind {
    DEFAULT,
    SPEC,
    CUSTOM
  }

  public static Provenance defaults() {
    return new Provenance(Kind.DEFAULT, Optional.empty(), 0, 0);
  }

  public static Provenance custom() {
    return new Provenance(Kind.CUSTOM, Optional.empty(), 0, 0);
  }

  public static Provenance spec(Path file, int first, int last) {
    return new Provenance(Kind.SPEC, Optional.of(file), first, last);
  }

  /** Whether running it needs the user's trust in the spec first. */
  public boolean needsTrust() {
    return kind == Kind.SPEC;
  }

  /** What the room's tile and the CLI show as the source. */
  public String describe() {
    return switch (kind) {
      case DEFAULT -> "seed default";
      case CUSTOM -> "custom check (your settings)";
      case SPEC ->
          specFile.map(f -> f.getFileName().toString()).orElse("spec")
              + (firstLine > 0 ? " lines " + firstLine + "-" + lastLine : "");
    };
  }
}
