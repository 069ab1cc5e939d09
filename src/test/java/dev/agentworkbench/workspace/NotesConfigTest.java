package dev.agentworkbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesConfigTest {
  @TempDir Path dir;

  private Path fixtureConfigDir() throws Exception {
    Path copy = Fixtures.copy("memory", dir);
    Path config = copy.resolve("basic-memory-config/config.json");
    Files.writeString(config, Files.readString(config).replace("FIXTURE_ROOT", copy.toString()));
    return config.getParent();
  }

  @Test
  void readsProjectsFromBasicMemoryConfigDir() throws Exception {
    Path configDir = fixtureConfigDir();
    NotesConfig config =
        NotesConfig.load(
            new UserEnvironment(dir, Map.of("BASIC_MEMORY_CONFIG_DIR", configDir.toString())));

    assertEquals("main", config.defaultNotesProject().name());
    assertTrue(config.defaultNotesProject().fromConfig());
    assertFalse(config.defaultNotesProject().isMissing());
    assertTrue(
        config.project("research").orElseThrow().isMissing(), "research is configured but gone");
    assertTrue(config.permalinksIncludeProject());
  }

  /** The config in {@code configDir} with one more environment variable set. */
  private NotesConfig withConfigAnd(Path configDir, String variable, String value) {
    return NotesConfig.load(
        new UserEnvironment(
            dir, Map.of("BASIC_MEMORY_CONFIG_DIR", configDir.toString(), variable, value)));
  }

  @Test
  void settingsInTheEnvironmentWinOverTheFileAsInBasicMemory() throws Exception {
    Path configDir = fixtureConfigDir();
    NotesConfig config =
        NotesConfig.load(
            new UserEnvironment(
                dir,
                Map.of(
                    "BASIC_MEMORY_CONFIG_DIR", configDir.toString(),
                    "BASIC_MEMORY_UPDATE_PERMALINKS_ON_MOVE", "True",
                    "BASIC_MEMORY_PERMALINKS_INCLUDE_PROJECT", "0",
                    "BASIC_MEMORY_KEBAB_FILENAMES", "yes",
                    "BASIC_MEMORY_DEFAULT_PROJECT", "research")));
    assertTrue(config.updatePermalinksOnMove());
    assertFalse(config.permalinksIncludeProject());
    assertTrue(config.kebabFilenames());
    assertEquals("research", config.defaultProject());
    NotesConfig unreadable =
        withConfigAnd(configDir, "BASIC_MEMORY_UPDATE_PERMALINKS_ON_MOVE", "sometimes");
    assertFalse(unreadable.updatePermalinksOnMove(), "a value it cannot read leaves the file's");
    NotesConfig unknown = withConfigAnd(configDir, "BASIC_MEMORY_DEFAULT_PROJECT", "nowhere");
    assertEquals("main", unknown.defaultProject(), "a project the config does not have is ignored");
    NotesConfig none =
        NotesConfig.load(new UserEnvironment(dir, Map.of("BASIC_MEMORY_HOME", "~/notes-here")));
    assertEquals(dir.resolve("notes-here"), none.defaultNotesProject().root());
  }

  @Test
  void readsWriteNoteOverwriteDefaultFromTheFileAndTheEnvironment() throws Exception {
    Path configDir = Files.createDirectories(dir.resolve("overwrite-config"));
    Files.writeString(
        configDir.resolve("config.json"),
        "{\"projects\": {\"main\": \""
            + dir.toString().replace("\\", "/")
            + "\"}, \"write_note_overwrite_default\": true}");
    NotesConfig config =
        NotesConfig.load(
            new UserEnvironment(dir, Map.of("BASIC_MEMORY_CONFIG_DIR", configDir.toString())));
    assertTrue(config.writeNoteOverwriteDefault());
    assertFalse(
        withConfigAnd(configDir, "BASIC_MEMORY_WRITE_NOTE_OVERWRITE_DEFAULT", "false")
            .writeNoteOverwriteDefault(),
        "the environment wins");
    assertFalse(
        NotesConfig.load(new UserEnvironment(dir, Map.of())).writeNoteOverwriteDefault(),
        "false by default");
  }

  @Test
  void aConfigThatIsNotJsonIsSaidToBeUnreadable() throws Exception {
    Path configDir = Files.createDirectories(dir.resolve("broken-config"));
    Files.writeString(configDir.resolve("config.json"), "{bad json");
    NotesConfig config =
        NotesConfig.load(
            new UserEnvironment(dir, Map.of("BASIC_MEMORY_CONFIG_DIR", configDir.toString())));
    assertTrue(config.unreadable(), "the command line stops on it: " + config.problems());
    assertFalse(
        NotesConfig.load(
                new UserEnvironment(
                    dir, Map.of("BASIC_MEMORY_CONFIG_DIR", fixtureConfigDir().toString())))
            .unreadable());
  }

  @Test
  void xdgConfigHomeIsTheSecondPlaceToLook() throws Exception {
    Path xdg = dir.resolve("xdg");
    Files.createDirectories(xdg.resolve("basic-memory"));
    Files.writeString(
        xdg.resolve("basic-memory/config.json"),
        "{\"projects\": {\"work\": \""
            + dir.resolve("work-notes")
            + "\"}, \"default_project\": \"work\"}");
    NotesConfig config =
        NotesConfig.load(new UserEnvironment(dir, Map.of("XDG_CONFIG_HOME", xdg.toString())));
    assertEquals("work", config.defaultNotesProject().name());
    assertEquals(dir.resolve("work-notes"), config.defaultNotesProject().root());
  }

  @Test
  void withoutConfigTheDefaultIsBasicMemoryInHomeAndNothingIsCreated() {
    NotesConfig config = NotesConfig.load(new UserEnvironment(dir, Map.of()));
    assertEquals(dir.resolve("basic-memory"), config.defaultNotesProject().root());
    assertFalse(config.defaultNotesProject().fromConfig());
    assertFalse(
        Files.exists(dir.resolve("basic-memory")), "created only when the first note is written");
  }

  @Test
  void brokenConfigFallsBackWithAMessageNamingTheFile() throws Exception {
    Files.createDirectories(dir.resolve(".basic-memory"));
    Files.writeString(dir.resolve(".basic-memory/config.json"), "{ not json");
    NotesConfig config = NotesConfig.load(new UserEnvironment(dir, Map.of()));
    assertEquals(1, config.problems().size());
    assertTrue(config.problems().get(0).contains("config.json"));
    assertEquals(dir.resolve("basic-memory"), config.defaultNotesProject().root());
  }
}
