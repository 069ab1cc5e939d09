package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteDraftsTest {
  @TempDir Path temp;

  @Test
  void listsTheDraftsKeptUnderAProjectFolderOnly() throws Exception {
    NoteDrafts drafts = new NoteDrafts(temp.resolve("app"));
    Path notes = temp.resolve("notes");
    Path other = temp.resolve("notes-archive"); // a sibling whose name starts alike
    drafts.save(notes.resolve("b/Second.md"), "two", Optional.of("abc"));
    drafts.save(notes.resolve("First.md"), "one");
    drafts.save(other.resolve("Elsewhere.md"), "three");
    drafts.save(notes.resolve("Dropped.md"), "gone");
    drafts.discard(notes.resolve("Dropped.md"));

    assertEquals(
        List.of(notes.resolve("First.md"), notes.resolve("b/Second.md")), drafts.kept(notes));
    assertEquals(List.of(other.resolve("Elsewhere.md")), drafts.kept(other));
  }

  @Test
  void aDamagedSidecarHidesNoOtherDraft() throws Exception {
    NoteDrafts drafts = new NoteDrafts(temp.resolve("app"));
    Path notes = temp.resolve("notes");
    drafts.save(notes.resolve("First.md"), "one");
    Files.writeString(temp.resolve("app/drafts/memory/0000.note"), "\0not a path");
    Files.writeString(temp.resolve("app/drafts/memory/0001.note"), notes + "/Forged.md");
    assertEquals(List.of(notes.resolve("First.md")), drafts.kept(notes));
    assertEquals("one", drafts.load(notes.resolve("First.md")).orElseThrow().text());
  }
}
