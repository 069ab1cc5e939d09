package dev.agentworkbench.commit;

import dev.agentworkbench.git.TestRepo;
import dev.agentworkbench.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample Claude home relocated onto a temp repository: the project folder renamed to the
 * repository's encoded path and {@code /Users/dana/src/fraud-svc} replaced by the repository path
 * in every transcript; the repository's last commit predates the session, and its changes are the
 * session's edits (models/scorer.py edited, api/token_guard.py created), staged.
 */
public final class ClaudeHomeFixture {
  public static final String ORIGINAL = "/Users/dana/src/fraud-svc";

  private ClaudeHomeFixture() {}

  public record Setup(TestRepo repo, Path claudeHome) {}

  public static Setup create(Path temp) throws Exception {
    return create(temp, "chore: initial import");
  }

  /** As {@link #create(Path)}, with the repository's first commit message given. */
  public static Setup create(Path temp, String firstMessage) throws Exception {
    TestRepo repo = TestRepo.init(temp.resolve("fraud-svc"));
    repo.write(
        "models/scorer.py",
        "import math\n\n\n# tuned on 2026-09 validation set\nDEFAULT_THRESHOLD = 0.62\n"
            + "MIN_RECALL = 0.9\n");
    repo.write("api/auth.py", "def check(token, expected):\n    return token == expected\n");
    repo.commitAll(firstMessage);
    repo.write(
        "models/scorer.py",
        "import math\n\n\n# tuned on 2026-09 validation set\nDEFAULT_THRESHOLD = 0.71\n"
            + "MIN_RECALL = 0.9\n");
    repo.write(
        "api/token_guard.py",
        "import hmac\n\n\ndef tokens_match(presented: str, expected: str) -> bool:\n"
            + "    return hmac.compare_digest(presented.encode(), expected.encode())\n");
    repo.git("add", "-A");
    Path home = relocate(temp.resolve("claude-copy"), repo.root());
    return new Setup(repo, home);
  }

  /** Copies the sample home and points it at {@code repo}. */
  public static Path relocate(Path target, Path repo) throws IOException {
    Path home = Fixtures.copy("claude-home", target);
    Path real = repo.toRealPath();
    Path projects = home.resolve("projects");
    Path folder = projects.resolve("-Users-dana-src-fraud-svc");
    Path renamed = projects.resolve(encode(real.toString()));
    Files.move(folder, renamed);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(home)) {
      files = walk.filter(f -> f.toString().endsWith(".jsonl")).toList();
    }
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Files.writeString(f, text.replace(ORIGINAL, real.toString()), StandardCharsets.UTF_8);
    }
    return home;
  }

  /** Claude Code's folder name for a path: every character but ASCII letters and digits is -. */
  public static String encode(String path) {
    return path.replaceAll("[^A-Za-z0-9]", "-");
  }
}
