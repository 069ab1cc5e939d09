package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.memory.index.SearchHit;
import dev.agentworkbench.memory.index.SearchRequest;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.workspace.files.WriteConflictException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesServiceTest {
  @TempDir Path temp;
  Path root;
  Path appHome;
  NotesService notes;

  @BeforeEach
  void open() throws Exception {
    root = Fixtures.copy("memory/main", temp.resolve("notes"));
    appHome = temp.resolve("app");
    notes = NotesService.open(NotesLocation.folder(root, appHome));
  }

  @AfterEach
  void close() throws Exception {
    notes.close();
  }

  private List<String> titles(String query) throws Exception {
    return notes.search(SearchRequest.text(query)).results().stream()
        .map(SearchHit::title)
        .toList();
  }

  @Test
  void listsEveryNoteIncludingBrokenOnesWithWarnings() {
    assertEquals(9, notes.size());
    NoteSummary broken = notes.byPath("broken/Bad Frontmatter.md").orElseThrow();
    assertFalse(broken.warnings().isEmpty());
    assertTrue(Files.isDirectory(appHome.resolve("index/memory")));
    assertFalse(Files.exists(root.resolve("index")));
  }

  @Test
  void warmingTheSavePathChangesNothingAnyoneSees() throws Exception {
    List<Set<String>> told = new java.util.ArrayList<>();
    notes.onChange(told::add);
    Map<String, List<SearchHit>> before = new java.util.TreeMap<>();
    for (String q : List.of("warmup", "tag:lora", "fsdp", "zebra", "\u8bad\u7ec3")) {
      before.put(q, notes.search(SearchRequest.text(q)).results());
    }
    byte[][] files = {
      Files.readAllBytes(root.resolve("people/Ada Lovelace.md")),
      Files.readAllBytes(root.resolve("ml/training/Learning Rate Warmup.md"))
    };
    notes.warmUpdates();
    assertEquals(9, notes.size());
    assertTrue(told.isEmpty(), "no listener hears of it: " + told);
    for (Map.Entry<String, List<SearchHit>> e : before.entrySet()) {
      assertEquals(
          e.getValue().stream().map(SearchHit::filePath).toList(),
          notes.search(SearchRequest.text(e.getKey())).results().stream()
              .map(SearchHit::filePath)
              .toList(),
          e.getKey());
    }
    assertTrue(
        java.util.Arrays.equals(
            files[0], Files.readAllBytes(root.resolve("people/Ada Lovelace.md"))));
    assertTrue(
        java.util.Arrays.equals(
            files[1], Files.readAllBytes(root.resolve("ml/training/Learning Rate Warmup.md"))));
  }

  @Test
  void searchFindsPrefixesPhrasesTagsAndBrokenNotes() throws Exception {
    assertEquals(List.of("Bad Frontmatter"), titles("zebra"));
    assertTrue(titles("warm").contains("Learning Rate Warmup"));
    assertTrue(titles("\"full sharding\"").contains("Use FSDP Over DeepSpeed"));
    assertFalse(titles("warmup NOT cosine").contains("Cosine Decay Schedule"));
    assertTrue(titles("tag:lora").contains("LoRA Fine-Tuning Run 2025-03"));
    assertTrue(
        titles("fsdp OR zebra").containsAll(List.of("Bad Frontmatter", "Use FSDP Over DeepSpeed")));
    String snippet = notes.search(SearchRequest.text("zebra")).results().get(0).snippet();
    assertTrue(snippet.contains("**zebra-marker**") || snippet.contains("**zebra**"), snippet);
  }

  @Test
  void aPieceOfAJapaneseOrKoreanWordWithoutSpacesFindsItsNote() throws Exception {
    Path ja = root.resolve("データベース設計.md");
    Files.writeString(ja, "ベクトルデータベースを使う。\n");
    Path ko = root.resolve("Korean.md");
    Files.writeString(ko, "데이터베이스를 설계합니다.\n");
    notes.update(List.of(ja, ko));
    assertEquals(List.of("データベース設計"), titles("ベース"));
    assertTrue(
        notes.search(SearchRequest.text("ベース")).results().get(0).snippet().contains("**ベース**"),
        "the piece is marked where it stands in the run");
    assertEquals(List.of("Korean"), titles("베이스"));
    assertEquals(List.of(), titles("ベスト"), "the characters in another order find nothing");
  }

  @Test
  void resolvesDuplicateTitlesToTheClosestNote() {
    assertEquals(
        "archive/Learning Rate Warmup.md",
        notes
            .resolve("Learning Rate Warmup", Optional.of("archive/Other.md"))
            .orElseThrow()
            .filePath());
    assertEquals(
        "ml/training/Learning Rate Warmup.md",
        notes
            .resolve("Learning Rate Warmup", Optional.of("ml/training/x.md"))
            .orElseThrow()
            .filePath());
    assertFalse(notes.backlinks("decisions/Use FSDP Over DeepSpeed.md").isEmpty());
  }

  @Test
  void aTitleHeldInSeveralFoldersResolvesToTheNearestAncestorThenTheNearestDescendant()
      throws Exception {
    List<Path> files = new java.util.ArrayList<>();
    for (String folder : List.of("", "a/", "a/b/", "x/", "a/b/c/d/", "a/b/c/d/e/")) {
      Path f = root.resolve(folder + "Dup.md");
      Files.createDirectories(f.getParent());
      Files.writeString(f, "---\ntitle: Dup\n---\n");
      files.add(f);
    }
    notes.update(files);
    java.util.function.Function<String, String> from =
        source -> notes.resolve("Dup", Optional.of(source)).orElseThrow().filePath();
    assertEquals("a/b/Dup.md", from.apply("a/b/c/Src.md"), "one level up beats the root");
    assertEquals("a/Dup.md", from.apply("a/y/Src.md"));
    assertEquals("a/b/c/d/Dup.md", from.apply("a/b/c/d/Src.md"), "the same folder first");
    assertEquals(
        "a/b/Dup.md", from.apply("a/b/Src.md"), "an ancestor folder is not nearer than the same");
    assertEquals("Dup.md", from.apply("q/Src.md"), "any ancestor beats a descendant or a stranger");
  }

  @Test
  void aNoteWhoseTitleLooksLikeAPathIsSavedAsItIsOpened() throws Exception {
    WriteResult r = notes.write("~root", "", "first\n", List.of(), "note", Map.of(), false);
    assertEquals("~root.md", r.note().filePath());
    NoteFile read = notes.readFile("~root.md");
    notes.save("~root.md", read.text() + "second\n", read.checksum());
    assertTrue(Files.readString(root.resolve("~root.md")).endsWith("second\n"));
    notes.overwrite("~root.md", "mine\n");
    assertEquals("mine\n", Files.readString(root.resolve("~root.md")));
  }

  @Test
  void writesInBasicMemoryLayoutAndRefusesAnExistingNote() throws Exception {
    WriteResult r =
        notes.write(
            "GPU Memory: 80GB",
            "ml",
            "Body with [[Nowhere]].\n",
            List.of("gpu", "#memory"),
            "ML Experiment",
            Map.of("status", "draft"),
            false);
    assertEquals("ml/GPU Memory- 80GB.md", r.note().filePath());
    String text = Files.readString(root.resolve("ml/GPU Memory- 80GB.md"), StandardCharsets.UTF_8);
    assertEquals(
        "---\ntitle: 'GPU Memory: 80GB'\ntype: ml_experiment\npermalink: main/ml/gpu-memory-80-gb\n"
            + "tags:\n- gpu\n- memory\nstatus: draft\n---\n\nBody with [[Nowhere]].\n",
        text);
    assertEquals(1, r.unresolvedRelations());
    assertThrows(
        NoteExistsException.class,
        () -> notes.write("GPU Memory: 80GB", "ml", "x", List.of(), "note", Map.of(), false));
    assertEquals(
        "main/ml/gpu-memory-80-gb",
        notes
            .write("GPU Memory: 80GB", "ml", "new", List.of(), "note", Map.of(), true)
            .note()
            .permalink());
    assertThrows(
        PathNotAllowedException.class,
        () -> notes.write("X", "../outside", "x", List.of(), "note", Map.of(), false));
  }

  @Test
  void suffixesAPermalinkThatIsTaken() throws Exception {
    notes.write("basic memory bug", "", "a", List.of(), "note", Map.of(), false);
    WriteResult second =
        notes.write("basic-memory-bug", "", "b", List.of(), "note", Map.of(), false);
    assertEquals("main/basic-memory-bug-1", second.note().permalink());
  }

  @Test
  void nothingIsWrittenOutsideTheProjectThroughALinkedFolder() throws Exception {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createSymbolicLink(root.resolve("linkdir"), outside);
    assertThrows(
        PathNotAllowedException.class,
        () -> notes.write("Escaped", "linkdir", "x", List.of(), "note", Map.of(), false));
    assertThrows(
        PathNotAllowedException.class,
        () -> notes.edit("linkdir/Via Edit", new NoteEdits.Edit("append", "x", "", "", 1, true)));
    assertThrows(
        PathNotAllowedException.class, () -> notes.move("Ada Lovelace", "linkdir/Ada.md", false));
    try (var left = Files.list(outside)) {
      assertEquals(0, left.count(), "nothing landed outside");
    }
    assertTrue(Files.exists(root.resolve("people/Ada Lovelace.md")));
    assertThrows(
        PathNotAllowedException.class,
        () -> notes.write("X", "notes/~x", "x", List.of(), "note", Map.of(), false));
    // a tilde inside a note's own name is not a path to home
    WriteResult tilde = notes.write("Latency ~5ms", "", "fast", List.of(), "note", Map.of(), false);
    assertEquals("fast", notes.read(tilde.note().permalink()).note().content().strip());
    Files.createSymbolicLink(root.resolve("linked-folder"), outside);
    Files.writeString(outside.resolve("Kept.md"), "kept");
    assertThrows(
        PathNotAllowedException.class,
        () -> notes.deleteFolder("linked-folder", NotesService.PERMANENTLY));
    assertTrue(Files.exists(outside.resolve("Kept.md")), "nothing deleted outside the project");
  }

  @Test
  void editingANoteThatStartsWithAByteOrderMarkKeepsItsFrontmatter() throws Exception {
    Path file = root.resolve("people/Bom.md");
    Files.write(
        file,
        ("\uFEFF---\ntitle: Bom\ntype: person\npermalink: main/people/bom\ntags:\n- kept\n"
                + "status: draft\n---\n\nBody.\n")
            .getBytes(StandardCharsets.UTF_8));
    notes.update(List.of(file));
    notes.edit("main/people/bom", new NoteEdits.Edit("append", "- [fact] added", "", "", 1, true));
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith("\uFEFF---\ntitle: Bom\n"), "no second frontmatter in front: " + text);
    assertTrue(text.contains("status: draft\n---\n\nBody.\n- [fact] added"), text);
    assertEquals(List.of("kept"), notes.read("main/people/bom").note().tags());
    Path bare = root.resolve("people/Bom Bare.md");
    Files.write(
        bare,
        "\uFEFF---\ntitle: Bom Bare\ntype: person\n---\n\nBody.\n"
            .getBytes(StandardCharsets.UTF_8));
    notes.update(List.of(bare));
    notes.edit("people/Bom Bare", new NoteEdits.Edit("append", "more", "", "", 1, true));
    String edited = Files.readString(bare, StandardCharsets.UTF_8);
    assertTrue(
        edited.startsWith(
            "\uFEFF---\ntitle: Bom Bare\ntype: person\npermalink: main/people/bom-bare\n---"),
        "the permalink is added inside the one frontmatter: " + edited);
  }

  @Test
  void overwritingAndMovingANoteKeepTheTypesOfItsValues() throws Exception {
    Path file = root.resolve("people/Typed.md");
    Files.writeString(
        file,
        "---\ntitle: Typed\ntype: note\ntags: [no, on]\ndraft: true\nversion: 2\nscore: 2.5\nnums:\n- 1\n- 2\n"
            + "due: 2025-03-14\ncreated: 2024-03-01T10:00:00\n---\n\nOld.\n");
    notes.update(List.of(file));
    notes.write("Typed", "people", "New.\n", List.of(), "note", Map.of(), true);
    String text = Files.readString(file);
    for (String kept :
        List.of(
            "draft: true\n",
            "version: 2\n",
            "score: 2.5\n",
            "nums:\n- 1\n- 2\n",
            "due: 2025-03-14\n",
            "created: 2024-03-01 10:00:00\n",
            "tags:\n- 'False'\n- 'True'\n")) {
      assertTrue(text.contains(kept), kept + " in\n" + text);
    }
    Files.writeString(
        root.resolve("people/Moved.md"), "---\ntitle: Moved\nwhen: 2024-03-01\nn: 7\n---\n\nB.\n");
    notes.update(List.of(root.resolve("people/Moved.md")));
    notes.move("people/Moved", "archive/Moved.md", false);
    String moved = Files.readString(root.resolve("archive/Moved.md"));
    assertTrue(moved.contains("when: 2024-03-01\nn: 7\n"), moved);
  }

  @Test
  void aNoteTypeIsSnakeCasedExactlyAsBasicMemoryDoes() {
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("ML Experiment", "ml_experiment");
    expected.put("BasicMemory", "basic_memory");
    expected.put("memory-service", "memory_service");
    expected.put("Memory_Service", "memory_service");
    expected.put("Réunion", "réunion");
    expected.put("Zoë", "zoë");
    expected.put("人物", "人物");
    expected.put("1:20", "1:20");
    expected.put("a/b", "a/b");
    expected.put("x__y", "x__y");
    expected.put(".inf", "_inf");
    expected.put("  ", "note");
    expected.forEach((type, snake) -> assertEquals(snake, NotesService.snake(type), type));
  }

  @Test
  void aCopiedNoteIsReadWithItsFrontmatterPermalinkSuffixedAsBasicMemorySyncsIt() throws Exception {
    Path copy = Files.createDirectories(root.resolve("dup")).resolve("Ada Copy.md");
    Files.copy(root.resolve("people/Ada Lovelace.md"), copy);
    Path another = root.resolve("dup/Ada Again.md");
    Files.copy(root.resolve("people/Ada Lovelace.md"), another);
    // in the order the files come, as basic-memory's watcher takes them
    notes.update(List.of(copy, another));
    NoteFile read = notes.read("dup/Ada Copy");
    assertEquals("main/people/ada-lovelace-1", read.note().permalink());
    assertEquals("main/people/ada-lovelace-2", notes.read("dup/Ada Again").note().permalink());
    assertTrue(
        read.note().warnings().stream().anyMatch(w -> w.contains("also used by another note")),
        read.note().warnings().toString());
    assertEquals("main/people/ada-lovelace", notes.read("people/Ada Lovelace").note().permalink());
  }

  @Test
  void aFreshIndexGivesASharedPermalinkToTheOriginalAndSuffixesTheCopiesByPath() throws Exception {
    for (String copy : List.of("a-copy/Ada.md", "z-copy/Ada.md")) {
      Files.createDirectories(root.resolve(copy).getParent());
      Files.copy(root.resolve("people/Ada Lovelace.md"), root.resolve(copy));
    }
    for (int run = 0; run < 3; run++) {
      notes.close();
      notes = NotesService.open(NotesLocation.folder(root, temp.resolve("fresh-" + run)));
      assertEquals(
          "main/people/ada-lovelace",
          notes.byPath("people/Ada Lovelace.md").orElseThrow().permalink(),
          "the note at the path the permalink was made from keeps it");
      assertEquals(
          "main/people/ada-lovelace-1", notes.byPath("a-copy/Ada.md").orElseThrow().permalink());
      assertEquals(
          "main/people/ada-lovelace-2", notes.byPath("z-copy/Ada.md").orElseThrow().permalink());
      assertEquals(
          "people/Ada Lovelace.md",
          notes.read("main/people/ada-lovelace").note().filePath(),
          "the index agrees");
    }
  }

  @Test
  void anEditOfANoteWithWindowsLineEndsKeepsThemForEveryLine() throws Exception {
    Path file = root.resolve("people/Crlf.md");
    Files.writeString(file, "---\r\ntitle: Crlf\r\ntype: note\r\n---\r\n\r\n## Notes\r\nfirst\r\n");
    notes.update(List.of(file));
    notes.edit(
        "people/Crlf",
        new NoteEdits.Edit("insert_after_section", "added\nlines", "Notes", "", 1, true));
    notes.edit("people/Crlf", new NoteEdits.Edit("append", "last", "", "", 1, true));
    String text = Files.readString(file);
    assertFalse(
        text.replace("\r\n", "").contains("\n"), "no bare LF: " + text.replace("\r", "\\r"));
    assertTrue(text.contains("## Notes\r\nadded\r\nlines\r\n"), text);
  }

  @Test
  void editsWithBasicMemoryOperationsAndErrors() throws Exception {
    String id = "main/people/ada-lovelace";
    notes.edit(id, new NoteEdits.Edit("append", "- [fact] Appended #x", "", "", 1, true));
    assertTrue(notes.read(id).text().endsWith("- [fact] Appended #x"));
    EditFailedException wrong =
        assertThrows(
            EditFailedException.class,
            () -> notes.edit(id, new NoteEdits.Edit("find_replace", "Y", "", "Ada", 1, true)));
    assertTrue(wrong.getMessage().startsWith("Expected 1 occurrences of 'Ada', but found"));
    notes.edit(
        id,
        new NoteEdits.Edit("replace_section", "- owns [[Nothing]]\n", "Relations", "", 1, true));
    String text = notes.read(id).text();
    assertTrue(text.contains("## Relations\n- owns [[Nothing]]"));
    assertFalse(text.contains("signed off"));
    assertThrows(
        EditFailedException.class,
        () -> notes.edit(id, new NoteEdits.Edit("insert_after_section", "x", "Nope", "", 1, true)));
    assertThrows(
        AmbiguousIdentifierException.class,
        () ->
            notes.edit("Learning Rate Warmup", new NoteEdits.Edit("append", "x", "", "", 1, true)));
  }

  @Test
  void aMarkdownFileOfEitherExtensionInAnyCaseIsANoteAsBasicMemoryReadsIt() throws Exception {
    Files.writeString(
        root.resolve("people/Grace Hopper.markdown"),
        "---\ntype: person\n---\n\n- [fact] wrote the first compiler #cobol\n- knows [[Ada Lovelace]]\n");
    Files.writeString(root.resolve("people/Shouting.MD"), "A note in capitals about zephyrs.\n");
    Files.writeString(root.resolve("people/plain.txt"), "not a note about zephyrs\n");
    notes.update(
        List.of(
            root.resolve("people/Grace Hopper.markdown"),
            root.resolve("people/Shouting.MD"),
            root.resolve("people/plain.txt")));

    assertEquals(11, notes.size());
    NoteSummary grace = notes.byPath("people/Grace Hopper.markdown").orElseThrow();
    assertEquals("Grace Hopper", grace.title());
    assertEquals("main/people/grace-hopper", grace.permalink());
    assertEquals("Shouting", notes.byPath("people/Shouting.MD").orElseThrow().title());
    assertEquals(List.of("Grace Hopper"), titles("compiler"));
    assertEquals(List.of("Shouting"), titles("zephyrs"));
    assertEquals("people/Grace Hopper.markdown", notes.read("Grace Hopper").note().filePath());
    assertTrue(
        notes.backlinks("people/Ada Lovelace.md").stream()
            .anyMatch(b -> b.source().filePath().equals("people/Grace Hopper.markdown")));

    NotesException mismatch =
        assertThrows(
            NotesException.class, () -> notes.move("Grace Hopper", "team/Grace Hopper.md", false));
    assertTrue(mismatch.getMessage().contains("extension .markdown"), mismatch.getMessage());
    notes.move("Grace Hopper", "team/Grace Hopper.markdown", false);
    assertTrue(Files.exists(root.resolve("team/Grace Hopper.markdown")));
    assertEquals(List.of("Grace Hopper"), titles("compiler"));

    // a fresh open finds them by walking the folder, not only from file events
    notes.close();
    notes = NotesService.open(NotesLocation.folder(root, temp.resolve("app2")));
    assertEquals(11, notes.size());
    assertTrue(notes.byPath("team/Grace Hopper.markdown").isPresent());
  }

  @Test
  void movesKeepingThePermalinkAndDeletes() throws Exception {
    WriteResult moved = notes.move("main/people/ada-lovelace", "team/Ada Lovelace.md", false);
    assertEquals("main/people/ada-lovelace", moved.note().permalink());
    assertTrue(Files.exists(root.resolve("team/Ada Lovelace.md")));
    assertFalse(Files.exists(root.resolve("people/Ada Lovelace.md")));
    assertTrue(notes.delete("main/people/ada-lovelace"));
    assertFalse(notes.delete("main/people/ada-lovelace"));
    assertEquals(8, notes.size());
  }

  @Test
  void aNoteThatIsNotUtf8IsNeverWrittenBackWithItsUnreadableBytesLost() throws Exception {
    byte[] latin1 =
        "---\ntitle: Caf\u00e9\n---\ncaf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = root.resolve("ml/Cafe.md");
    Files.write(file, latin1);
    notes.update(List.of(file));
    NoteFile read = notes.readFile("ml/Cafe.md");
    assertFalse(read.utf8());
    assertTrue(
        read.note().warnings().get(0).startsWith("not valid UTF-8"),
        read.note().warnings().toString());

    NotesException edit =
        assertThrows(
            NotesException.class,
            () -> notes.edit("ml/Cafe.md", new NoteEdits.Edit("append", "more", "", "", 1, true)));
    assertEquals("NOT_UTF8", edit.code());
    assertTrue(edit.getMessage().contains("ml/Cafe.md"), edit.getMessage());
    NotesException save =
        assertThrows(
            NotesException.class,
            () -> notes.save("ml/Cafe.md", read.text() + "more\n", read.checksum()));
    assertEquals("Save Failed - Not UTF-8", save.heading());
    assertArrayEquals(latin1, Files.readAllBytes(file));

    // moved (it has no permalink in its frontmatter): the bytes go as they are
    notes.move("ml/Cafe.md", "kitchen/Cafe.md", false);
    assertArrayEquals(latin1, Files.readAllBytes(root.resolve("kitchen/Cafe.md")));
    notes.moveFolder("kitchen", "bistro");
    assertArrayEquals(latin1, Files.readAllBytes(root.resolve("bistro/Cafe.md")));
    // the user's own choice to replace the text whole still works
    notes.overwrite("bistro/Cafe.md", "---\ntitle: Caf\u00e9\n---\nnow UTF-8\n");
    assertTrue(notes.readFile("bistro/Cafe.md").utf8());
  }

  @Test
  void editingANoteWithoutFrontmatterGivesItTheFrontmatterBasicMemoryWouldAdd() throws Exception {
    notes.edit("Parser Edge Cases", new NoteEdits.Edit("append", "- [new] obs", "", "", 1, true));
    String text = Files.readString(root.resolve("edge/Parser Edge Cases.md"));
    assertTrue(
        text.startsWith(
            "---\ntitle: Parser Edge Cases\ntype: note\npermalink: main/edge/parser-edge-cases\n---\n"),
        text);
    assertTrue(text.endsWith("- [new] obs"), text);
  }

  @Test
  void aConversionToUtf8ReadsTheBytesAsAskedAndRefusesAFileChangedSince() throws Exception {
    Path file = root.resolve("Cafe.md");
    java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
    Files.write(file, "caf\u00e9 \u20ac\n".getBytes(cp1252));
    notes.update(List.of(file));
    NoteFile read = notes.readFile("Cafe.md");
    Files.write(file, "caf\u00e9 \u20ac!\n".getBytes(cp1252));
    assertThrows(
        WriteConflictException.class,
        () -> notes.convertToUtf8("Cafe.md", read.checksum(), cp1252));
    NoteFile again = notes.readFile("Cafe.md");
    notes.convertToUtf8("Cafe.md", again.checksum(), cp1252);
    assertEquals("caf\u00e9 \u20ac!\n", Files.readString(file));
    assertTrue(notes.readFile("Cafe.md").utf8());
  }

  @Test
  void aTitleIsRefusedUpFrontWhenItsFileNameWouldBeTooLongAndOneThatFitsIsWritten()
      throws Exception {
    String longest = "x".repeat(252); // "x…x.md": 255 bytes, the most a file system takes
    WriteResult r = notes.write(longest, "long", "body", List.of(), "note", Map.of(), false);
    assertTrue(Files.exists(root.resolve(r.note().filePath())));
    NotesException e =
        assertThrows(NotesException.class, () -> notes.placement(longest + "y", "long"));
    assertEquals("TITLE_TOO_LONG", e.code());
    assertTrue(e.getMessage().contains("256 bytes"), e.getMessage());
    assertThrows(
        NotesException.class,
        () -> notes.write("\u00e9".repeat(130), "other", "b", List.of(), "note", Map.of(), false));
    assertFalse(Files.exists(root.resolve("other")), "nothing created");
  }

  @Test
  void saveRefusesAFileChangedOnDisk() throws Exception {
    NoteFile f = notes.read("Ada Lovelace");
    Files.writeString(root.resolve(f.note().filePath()), "changed elsewhere");
    assertThrows(
        WriteConflictException.class, () -> notes.save(f.note().filePath(), "mine", f.checksum()));
    assertEquals("changed elsewhere", Files.readString(root.resolve(f.note().filePath())));
  }

  @Test
  void updatesIncrementallyIncludingSaveByRenameAndReopensFromDisk() throws Exception {
    Path target = root.resolve("ml/New Idea.md");
    Path tmp = root.resolve("ml/.New Idea.md.swp");
    Files.writeString(tmp, "---\ntitle: New Idea\n---\n\nquokka everywhere\n");
    Files.move(tmp, target);
    notes.update(List.of(tmp, target));
    assertEquals(List.of("New Idea"), titles("quokka"));
    Files.delete(target);
    notes.update(List.of(target));
    assertEquals(List.of(), titles("quokka"));
    notes.close();
    Files.writeString(root.resolve("Offline.md"), "wombat");
    notes = NotesService.open(NotesLocation.folder(root, appHome));
    assertEquals(List.of("Offline"), titles("wombat"));
    assertEquals(10, notes.size());
  }

  @Test
  void ignoresHiddenAndGitignoredFiles() throws Exception {
    Files.writeString(root.resolve(".gitignore"), "drafts/\n");
    Files.createDirectories(root.resolve("drafts"));
    Files.writeString(root.resolve("drafts/Secret.md"), "secret");
    Files.createDirectories(root.resolve(".obsidian"));
    Files.writeString(root.resolve(".obsidian/x.md"), "x");
    notes.close();
    notes = NotesService.open(NotesLocation.folder(root, appHome));
    assertEquals(9, notes.size());
  }

  @Test
  void buildsContextAndRecentActivity() throws Exception {
    ContextResult c =
        notes.context("memory://main/decisions/use-fsdp-over-deep-speed", 2, "30d", 1, 10, 50);
    assertEquals(1, c.primaryCount());
    assertTrue(
        c.results().get(0).related().stream()
            .anyMatch(
                r ->
                    r.to()
                        .map(t -> t.title().equals("LoRA Fine-Tuning Run 2025-03"))
                        .orElse(false)));
    ContextResult glob = notes.context("memory://ml/*", 1, "7d", 1, 10, 10);
    assertEquals(3, glob.primaryCount());
    assertEquals(9, notes.recent("7d", 1, 20).size());
    assertThrows(NotesException.class, () -> notes.recent("2 years", 1, 10));
    assertThrows(PathNotAllowedException.class, () -> notes.read("../etc/passwd"));
  }

  /** A -> B -> C -> D, B -> A, D -> a note that does not exist; B holds an observation. */
  private NoteSummary chain() throws Exception {
    Files.createDirectories(root.resolve("g"));
    Map<String, String> bodies =
        Map.of(
            "A", "- to [[B]]\n",
            "B", "- [fact] b fact\n- back [[A]]\n- next [[C]]\n",
            "C", "- next [[D]]\n",
            "D", "- end [[Nowhere]]\n");
    List<Path> files = new java.util.ArrayList<>();
    for (Map.Entry<String, String> e : bodies.entrySet()) {
      Path f = root.resolve("g/" + e.getKey() + ".md");
      Files.writeString(f, "---\ntitle: " + e.getKey() + "\n---\n" + e.getValue());
      files.add(f);
    }
    notes.update(files);
    return notes.byPath("g/A.md").orElseThrow();
  }

  private static List<String> rows(List<ContextResult.Related> related) {
    return related.stream()
        .map(
            r ->
                r.depth()
                    + " "
                    + (r.kind().equals("relation")
                        ? r.from().title() + " " + r.relationType() + " " + r.toName()
                        : "note " + r.from().title()))
        .toList();
  }

  @Test
  void contextListsEachRelationOnceAtItsNearestHopRelationsBeforeTheNotesTheyReach()
      throws Exception {
    NoteSummary a = chain();
    ContextResult c = notes.context("memory://" + a.permalink(), 2, "7d", 1, 10, 100);
    assertEquals(
        List.of("1 A to B", "1 B back A", "1 note B", "2 B next C", "2 note C"),
        rows(c.results().get(0).related()),
        "A to B is met again from B, and A itself is not related to A");
    assertEquals(5, c.relatedCount());
    assertEquals(1, c.totalObservations(), "B's observation counts, as basic-memory counts it");
    assertEquals(Permalinks.slug(a.permalink()), c.uri());
    assertTrue(
        notes.related(List.of(a), 3, java.time.Instant.now().plusSeconds(3600), 100).isEmpty(),
        "a primary created before the timeframe has nothing related, as in basic-memory");
  }

  @Test
  void aNoteCreatedLongAgoIsAPrimaryWithNothingRelatedYetTheRoomsGraphShowsItsLinks()
      throws Exception {
    Path old = root.resolve("Old.md");
    Path fresh = root.resolve("Fresh.md");
    Files.writeString(old, "---\ntitle: Old\ncreated: 1843-01-01\n---\n- to [[Fresh]]\n");
    Files.writeString(fresh, "---\ntitle: Fresh\n---\n- back [[Old]]\n");
    notes.update(List.of(old, fresh));
    NoteSummary o = notes.byPath("Old.md").orElseThrow();
    ContextResult c = notes.context("memory://" + o.permalink(), 1, "7d", 1, 10, 10);
    assertEquals(1, c.primaryCount(), "named by the URL: listed whatever its age");
    assertTrue(c.results().get(0).related().isEmpty(), "created before the timeframe: no related");
    NoteSummary f = notes.byPath("Fresh.md").orElseThrow();
    assertEquals(
        List.of("1 Fresh back Old"),
        rows(
            notes
                .context("memory://" + f.permalink(), 1, "7d", 1, 10, 10)
                .results()
                .get(0)
                .related()),
        "Fresh's own link counts; Old, and the link Old holds, were created before the timeframe");
    assertEquals(
        List.of("1 Fresh back Old", "1 Old to Fresh", "1 note Fresh"),
        rows(notes.neighbourhood(o, 1, java.time.Instant.MIN, 200)),
        "the room's graph has no timeframe, whatever the dates");
  }

  @Test
  void maxRelatedCountsOverAllPrimariesAndOldPrimariesAreStillListed() throws Exception {
    NoteSummary a = chain();
    String glob = "memory://" + a.permalink().replace("/a", "/*");
    ContextResult c = notes.context(glob, 1, "7d", 1, 10, 2);
    assertEquals(4, c.primaryCount());
    assertEquals(2, c.relatedCount());
    assertEquals(
        2, c.results().stream().mapToInt(i -> i.related().size()).sum(), "2 in all, not per note");
    java.nio.file.attribute.FileTime old =
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(java.time.Duration.ofDays(30)));
    List<Path> files = new java.util.ArrayList<>();
    for (String n : List.of("A", "B", "C", "D")) {
      Path f = root.resolve("g/" + n + ".md");
      Files.setLastModifiedTime(f, old);
      files.add(f);
    }
    notes.update(files);
    assertEquals(
        4,
        notes.context(glob, 1, "7d", 1, 10, 10).primaryCount(),
        "the notes a URL names are listed whatever their age; the timeframe limits related ones");
  }

  @Test
  void hugeAndBinaryNotesAreListedNotFatal() throws Exception {
    Files.write(root.resolve("binary.md"), new byte[] {0, (byte) 0xff, 1, 2, 0});
    StringBuilder big = new StringBuilder();
    while (big.length() < 3_000_000) {
      big.append("lorem ipsum platypus ");
    }
    Files.writeString(root.resolve("Huge.md"), big);
    notes.update(List.of(root.resolve("binary.md"), root.resolve("Huge.md")));
    assertFalse(notes.byPath("binary.md").orElseThrow().warnings().isEmpty());
    assertFalse(notes.byPath("Huge.md").orElseThrow().warnings().isEmpty());
    assertEquals(List.of("Huge"), titles("platypus"));
  }
}
