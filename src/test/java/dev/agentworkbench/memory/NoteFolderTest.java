package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** move_note and delete_note with is_directory: whole folders, permalinks kept. */
class NoteFolderTest {
  @TempDir Path temp;
  Path root;
  NotesService notes;

  @BeforeEach
  void open() throws Exception {
    root = Fixtures.copy("memory/main", temp.resolve("main"));
    notes = NotesService.open(NotesLocation.folder(root, temp.resolve("app")));
  }

  @AfterEach
  void close() throws Exception {
    notes.close();
  }

  @Test
  void movesAFolderTreeAndKeepsEveryPermalinkAndByte() throws Exception {
    byte[] before = Files.readAllBytes(root.resolve("ml/training/Learning Rate Warmup.md"));
    NotesService.FolderChange c = notes.moveFolder("ml", "research/ml");
    assertEquals(
        List.of(
            "research/ml/experiments/LoRA Fine-Tuning Run 2025-03.md",
            "research/ml/training/Cosine Decay Schedule.md",
            "research/ml/training/Learning Rate Warmup.md"),
        c.notes());
    assertFalse(Files.exists(root.resolve("ml")));
    assertEquals(
        new String(before),
        Files.readString(root.resolve("research/ml/training/Learning Rate Warmup.md")));
    assertEquals(
        "research/ml/training/Learning Rate Warmup.md",
        notes.read("main/ml/training/learning-rate-warmup").note().filePath());
    assertTrue(notes.byPath("ml/training/Learning Rate Warmup.md").isEmpty());
    assertTrue(notes.folders().contains("research/ml/training"));
    assertFalse(notes.folders().contains("ml"));
  }

  @Test
  void aMovedNoteWithoutAPermalinkGetsItsOldOneWritten() throws Exception {
    Files.createDirectories(root.resolve("loose"));
    Files.writeString(root.resolve("loose/Plain Note.md"), "Just text.\n");
    notes.update(List.of(root.resolve("loose/Plain Note.md")));
    notes.moveFolder("loose", "kept");
    assertEquals(
        "---\npermalink: main/loose/plain-note\n---\n\nJust text.\n",
        Files.readString(root.resolve("kept/Plain Note.md")));
    assertEquals(
        "main/loose/plain-note", notes.byPath("kept/Plain Note.md").orElseThrow().permalink());
  }

  @Test
  void refusesAMoveThatWouldOverwriteAndMovesNothing() throws Exception {
    NotesException e =
        assertThrows(NotesException.class, () -> notes.moveFolder("ml/training", "archive"));
    assertEquals("Move Failed - Destination Exists", e.heading());
    assertTrue(Files.exists(root.resolve("ml/training/Cosine Decay Schedule.md")));
    assertFalse(Files.exists(root.resolve("archive/Cosine Decay Schedule.md")));
    assertEquals(
        "Move Failed - Invalid Destination",
        assertThrows(NotesException.class, () -> notes.moveFolder("ml", "ml/inner")).heading());
    assertThrows(PathNotAllowedException.class, () -> notes.moveFolder("ml", "../outside"));
  }

  @Test
  void mergesIntoAnExistingFolder() throws Exception {
    notes.moveFolder("people", "decisions");
    assertTrue(Files.exists(root.resolve("decisions/Ada Lovelace.md")));
    assertTrue(Files.exists(root.resolve("decisions/Use FSDP Over DeepSpeed.md")));
    assertFalse(Files.exists(root.resolve("people")));
    assertEquals(
        "decisions/Ada Lovelace.md", notes.read("main/people/ada-lovelace").note().filePath());
  }

  @Test
  void theProjectItselfIsNoFolderToDeleteOrMoveAndDotSegmentsAreIgnored() throws Exception {
    for (String project : List.of(".", "./", " . ", "./.")) {
      NotesException e =
          assertThrows(
              NotesException.class, () -> notes.deleteFolder(project, NotesService.PERMANENTLY));
      assertEquals("PROJECT_FOLDER", e.code(), project);
      assertThrows(NotesException.class, () -> notes.moveFolder(project, "elsewhere"));
    }
    assertEquals(9, notes.size(), "nothing deleted");
    assertTrue(Files.exists(root.resolve("people/Ada Lovelace.md")));

    NotesService.FolderChange moved = notes.moveFolder("ml/./training", "ml//t2/");
    assertEquals("ml/training", moved.folder());
    assertEquals("ml/t2", moved.destination());
    assertEquals(
        List.of("ml/t2/Cosine Decay Schedule.md", "ml/t2/Learning Rate Warmup.md"), moved.notes());
    NotesService.FolderChange deleted =
        notes.deleteFolder("ml/./t2", NotesService.PERMANENTLY).orElseThrow();
    assertEquals(2, deleted.notes().size(), "the report names what was deleted");
    assertEquals(7, notes.size());
  }

  @Test
  void noNoteIsWrittenOrMovedWhereItWouldBeHidden() throws Exception {
    NotesException write =
        assertThrows(
            NotesException.class,
            () -> notes.write("H", ".hidden", "x", List.of(), "note", java.util.Map.of(), false));
    assertEquals("HIDDEN_PATH", write.code());
    assertTrue(write.getMessage().contains("'.hidden' starts with a dot"), write.getMessage());
    assertFalse(Files.exists(root.resolve(".hidden")));
    assertEquals(
        "HIDDEN_PATH",
        assertThrows(
                NotesException.class,
                () -> notes.move("Ada Lovelace", "people/.hid/Ada Lovelace.md", false))
            .code());
    assertEquals(
        "HIDDEN_PATH",
        assertThrows(NotesException.class, () -> notes.moveFolder("people", "x/.people")).code());
    assertTrue(Files.exists(root.resolve("people/Ada Lovelace.md")));
    Files.writeString(root.resolve(".gitignore"), "build/\n");
    NotesService fresh = NotesService.open(NotesLocation.folder(root, temp.resolve("app2")));
    try {
      NotesException ignored =
          assertThrows(
              NotesException.class,
              () -> fresh.write("B", "build", "x", List.of(), "note", java.util.Map.of(), false));
      assertEquals("IGNORED_PATH", ignored.code());
      assertFalse(Files.exists(root.resolve("build")));
    } finally {
      fresh.close();
    }
    // a dot inside a name is no hidden file
    notes.write("v1.2 notes", "releases", "x", List.of(), "note", java.util.Map.of(), false);
    assertTrue(notes.byPath("releases/v1.2 notes.md").isPresent());
  }

  @Test
  void deletesAFolderAndForgetsItsNotes() throws Exception {
    Optional<NotesService.FolderChange> c = notes.deleteFolder("ml", NotesService.PERMANENTLY);
    assertEquals(3, c.orElseThrow().notes().size());
    assertFalse(Files.exists(root.resolve("ml")));
    assertEquals(6, notes.size());
    assertTrue(notes.deleteFolder("nowhere", NotesService.PERMANENTLY).isEmpty());
    assertThrows(
        PathNotAllowedException.class, () -> notes.deleteFolder("..", NotesService.PERMANENTLY));
    assertThrows(
        PathNotAllowedException.class, () -> notes.deleteFolder("/", NotesService.PERMANENTLY));
  }
}
