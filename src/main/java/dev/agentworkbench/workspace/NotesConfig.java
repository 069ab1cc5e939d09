package dev.agentworkbench.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * basic-memory's config: where it is looked for ({@code $BASIC_MEMORY_CONFIG_DIR}, then {@code
 * $XDG_CONFIG_HOME/basic-memory}, then {@code ~/.basic-memory}), its projects and default project.
 * Without a config the default project is {@code ~/basic-memory}, created only when a note is
 * written.
 */
public record NotesConfig(
    Optional<Path> configFile,
    List<NotesProject> projects,
    String defaultProject,
    boolean permalinksIncludeProject,
    boolean kebabFilenames,
    boolean updatePermalinksOnMove,
    boolean writeNoteOverwriteDefault,
    List<String> problems) {

  public NotesConfig {
    projects = List.copyOf(projects);
    problems = List.copyOf(problems);
  }

  public static NotesConfig load(UserEnvironment env) {
    Optional<Path> file = locate(env);
    if (file.isEmpty()) {
      return fallback(env, Optional.empty(), List.of());
    }
    try {
      return parse(file.get(), env);
    } catch (IOException e) {
      return fallback(
          env,
          file,
          List.of(
              file.get()
                  + ": "
                  + UNREADABLE
                  + " ("
                  + e.getMessage()
                  + "). Fix the JSON"
                  + MEANWHILE));
    }
  }

  /** True when the config file exists but could not be read: the default project stands in. */
  public boolean unreadable() {
    return problems.stream().anyMatch(p -> p.contains(UNREADABLE));
  }

  private static final String UNREADABLE = "cannot be read as basic-memory config";

  /** What the room does meanwhile; the command line stops instead. */
  public static final String MEANWHILE = "; the default project ~/basic-memory is used meanwhile.";

  static Optional<Path> locate(UserEnvironment env) {
    List<Path> candidates = new ArrayList<>();
    env.variable("BASIC_MEMORY_CONFIG_DIR")
        .ifPresent(d -> candidates.add(Path.of(d, "config.json")));
    env.variable("XDG_CONFIG_HOME")
        .ifPresent(d -> candidates.add(Path.of(d, "basic-memory", "config.json")));
    candidates.add(env.home().resolve(".basic-memory").resolve("config.json"));
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  private static NotesConfig parse(Path file, UserEnvironment env) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException("the file is not a JSON object");
    }
    List<NotesProject> projects = new ArrayList<>();
    JsonNode list = root.path("projects");
    list.fields()
        .forEachRemaining(
            entry -> {
              JsonNode value = entry.getValue();
              String path = value.isTextual() ? value.asText() : value.path("path").asText("");
              if (!path.isBlank()) {
                projects.add(new NotesProject(entry.getKey(), expand(path, env), true));
              }
            });
    String defaultProject =
        env.variable("BASIC_MEMORY_DEFAULT_PROJECT")
            .filter(name -> projects.stream().anyMatch(p -> p.name().equals(name)))
            .orElse(
                root.path("default_project")
                    .asText(projects.isEmpty() ? "main" : projects.get(0).name()));
    if (projects.isEmpty()) {
      return fallback(env, Optional.of(file), List.of(), root);
    }
    return new NotesConfig(
        Optional.of(file),
        projects,
        defaultProject,
        flag(env, root, "permalinks_include_project", true),
        flag(env, root, "kebab_filenames", false),
        flag(env, root, "update_permalinks_on_move", false),
        flag(env, root, "write_note_overwrite_default", false),
        List.of());
  }

  /**
   * A setting as basic-memory reads it: {@code BASIC_MEMORY_<KEY>} from the environment wins over
   * the file, read as pydantic reads a boolean ({@code true}, {@code 1}, {@code yes}, {@code on},
   * or their opposites, in any case); one it cannot read is left out.
   */
  private static boolean flag(UserEnvironment env, JsonNode file, String key, boolean otherwise) {
    Optional<String> set = env.variable("BASIC_MEMORY_" + key.toUpperCase(java.util.Locale.ROOT));
    if (set.isPresent()) {
      String v = set.get().strip().toLowerCase(java.util.Locale.ROOT);
      if (List.of("1", "on", "t", "true", "y", "yes").contains(v)) {
        return true;
      }
      if (List.of("0", "off", "f", "false", "n", "no").contains(v)) {
        return false;
      }
    }
    return file.path(key).asBoolean(otherwise);
  }

  private static Path expand(String path, UserEnvironment env) {
    if (path.equals("~") || path.startsWith("~/")) {
      return env.home().resolve(path.substring(Math.min(2, path.length())));
    }
    return Path.of(path);
  }

  private static NotesConfig fallback(
      UserEnvironment env, Optional<Path> file, List<String> problems) {
    return fallback(
        env, file, problems, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
  }

  private static NotesConfig fallback(
      UserEnvironment env, Optional<Path> file, List<String> problems, JsonNode root) {
    // basic-memory's home setting, from the environment as every setting can be
    Path home =
        env.variable("BASIC_MEMORY_HOME")
            .filter(v -> !v.isBlank())
            .map(v -> expand(v, env))
            .orElse(env.home().resolve("basic-memory"));
    NotesProject main = new NotesProject("main", home, false);
    return new NotesConfig(
        file,
        List.of(main),
        "main",
        flag(env, root, "permalinks_include_project", true),
        flag(env, root, "kebab_filenames", false),
        flag(env, root, "update_permalinks_on_move", false),
        flag(env, root, "write_note_overwrite_default", false),
        problems);
  }

  public NotesProject defaultNotesProject() {
    return project(defaultProject).orElse(projects.get(0));
  }

  public Optional<NotesProject> project(String name) {
    return projects.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
