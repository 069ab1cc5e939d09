package dev.agentworkbench.quality.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the user set for one repository: checks switched off (or on, against a spec's default),
 * custom checks, and a path per tool. Kept under the app home, never in the repository.
 *
 * @param toolPaths a program file or a folder holding it, per tool name
 */
public record RepoQualitySettings(
    Set<String> disabled, List<CustomCheck> custom, Map<String, String> toolPaths) {

  public RepoQualitySettings {
    disabled = Set.copyOf(disabled);
    custom = List.copyOf(custom);
    toolPaths = Map.copyOf(toolPaths);
  }

  public static RepoQualitySettings empty() {
    return new RepoQualitySettings(Set.of(), List.of(), Map.of());
  }

  public RepoQualitySettings withEnabled(String check, boolean enabled) {
    Set<String> off = new LinkedHashSet<>(disabled);
    if (enabled) {
      off.remove(check);
    } else {
      off.add(check);
    }
    return new RepoQualitySettings(off, custom, toolPaths);
  }

  /** Adds a custom check, replacing one of the same name. */
  public RepoQualitySettings withCustom(CustomCheck check) {
    List<CustomCheck> all = new ArrayList<>(custom);
    all.removeIf(c -> c.name().equals(check.name()));
    all.add(check);
    return new RepoQualitySettings(disabled, all, toolPaths);
  }

  public RepoQualitySettings withoutCustom(String name) {
    List<CustomCheck> all = new ArrayList<>(custom);
    all.removeIf(c -> c.name().equals(name));
    return new RepoQualitySettings(disabled, all, toolPaths);
  }

  public RepoQualitySettings withToolPath(String tool, Optional<String> path) {
    Map<String, String> paths = new HashMap<>(toolPaths);
    path.ifPresentOrElse(p -> paths.put(tool, p), () -> paths.remove(tool));
    return new RepoQualitySettings(disabled, custom, paths);
  }
}
