package dev.agentworkbench.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentworkbench.memory.NotesLocation;
import dev.agentworkbench.memory.NotesService;
import dev.agentworkbench.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkChoicesTest {
  @TempDir Path temp;
  Path root;
  NotesService notes;

  @BeforeEach
  void open() throws Exception {
    root = Fixtures.copy("memory/main", temp.resolve("notes"));
  }

  @AfterEach
  void close() throws Exception {
    if (notes != null) {
      notes.close();
    }
  }

  private void write(String path, String title) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + title + "\ntype: note\n---\n\nText.\n");
  }

  /** The entries offered for {@code typed} in the note at {@code from}, as label => link. */
  private List<String> offered(String typed, String from) throws Exception {
    if (notes == null) {
      notes = NotesService.open(NotesLocation.folder(root, temp.resolve("app")));
    }
    List<LinkChoices.Choice> choices =
        LinkChoices.of(typed, notes.notes(), Optional.of(from), notes::resolve);
    for (LinkChoices.Choice c : choices) {
      // whatever the link, it finds the note the entry names, from where it is written
      assertEquals(
          c.filePath(),
          notes.resolve(c.link(), Optional.of(from)).orElseThrow().filePath(),
          c.label());
    }
    return choices.stream().map(c -> c.label() + " => " + c.link()).toList();
  }

  @Test
  void aTitleSeveralNotesHoldIsOfferedOncePerNoteWithItsFolderAndLinkedSoAsToFindThatNote()
      throws Exception {
    write("Learning Rate Warmup.md", "Learning Rate Warmup");
    assertEquals(
        List.of(
            "Learning Rate Warmup \u00b7 project root => Learning Rate Warmup",
            "Learning Rate Warmup \u00b7 archive/ => archive/Learning Rate Warmup",
            "Learning Rate Warmup \u00b7 ml/training/ => ml/training/Learning Rate Warmup"),
        offered("learning", "people/Ada Lovelace.md"),
        "from people/, the root's note is the closest: its title alone finds it");
    assertEquals(
        List.of(
            "Learning Rate Warmup \u00b7 project root => Learning Rate Warmup.md",
            "Learning Rate Warmup \u00b7 archive/ => Learning Rate Warmup",
            "Learning Rate Warmup \u00b7 ml/training/ => ml/training/Learning Rate Warmup"),
        offered("warmup", "archive/Learning Rate Warmup.md"),
        "from archive/, its own note is the closest; the root's is named by its path");
    assertEquals(
        List.of("Cosine Decay Schedule => Cosine Decay Schedule"),
        offered("cos", "archive/Learning Rate Warmup.md"),
        "a title no other note holds is offered as it is");
  }

  @Test
  void aFolderPathThatFindsAnotherNoteFromTheLinkingOneGivesWayToThePermalink() throws Exception {
    // from ml/, archive/Learning Rate Warmup is ml/archive/Learning Rate Warmup
    write("ml/archive/Learning Rate Warmup.md", "Learning Rate Warmup");
    write("ml/Notes.md", "Notes");
    List<String> offered = offered("Learning Rate", "ml/Notes.md");
    assertEquals(
        "Learning Rate Warmup \u00b7 archive/ => main/archive/learning-rate-warmup",
        offered.get(0));
    assertEquals(3, offered.size(), offered.toString());
  }
}
