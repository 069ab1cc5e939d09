package dev.agentworkbench.memory;

import dev.agentworkbench.workspace.NotesConfig;
import dev.agentworkbench.workspace.NotesProject;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one project's notes are and how basic-memory is configured for them, plus where this app
 * keeps the project's index (under the app home, never in the notes folder). {@code
 * writeNoteOverwriteDefault} is basic-memory's {@code write_note_overwrite_default}: whether a
 * write that does not say replaces a note already at its path.
 */
public record NotesLocation(
    String projectName,
    Path root,
    Path indexDir,
    boolean permalinksIncludeProject,
    boolean kebabFilenames,
    boolean updatePermalinksOnMove,
    boolean writeNoteOverwriteDefault,
    Optional<Path> bmignore) {

  public static NotesLocation of(NotesProject project, NotesConfig config, UserEnvironment env) {
    Path stateDir =
        config.configFile().map(Path::getParent).orElse(env.home().resolve(".basic-memory"));
    return new NotesLocation(
        project.name(),
        project.root().toAbsolutePath().normalize(),
        indexDir(env.appHome(), project.name(), project.root()),
        config.permalinksIncludeProject(),
        config.kebabFilenames(),
        config.updatePermalinksOnMove(),
        config.writeNoteOverwriteDefault(),
        Optional.of(stateDir.resolve(".bmignore")));
  }

  /** A project folder given directly ({@code --home DIR}): named after the folder. */
  public static NotesLocation folder(Path root, Path appHome) {
    Path abs = root.toAbsolutePath().normalize();
    String name = abs.getFileName() == null ? "main" : abs.getFileName().toString();
    return new NotesLocation(
        name, abs, indexDir(appHome, name, abs), true, false, false, false, Optional.empty());
  }

  static Path indexDir(Path appHome, String project, Path root) {
    byte[] path = root.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
    String id = AtomicFileWriter.checksum(path).substring(0, 10);
    String slug = Permalinks.slug(project);
    return appHome
        .resolve("index")
        .resolve("memory")
        .resolve((slug.isEmpty() ? "project" : slug) + "-" + id);
  }
}
