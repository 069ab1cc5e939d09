package dev.agentworkbench.commit;

import dev.agentworkbench.workspace.UserEnvironment;
import java.nio.file.Path;
import java.util.List;

/**
 * The command a git hook runs to start the workbench: the {@code workbench} launcher script when
 * the running process was started through it ({@code $WORKBENCH_LAUNCHER}, an absolute path), else
 * the running JVM's own command: {@code <java> -cp <class path> dev.agentworkbench.Main}.
 */
public final class WorkbenchLauncher {
  public static final String MAIN_CLASS = "dev.agentworkbench.Main";

  private WorkbenchLauncher() {}

  public static List<String> current(UserEnvironment env) {
    var script = env.variable("WORKBENCH_LAUNCHER");
    if (script.isPresent()) {
      return List.of(Path.of(script.get()).toAbsolutePath().toString());
    }
    return javaCommand(System.getProperty("java.class.path"));
  }

  public static List<String> javaCommand(String classPath) {
    String javaBin =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    StringBuilder cp = new StringBuilder();
    for (String part : classPath.split(java.io.File.pathSeparator)) {
      if (!part.isEmpty()) {
        if (cp.length() > 0) {
          cp.append(java.io.File.pathSeparator);
        }
        cp.append(Path.of(part).toAbsolutePath());
      }
    }
    return List.of(javaBin, "-cp", cp.toString(), MAIN_CLASS);
  }
}
