package dev.agentworkbench.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentworkbench.workspace.process.ProcessResult;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.process.ProcessSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** A throw-away repository driven by the real git command line, for tests. */
public final class TestRepo {
  public static final String DATE = "2026-09-14T09:00:00Z";
  private final Path root;
  private final Map<String, String> env = new HashMap<>();

  private TestRepo(Path root) {
    this.root = root;
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_DATE", DATE);
    env.put("GIT_COMMITTER_DATE", DATE);
    env.put("GIT_EDITOR", "true");
  }

  public static boolean gitInstalled() {
    try {
      return new ProcessRunner().run(ProcessSpec.of("git", "--version")).exitCode() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** A new repository on branch main with an identity configured. */
  public static TestRepo init(Path dir) throws Exception {
    Assumptions.assumeTrue(gitInstalled(), "git is not installed");
    Files.createDirectories(dir);
    TestRepo repo = new TestRepo(dir);
    repo.git("init", "-q", "-b", "main");
    repo.git("config", "user.name", "Test User");
    repo.git("config", "user.email", "test@example.com");
    repo.git("config", "commit.gpgsign", "false");
    repo.git("config", "core.hooksPath", ".git/hooks");
    return repo;
  }

  public Path root() {
    return root;
  }

  public GitService service() {
    return new GitService(root);
  }

  public TestRepo env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public Path write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  public String read(String path) throws IOException {
    return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
  }

  public String git(String... args) throws Exception {
    ProcessResult r = run(null, args);
    assertEquals(0, r.exitCode(), "git " + String.join(" ", args) + ": " + r.stderrText());
    return r.stdoutText();
  }

  public ProcessResult run(byte[] stdin, String... args) throws Exception {
    List<String> argv = new ArrayList<>();
    argv.add("git");
    argv.addAll(List.of(args));
    ProcessSpec spec = ProcessSpec.of(argv).in(root).withEnvironment(env);
    if (stdin != null) {
      spec = spec.withStdin(stdin);
    }
    return new ProcessRunner().run(spec);
  }

  /** Stages everything and commits it with the fixed test date. */
  public void commitAll(String message) throws Exception {
    git("add", "-A");
    git("commit", "-q", "--no-verify", "-m", message);
  }

  /** The staged content of a path, as {@code git show :path} prints it. */
  public String staged(String path) throws Exception {
    return git("show", ":" + path);
  }
}
