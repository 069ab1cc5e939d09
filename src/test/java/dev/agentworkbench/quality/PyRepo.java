package dev.agentworkbench.quality;

import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.workspace.UserEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Test helpers: a make-pyrepo.sh repository and a look-up of tools on the PATH. */
public final class PyRepo {
  private PyRepo() {}

  /** Runs ../shared/tools/make-pyrepo.sh into {@code dir} (needs bash and the git CLI). */
  public static Path create(Path dir) throws IOException, InterruptedException {
    Path script = Fixtures.shared().resolve("tools").resolve("make-pyrepo.sh");
    Process p =
        new ProcessBuilder("bash", script.toString(), dir.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IOException("make-pyrepo.sh failed: " + out);
    }
    return dir;
  }

  public static boolean onPath(String program) {
    return findOnPath(program) != null;
  }

  public static Path findOnPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String d : path.split(File.pathSeparator)) {
      Path p = Path.of(d).resolve(program);
      if (!d.isBlank() && Files.isExecutable(p) && Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  public static boolean canRun(String program) {
    return onPath(program) && onPath("git") && onPath("bash");
  }

  /** The real environment with a temporary app home. */
  public static UserEnvironment environment(Path appHome) {
    Map<String, String> vars = new HashMap<>(System.getenv());
    vars.put("AGENT_WORKBENCH_HOME", appHome.toString());
    return new UserEnvironment(appHome, vars);
  }
}
