package dev.agentworkbench.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's home folder, environment variables and operating system, passed around instead of read
 * globally so that tests can point the app at a temporary home (or another platform's layout).
 */
public record UserEnvironment(Path home, Map<String, String> variables, OperatingSystem os) {
  private static final String APP_FOLDER = "agent-workbench";

  /** The desktop platforms whose conventions differ for where an app keeps its settings. */
  public enum OperatingSystem {
    LINUX,
    MACOS,
    WINDOWS;

    /** From a {@code os.name} value: "Mac OS X", "Windows 11", anything else is Linux-like. */
    public static OperatingSystem named(String osName) {
      String name = osName.toLowerCase(Locale.ROOT);
      if (name.startsWith("windows")) {
        return WINDOWS;
      }
      return name.startsWith("mac") || name.startsWith("darwin") ? MACOS : LINUX;
    }

    public static OperatingSystem current() {
      return named(System.getProperty("os.name", ""));
    }
  }

  public UserEnvironment {
    variables = Map.copyOf(variables);
  }

  /** This machine's operating system. */
  public UserEnvironment(Path home, Map<String, String> variables) {
    this(home, variables, OperatingSystem.current());
  }

  public static UserEnvironment current() {
    return new UserEnvironment(currentHome(), System.getenv());
  }

  /**
   * The home folder as the tools we share files with find it (basic-memory's {@code Path.home()},
   * Claude Code's {@code os.homedir()}, git): {@code $HOME} when set (on Windows {@code
   * %USERPROFILE%}), else the JVM's {@code user.home}, which comes from the system's user database
   * and ignores a {@code HOME} that scripts and CI set.
   */
  public static Path currentHome() {
    return homeFrom(System.getenv(), System.getProperty("user.home"), OperatingSystem.current());
  }

  static Path homeFrom(Map<String, String> env, String userHome, OperatingSystem os) {
    String variable = os == OperatingSystem.WINDOWS ? "USERPROFILE" : "HOME";
    String value = env.get(variable);
    if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
      return Path.of(value);
    }
    return Path.of(userHome);
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
  }

  /** Claude Code's home: {@code $CLAUDE_CONFIG_DIR}, else {@code ~/.claude} (on every platform). */
  public Path claudeHome() {
    return variable("CLAUDE_CONFIG_DIR").map(Path::of).orElse(home.resolve(".claude"));
  }

  /**
   * Where this app keeps settings, caches and indexes: {@code $AGENT_WORKBENCH_HOME}, else the
   * platform's folder for app settings: {@code $XDG_CONFIG_HOME} or {@code ~/.config} on Linux,
   * {@code ~/Library/Application Support} on macOS, {@code %APPDATA%} on Windows.
   */
  public Path appHome() {
    return variable("AGENT_WORKBENCH_HOME")
        .map(Path::of)
        .orElseGet(() -> settingsRoot().resolve(APP_FOLDER));
  }

  private Path settingsRoot() {
    return switch (os) {
      case LINUX -> variable("XDG_CONFIG_HOME").map(Path::of).orElse(home.resolve(".config"));
      case MACOS -> home.resolve("Library").resolve("Application Support");
      case WINDOWS ->
          variable("APPDATA").map(Path::of).orElse(home.resolve("AppData").resolve("Roaming"));
    };
  }
}
