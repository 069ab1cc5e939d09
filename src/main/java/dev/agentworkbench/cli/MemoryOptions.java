package dev.agentworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.agentworkbench.memory.NoteExistsException;
import dev.agentworkbench.memory.NoteNotFoundException;
import dev.agentworkbench.memory.NotesException;
import dev.agentworkbench.memory.NotesLocation;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.workspace.NotesConfig;
import dev.agentworkbench.workspace.NotesProject;
import dev.agentworkbench.workspace.UserEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every {@code memory} command takes: which project, JSON output. */
final class MemoryOptions {
  @Option(
      names = "--project",
      paramLabel = "NAME",
      description = "A project from basic-memory's config (default: its default project).")
  String project;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "A project folder, used directly instead of the config.")
  Path home;

  @Option(names = "--json", description = "Print basic-memory's JSON shape on stdout.")
  boolean json;

  @Option(
      names = "--app-home",
      hidden = true,
      paramLabel = "DIR",
      description = "Where the index is kept (tests).")
  Path appHome;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Opens the selected project's notes; a bad selection is an exception with a clear message. */
  NotesService open() throws IOException, NotesException {
    return open(null);
  }

  /**
   * Opens the selected project, or the one a {@code memory://} URL names by its first segment, as
   * basic-memory routes one, unless a project was chosen (by --home, or --project /
   * BASIC_MEMORY_MCP_PROJECT, which must then agree).
   */
  NotesService open(String identifier) throws IOException, NotesException {
    UserEnvironment env = UserEnvironment.current();
    Path app = appHome != null ? appHome : env.appHome();
    if (home != null) {
      if (!java.nio.file.Files.isDirectory(home)) {
        throw new NotesException(
            "Error",
            "PROJECT_MISSING",
            "Folder '" + home + "' does not exist: --home takes an existing project folder.");
      }
      NotesConfig known = NotesConfig.load(env);
      Optional<NotesProject> configured =
          known.unreadable()
              ? Optional.empty()
              : known.projects().stream().filter(p -> sameFolder(p.root(), home)).findFirst();
      if (configured.isPresent()) {
        // the folder of a project basic-memory knows: that project, by its name (permalinks
        // begin with generate_permalink(project name), reference §1.5) and its config
        return NotesService.open(
            NotesLocation.of(
                configured.get(), known, env.appHome().equals(app) ? env : withAppHome(env, app)));
      }
      return NotesService.open(NotesLocation.folder(home, app));
    }
    NotesConfig config = NotesConfig.load(env);
    if (config.unreadable()) {
      // basic-memory stops on a config it cannot read: a script's notes must not go elsewhere
      throw new NotesException(
          "Error",
          "CONFIG_INVALID",
          String.join("; ", config.problems())
              .replace(NotesConfig.MEANWHILE, ". Nothing was done."));
    }
    Optional<String> routed = routedProject(identifier, config, env);
    String name =
        Optional.ofNullable(project)
            .or(() -> routed)
            .or(() -> env.variable("BASIC_MEMORY_MCP_PROJECT"))
            .orElse(config.defaultProject());
    NotesProject p =
        config
            .project(name)
            .orElseThrow(
                () ->
                    new NotesException(
                        "Error",
                        "PROJECT_NOT_FOUND",
                        "Project '"
                            + name
                            + "' not found. Available projects: "
                            + String.join(
                                ", ", config.projects().stream().map(NotesProject::name).toList())
                            + ". Use --project NAME or --home DIR."));
    if (p.isMissing() && p.fromConfig()) {
      throw new NotesException(
          "Error",
          "PROJECT_MISSING",
          "Project '"
              + p.name()
              + "' is configured at "
              + p.root()
              + ", but that folder is missing."
              + " Restore it or fix basic-memory's config.");
    }
    NotesLocation location =
        NotesLocation.of(p, config, env.appHome().equals(app) ? env : withAppHome(env, app));
    return NotesService.open(location);
  }

  /** Whether two paths are one folder, compared as real paths (links followed, normalised). */
  private static boolean sameFolder(Path a, Path b) {
    try {
      return a.toRealPath().equals(b.toRealPath());
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  /** The configured project a {@code memory://} URL's first segment names, if any. */
  private static Optional<String> routedProject(
      String identifier, NotesConfig config, UserEnvironment env) throws NotesException {
    String s = identifier == null ? "" : identifier.strip();
    if (!s.startsWith("memory://")) {
      return Optional.empty();
    }
    String first = s.substring("memory://".length()).split("/", 2)[0];
    Optional<NotesProject> named =
        config.projects().stream()
            .filter(
                p ->
                    p.name().equalsIgnoreCase(first)
                        || dev.agentworkbench.memory.Permalinks.slug(p.name()).equals(first))
            .findFirst();
    if (named.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> constrained = env.variable("BASIC_MEMORY_MCP_PROJECT");
    if (constrained.isPresent() && !constrained.get().equalsIgnoreCase(named.get().name())) {
      throw new NotesException(
          "Error",
          "PROJECT_CONSTRAINED",
          "Project is constrained to '"
              + constrained.get()
              + "', cannot use '"
              + named.get().name()
              + "'.");
    }
    return named.map(NotesProject::name);
  }

  private static UserEnvironment withAppHome(UserEnvironment env, Path app) {
    Map<String, String> vars = new LinkedHashMap<>(env.variables());
    vars.put("AGENT_WORKBENCH_HOME", app.toString());
    return new UserEnvironment(env.home(), vars);
  }

  void printJson(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("values built here always serialise", e);
    }
  }

  /** Reports a failed operation in basic-memory's words and returns the exit code. */
  int fail(PrintWriter out, PrintWriter err, NotesException e) {
    if (json) {
      // basic-memory's write_note shape: the note's fields, null when there is no note
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("title", null);
      body.put("permalink", null);
      body.put("file_path", null);
      body.put("checksum", null);
      body.put("action", null);
      if (e instanceof NoteExistsException exists) {
        body.put("permalink", exists.permalink().isEmpty() ? null : exists.permalink());
        body.put("file_path", exists.filePath());
        body.put("action", "conflict"); // write_note's JSON for an existing note
      }
      body.put("error", e.code());
      body.put("message", e.getMessage());
      printJson(out, body);
    } else {
      err.println("# " + e.heading());
      err.println();
      err.println(e.getMessage());
    }
    return e instanceof NoteNotFoundException
            || e instanceof NoteExistsException
            || e.code().equals("NOTE_NOT_FOUND")
        ? ExitCode.PROBLEMS // not found is 1 for every command, as for read
        : ExitCode.USAGE;
  }

  /**
   * The project this command was given, as options to repeat in a command it advises (` --home
   * "/abs/dir"` or ` --project "name"`), so that the advice run as printed reaches the same
   * project; empty when none was given (the same default applies then).
   */
  String selection() {
    if (home != null) {
      return " --home " + shellQuoted(home.toAbsolutePath().normalize().toString());
    }
    if (project != null) {
      return " --project " + shellQuoted(project);
    }
    return "";
  }

  /**
   * A value as one word for a POSIX shell: in double quotes when nothing in it is special there,
   * else in single quotes (a single quote written as {@code '\''}).
   */
  static String shellQuoted(String value) {
    if (value.chars().noneMatch(c -> "\"$`\\!".indexOf(c) >= 0)) {
      return "\"" + value + "\"";
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }

  static String footer(NotesService notes) {
    return "[Session: Using project '" + notes.location().projectName() + "']";
  }
}
