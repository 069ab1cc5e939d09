package dev.agentworkbench.workspace;

import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The sample workspace the first-run tour opens, so that a user with nothing set up sees every room
 * with real content: a git repository with the machine-learning-engineer spec and an uncommitted
 * change to a Python file, and a small basic-memory project beside it. Made in a folder of its own.
 */
public final class SampleWorkspace {
  private static final String BASE = "/dev/agentworkbench/workspace/sample/";
  private static final String SPEC = "/dev/agentworkbench/spec/sample/machine-learning-engineer.md";
  private static final List<String> NOTES =
      List.of(
          "ml/Fraud Model Baseline.md",
          "ml/Feature Scaling Choices.md",
          "decisions/Adopt Nightly Retraining.md");
  private static final List<String> REPO_FILES =
      List.of("README.md", "src/scorer.py", "tests/test_scorer.py");

  private SampleWorkspace() {}

  /** Creates the sample under {@code parent} and opens it as a workspace. */
  public static Workspace create(Path parent, UserEnvironment environment) throws IOException {
    Path root =
        Files.createTempDirectory(Files.createDirectories(parent), "agent-workbench-sample-");
    Path repo = root.resolve("fraud-service");
    Path notes = root.resolve("notes");
    for (String file : REPO_FILES) {
      write(repo.resolve(file), BASE + "repo/" + file);
    }
    write(repo.resolve(".claude/agents/machine-learning-engineer.md"), SPEC);
    for (String note : NOTES) {
      write(notes.resolve(note), BASE + "notes/" + note);
    }
    commitInitialState(repo);
    // The uncommitted change the Quality and Commit rooms show.
    write(repo.resolve("src/scorer.py"), BASE + "repo/scorer_change.py");
    Workspace opened = new WorkspaceLocator(environment).open(repo);
    NotesConfig sampleNotes =
        new NotesConfig(
            Optional.empty(),
            List.of(new NotesProject("sample", notes, true)),
            "sample",
            true,
            false,
            false,
            false,
            List.of());
    return new Workspace(
        opened.folder(),
        opened.repositoryRoot(),
        opened.projectAgentDirs(),
        opened.userAgentDir(),
        sampleNotes,
        environment);
  }

  private static void commitInitialState(Path repo) throws IOException {
    try (Git git = Git.init().setInitialBranch("main").setDirectory(repo.toFile()).call()) {
      git.add().addFilepattern(".").call();
      PersonIdent sample =
          new PersonIdent("Agent Workbench sample", "sample@agentworkbench.invalid");
      git.commit()
          .setMessage("feat(scorer): first fraud scorer - @machine-learning-engineer")
          .setAuthor(sample)
          .setCommitter(sample)
          .setSign(false)
          .call();
    } catch (GitAPIException e) {
      throw new IOException(
          "The sample repository could not be created in " + repo + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path target, String resource) throws IOException {
    try (InputStream in = SampleWorkspace.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("The app is missing its sample file " + resource + "; reinstall it.");
      }
      AtomicFileWriter.write(target, in.readAllBytes());
    }
  }
}
