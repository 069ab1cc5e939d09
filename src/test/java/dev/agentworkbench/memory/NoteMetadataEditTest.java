package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteMetadataEditTest {
  @TempDir Path temp;
  Path root;
  NotesService notes;

  @BeforeEach
  void open() throws Exception {
    root = Fixtures.copy("memory/main", temp.resolve("notes"));
    notes = NotesService.open(NotesLocation.folder(root, temp.resolve("app")));
  }

  @AfterEach
  void close() throws Exception {
    notes.close();
  }

  private String text(String rel) throws Exception {
    return Files.readString(root.resolve(rel), StandardCharsets.UTF_8);
  }

  private static NoteEdits.Edit append(String content) {
    return new NoteEdits.Edit("append", content, "", "", 1, true);
  }

  @Test
  void metadataOnlyEditChangesOneKeyAndKeepsTheBodyBytes() throws Exception {
    String before = text("people/Ada Lovelace.md");
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("role", "platform director");
    meta.put("status", "active");
    notes.edit("main/people/ada-lovelace", append(""), meta);
    String after = text("people/Ada Lovelace.md");
    String expectedHead =
        "---\ntitle: Ada Lovelace\ntype: person\npermalink: main/people/ada-lovelace\ntags:\n"
            + "- people\nrole: platform director\nstatus: active\n---\n";
    assertTrue(after.startsWith(expectedHead), after);
    assertEquals(
        before.substring(before.indexOf("---\n", 4) + 4), after.substring(expectedHead.length()));
  }

  @Test
  void identityKeysInMetadataAreIgnoredAndListsReplaceInPlace() throws Exception {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("title", "Someone Else");
    meta.put("type", "robot");
    meta.put("permalink", "main/elsewhere");
    meta.put("tags", List.of("people", "leads"));
    notes.edit("Ada Lovelace", append("- [fact] Added later"), meta);
    String after = text("people/Ada Lovelace.md");
    assertTrue(
        after.startsWith(
            "---\ntitle: Ada Lovelace\ntype: person\npermalink: main/people/ada-lovelace\ntags:\n"
                + "- people\n- leads\nrole: ml-platform lead\n---\n"),
        after);
    assertTrue(after.endsWith("(2025-04-02 review)\n- [fact] Added later"), after);
  }

  @Test
  void frontmatterThatLinesCannotBeAddedToIsWrittenAgainWholeNotBroken() throws Exception {
    Map<String, String> layouts = new java.util.LinkedHashMap<>();
    layouts.put("flow", "---\n{title: Flow, type: note, n: 2}\n---\n\nBody.\n");
    layouts.put(
        "block", "---\ntitle: Flow\ntype: note\nn: 2\nstatus: |\n  x\n\n  y\n---\n\nBody.\n");
    for (Map.Entry<String, String> layout : layouts.entrySet()) {
      String edited =
          NoteEdits.setFrontmatter(
              layout.getValue(), Map.of("permalink", "main/flow", "status", "t"));
      var fm = dev.agentworkbench.memory.parse.Frontmatter.parse(edited);
      assertTrue(fm.problem().isEmpty(), layout.getKey() + ": " + edited);
      assertEquals("Flow", fm.values().get("title"), layout.getKey() + ": " + edited);
      assertEquals("main/flow", fm.values().get("permalink"), edited);
      assertEquals("t", fm.values().get("status"), edited);
      assertTrue(edited.contains("n: 2\n"), "typed values stay typed: " + edited);
      assertTrue(edited.endsWith("---\n\nBody.\n"), edited);
    }
  }

  @Test
  void nullMetadataValuesAreRefusedBeforeWriting() throws Exception {
    String before = text("people/Ada Lovelace.md");
    Map<String, Object> meta = new HashMap<>();
    meta.put("role", null);
    meta.put("owner", null);
    NotesException e =
        assertThrows(NotesException.class, () -> notes.edit("Ada Lovelace", append("x"), meta));
    assertEquals(
        "metadata values cannot be null (key deletion is not supported): owner, role",
        e.getMessage());
    assertEquals(before, text("people/Ada Lovelace.md"));
  }

  @Test
  void aRemovedPermalinkIsWrittenBackAndATakenOneIsRefused() throws Exception {
    notes.edit(
        "Ada Lovelace",
        new NoteEdits.Edit(
            "find_replace",
            "permalink: main/decisions/use-fsdp-over-deep-speed",
            "",
            "permalink: main/people/ada-lovelace",
            1,
            true),
        Map.of());
    assertTrue(text("people/Ada Lovelace.md").contains("permalink: main/people/ada-lovelace\n"));
    assertEquals(
        "main/people/ada-lovelace",
        notes.byPath("people/Ada Lovelace.md").orElseThrow().permalink());
    notes.edit(
        "Ada Lovelace",
        new NoteEdits.Edit(
            "find_replace", "", "", "permalink: main/people/ada-lovelace\n", 1, true),
        Map.of());
    assertTrue(text("people/Ada Lovelace.md").contains("permalink: main/people/ada-lovelace\n"));
  }

  @Test
  void theTitleFollowsAnEditedFirstHeadingThatItEqualled() throws Exception {
    notes.edit(
        "Ada Lovelace",
        new NoteEdits.Edit("find_replace", "# Ada King", "", "# Ada Lovelace", 1, true),
        Map.of());
    assertTrue(text("people/Ada Lovelace.md").startsWith("---\ntitle: Ada King\n"));
    assertEquals("Ada King", notes.byPath("people/Ada Lovelace.md").orElseThrow().title());
  }

  @Test
  void appendOnAMissingNoteCreatesItWithTheMetadata() throws Exception {
    notes.edit("inbox/New Idea", append("First line"), Map.of("status", "draft"));
    assertEquals(
        "---\ntitle: New Idea\ntype: note\npermalink: main/inbox/new-idea\nstatus: draft\n---\n\n"
            + "First line",
        text("inbox/New Idea.md"));
  }
}
