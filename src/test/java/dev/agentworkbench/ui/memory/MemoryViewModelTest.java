package dev.agentworkbench.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.memory.NoteDrafts;
import dev.agentworkbench.memory.index.SearchBoxQuery;
import dev.agentworkbench.memory.index.SearchHit;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.workspace.NotesConfig;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The room's logic without a toolkit: SameThreadWork runs every call at once. */
class MemoryViewModelTest {
  @TempDir Path temp;
  Path root;
  MemoryViewModel model;

  @BeforeEach
  void open() {
    root = Fixtures.copy("memory/main", temp.resolve("notes"));
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app"));
    model.useFolder(root);
  }

  @AfterEach
  void close() {
    model.close();
  }

  @Test
  void listsSearchesAndOpensNotesWithBacklinksAndGraph() {
    assertEquals(9, model.notes().size());
    assertTrue(model.folders().contains("ml/training"));
    model.search("fsdp");
    assertFalse(model.results().isEmpty());
    model.openNote("decisions/Use FSDP Over DeepSpeed.md");
    MemoryViewModel.OpenNote open = model.open().get().orElseThrow();
    assertFalse(open.backlinks().isEmpty(), "Ada Lovelace and the LoRA run link here");
    assertTrue(
        open.links().stream().anyMatch(l -> l.target().isEmpty()),
        "forward references are unresolved");
    assertFalse(open.graph().isEmpty());
    String before = model.message().get();
    model.showFolder("ml", true);
    assertEquals(3, model.notes().size());
    assertEquals(
        before, model.message().get(), "search results shown: no count to contradict them");
    model.search("");
    model.showFolder("ml", true);
    assertEquals("3 notes in ml/", model.message().get(), "the line under the list counts them");
    model.message().set("Deleted folder x");
    model.showFolder("", false);
    assertEquals("Deleted folder x", model.message().get(), "not the user's choice: said nothing");
  }

  @Test
  void theSearchSaysHowManyNotesItFoundAndWhatToDoWhenNone() {
    model.search("fsdp");
    assertEquals(model.results().size() + " notes match", model.resultsSummary().get());
    model.search("zzqxv");
    assertTrue(model.results().isEmpty());
    assertEquals(
        "No notes match \u201czzqxv\u201d. Try other words, or the start of a word.",
        model.resultsSummary().get());
    model.search("fsdp AND");
    assertTrue(model.results().isEmpty(), "mid-typing, an AND with no word after it");
    assertEquals(
        "No notes match \u201cfsdp AND\u201d: AND needs a word after it.",
        model.resultsSummary().get());
    model.search("");
    assertEquals("", model.resultsSummary().get());
    assertEquals("1 note matches", MemoryViewModel.summary(1, SearchBoxQuery.parse("x")));
    assertEquals(
        "120 notes match; the best 50 are shown",
        MemoryViewModel.summary(120, SearchBoxQuery.parse("x")));
  }

  @Test
  void aMemoryLinkPastedInTheSearchBoxFindsTheNotesItNames() {
    model.search("memory://main/people/ada-lovelace");
    assertEquals(
        List.of("people/Ada Lovelace.md"),
        model.results().stream().map(SearchHit::filePath).toList());
    assertEquals("1 note at this link", model.resultsSummary().get());

    model.search("  memory://main/ml/*  ");
    List<String> ml = model.results().stream().map(SearchHit::filePath).toList();
    assertTrue(ml.size() >= 3 && ml.stream().allMatch(p -> p.startsWith("ml/")), "" + ml);
    assertEquals(ml.size() + " notes match this link", model.resultsSummary().get());

    model.search("memory://main/people/nobody");
    assertTrue(model.results().isEmpty());
    assertEquals("No note is at memory://main/people/nobody.", model.resultsSummary().get());

    model.search("memory://../etc/passwd");
    assertTrue(model.results().isEmpty());
    assertTrue(
        model.resultsSummary().get().contains("traversal")
            || model.resultsSummary().get().contains("not allowed"),
        model.resultsSummary().get());
  }

  @Test
  void theSearchBoxFiltersByTypeFolderAndDateWrittenInTheText() throws Exception {
    model.search("type:person");
    assertEquals(
        List.of("people/Ada Lovelace.md"),
        model.results().stream().map(SearchHit::filePath).toList(),
        "only the person");
    assertEquals("1 note matches, of type person", model.resultsSummary().get());

    model.search("folder:ml/ warmup");
    List<String> inMl = model.results().stream().map(SearchHit::filePath).toList();
    assertTrue(!inMl.isEmpty() && inMl.stream().allMatch(p -> p.startsWith("ml/")), "" + inMl);
    model.search("warmup");
    assertTrue(
        model.results().stream().anyMatch(h -> !h.filePath().startsWith("ml/")),
        "without the filter, a note outside ml/ matches too: the filter did the work");

    model.search("type:experiment type:decision");
    assertEquals(
        java.util.Set.of("experiment", "decision"),
        model.results().stream().map(SearchHit::type).collect(java.util.stream.Collectors.toSet()));

    // every fixture note was copied just now: none is older than a day, none newer than tomorrow
    model.search("after:7d");
    assertEquals(9, model.results().size(), model.resultsSummary().get());
    model.search("after:" + java.time.LocalDate.now().plusDays(2));
    assertTrue(model.results().isEmpty());
    assertTrue(
        model.resultsSummary().get().startsWith("No notes changed since "),
        model.resultsSummary().get());

    model.search("after:someday");
    assertTrue(model.results().isEmpty());
    assertEquals(
        "after:someday is not a date: write an ISO date (after:2025-03-01) or a timeframe"
            + " (after:7d, after:\"2 weeks\").",
        model.resultsSummary().get());
  }

  @Test
  void savingANoteReplacesOnlyItsRowInTheList() {
    model.openNote("people/Ada Lovelace.md");
    List<javafx.collections.ListChangeListener.Change<?>> seen = new java.util.ArrayList<>();
    List<String> replaced = new java.util.ArrayList<>();
    model
        .notes()
        .addListener(
            (javafx.collections.ListChangeListener<dev.agentworkbench.memory.NoteSummary>)
                c -> {
                  while (c.next()) {
                    seen.add(c);
                    c.getAddedSubList().forEach(n -> replaced.add(n.filePath()));
                  }
                });
    model.editorText().set(model.editorText().get() + "\n- mentors [[Grace Hopper]]\n");
    assertTrue(model.dirty().get());
    model.save();
    assertFalse(model.dirty().get(), "saved: the Save button is off and nothing is unsaved");
    assertEquals(List.of("people/Ada Lovelace.md"), replaced, "only the saved note's row");
    assertEquals(1, seen.size());
    assertTrue(seen.get(0).wasReplaced());
    assertEquals(9, model.notes().size());
    assertTrue(
        model.notes().stream()
            .filter(n -> n.filePath().equals("people/Ada Lovelace.md"))
            .anyMatch(n -> n.relations().stream().anyMatch(r -> r.target().equals("Grace Hopper"))),
        "the row holds the note as saved");
  }

  @Test
  void savingOverAChangedFileOpensAConflictAndKeepsBothVersions() throws Exception {
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "\nmine\n");
    assertTrue(model.dirty().get());
    model.saveDraft();
    Files.writeString(root.resolve("people/Ada Lovelace.md"), "theirs");
    model.save();
    MemoryViewModel.Conflict c = model.conflict().get().orElseThrow();
    assertEquals("theirs", c.onDisk());
    assertTrue(c.mine().endsWith("mine\n"));
    assertEquals("theirs", Files.readString(root.resolve("people/Ada Lovelace.md")));
    model.resolveConflict(true);
    assertTrue(Files.readString(root.resolve("people/Ada Lovelace.md")).endsWith("mine\n"));
  }

  @Test
  void aChangeOnDiskToANoteBeingEditedIsToldAtOnceAndCanBeCompared() throws Exception {
    Path file = root.resolve("people/Ada Lovelace.md");
    model.openNote("people/Ada Lovelace.md");
    String original = model.editorText().get();
    model.editorText().set(original + "- [fact] typed in the app\n");
    Files.writeString(file, original + "- [fact] written by another program\n");
    model.filesChanged(List.of(file));
    assertTrue(model.changedOnDisk().get(), "the editor says the file changed under it");
    assertTrue(model.editorText().get().endsWith("typed in the app\n"), "the edits are kept");
    assertTrue(model.conflict().get().isEmpty(), "nothing opens by itself while typing");

    model.compareWithDisk();
    MemoryViewModel.Conflict c = model.conflict().get().orElseThrow();
    List<MemoryViewModel.ConflictLine> lines = c.differences();
    assertTrue(
        lines.contains(
            new MemoryViewModel.ConflictLine("disk", "- [fact] written by another program")),
        lines.toString());
    assertTrue(
        lines.contains(new MemoryViewModel.ConflictLine("mine", "- [fact] typed in the app")),
        lines.toString());
    assertFalse(
        lines.stream().anyMatch(l -> l.text().equals("title: Ada Lovelace")),
        "lines far from a change are left out");

    model.saveDraft(); // the typing's draft, as the editor keeps it while typing
    model.resolveConflict(false);
    assertFalse(model.changedOnDisk().get());
    assertTrue(model.editorText().get().endsWith("written by another program\n"));
    assertFalse(model.dirty().get());
  }

  @Test
  void aNoteDeletedOnDiskWhileEditedIsWrittenAgainBySaveAndTheWarningGoesWhenItIsBack()
      throws Exception {
    Path file = root.resolve("people/Ada Lovelace.md");
    model.openNote("people/Ada Lovelace.md");
    String original = model.editorText().get();
    model.editorText().set(original + "- [fact] typed before it was deleted\n");
    Files.delete(file);
    model.filesChanged(List.of(file));
    assertTrue(model.deletedOnDisk().get());
    model.save();
    assertTrue(model.conflict().get().isEmpty(), "no conflict: Save writes it again, as told");
    assertTrue(Files.readString(file).endsWith("typed before it was deleted\n"));
    assertFalse(model.dirty().get());

    model.editorText().set(model.editorText().get() + "- [fact] more\n");
    String saved = Files.readString(file);
    Files.delete(file);
    model.filesChanged(List.of(file));
    assertTrue(model.deletedOnDisk().get());
    Files.writeString(file, saved);
    model.filesChanged(List.of(file));
    assertFalse(model.deletedOnDisk().get(), "back as it was: nothing to warn of");
    assertFalse(model.changedOnDisk().get());
    assertTrue(model.editorText().get().endsWith("- [fact] more\n"), "the typing is kept");
  }

  @Test
  void aNoteDeletedOnDiskWithNothingTypedClosesAndSaysSo() throws Exception {
    Path file = root.resolve("people/Ada Lovelace.md");
    model.openNote("people/Ada Lovelace.md");
    Files.delete(file);
    model.filesChanged(List.of(file));
    assertTrue(model.open().get().isEmpty(), "no editor left over a note that is gone");
    assertEquals("people/Ada Lovelace.md was deleted outside the app.", model.message().get());
    model.save();
    assertFalse(Files.exists(file), "nothing written back");
  }

  @Test
  void theProjectsCountFollowsNotesAddedOutsideTheAppAndACreatedNoteGivesWayToIt()
      throws Exception {
    String before = model.message().get();
    long count = model.notes().size();
    assertTrue(before.startsWith(count + " notes in "), before);
    Path added = root.resolve("Added Outside.md");
    Files.writeString(added, "# Added Outside\n");
    model.filesChanged(List.of(added));
    assertTrue(model.message().get().startsWith((count + 1) + " notes in "), model.message().get());

    model.create(new NewNoteForm("Fresh", "ideas", "note", "", "# Fresh\n", false), p -> {});
    assertTrue(model.message().get().startsWith("Created ideas/Fresh.md"), model.message().get());
    model.openNote("people/Ada Lovelace.md");
    assertTrue(model.message().get().startsWith((count + 2) + " notes in "), model.message().get());
  }

  @Test
  void theRoomsErrorsLeaveOutTheCommandLinesAdvice() {
    assertEquals(
        "Note not found: 'papers/x.md'.",
        MemoryViewModel.forTheRoom(
            new dev.agentworkbench.memory.NoteNotFoundException("papers/x.md", "research")));
    assertEquals("disk full", MemoryViewModel.forTheRoom(new java.io.IOException("disk full")));
  }

  @Test
  void comparingANoteDeletedOnDiskNeverTakesItsAbsenceForAnEmptyNote() throws Exception {
    Path file = root.resolve("people/Ada Lovelace.md");
    NoteDrafts drafts = new NoteDrafts(temp.resolve("app"));
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "- [fact] mine\n");
    model.saveDraft();
    Files.delete(file);
    model.filesChanged(List.of(file));
    model.compareWithDisk();
    MemoryViewModel.Conflict c = model.conflict().get().orElseThrow();
    assertTrue(c.deleted());
    model.resolveConflict(false);
    assertTrue(model.open().get().isEmpty(), "the note is gone and let go");
    assertFalse(Files.exists(file), "letting it go writes nothing");
    assertTrue(drafts.load(file).isEmpty(), "nor keeps a draft to bring the edits back");

    model.openNote("decisions/Use FSDP Over DeepSpeed.md");
    Path fsdp = root.resolve("decisions/Use FSDP Over DeepSpeed.md");
    model.editorText().set(model.editorText().get() + "- [fact] kept\n");
    Files.delete(fsdp);
    model.filesChanged(List.of(fsdp));
    model.compareWithDisk();
    model.resolveConflict(true);
    assertTrue(Files.readString(fsdp).endsWith("- [fact] kept\n"), "written again, by choice");
  }

  @Test
  void editsUndoneBackToTheNoteLeaveNoDraftToComeBackLater() {
    model.openNote("people/Ada Lovelace.md");
    String original = model.editorText().get();
    model.editorText().set(original + "ZZZ");
    model.saveDraft(); // as the editor does while typing
    model.editorText().set(original); // undone
    assertFalse(model.dirty().get());
    model.openNote("decisions/Use FSDP Over DeepSpeed.md");
    model.openNote("people/Ada Lovelace.md");
    assertEquals(original, model.editorText().get(), "the undone text does not come back");
    assertFalse(model.dirty().get());
  }

  @Test
  void aLargeNeighbourhoodIsCutToItsNearestAndSaysHowManyThereAre() throws Exception {
    StringBuilder hub = new StringBuilder("---\ntitle: Hub\n---\n");
    for (int i = 0; i < 250; i++) {
      hub.append("- links [[Spoke ").append(i).append("]]\n");
    }
    Path file = root.resolve("Hub.md");
    Files.writeString(file, hub.toString());
    model.filesChanged(List.of(file));
    model.openNote("Hub.md");
    MemoryViewModel.OpenNote open = model.open().get().orElseThrow();
    assertEquals(MemoryViewModel.GRAPH_SHOWN, open.graph().size());
    assertEquals(250, open.graphTotal());
  }

  @Test
  void anotherProjectShowsNothingOfTheOneBeforeAndTheSearchBoxsWordsAreSearchedThere()
      throws Exception {
    model.search("warmup");
    assertTrue(model.results().size() >= 2);
    Path other = Files.createDirectories(temp.resolve("other"));
    Files.writeString(other.resolve("Elsewhere.md"), "---\ntitle: Elsewhere\n---\nwarmup here\n");
    model.useFolder(other);
    assertEquals(
        List.of("Elsewhere.md"), model.results().stream().map(SearchHit::filePath).toList());
    assertTrue(model.folders().isEmpty(), "the folders before are gone: " + model.folders());
    assertEquals(1, model.notes().size());
  }

  @Test
  void leavingANoteWithUnsavedEditsSaysTheyAreKept() {
    model.openNote("people/Ada Lovelace.md");
    model.openNote("decisions/Use FSDP Over DeepSpeed.md");
    assertFalse(model.message().get().contains("unsaved"), "nothing typed, nothing to say");
    model.editorText().set(model.editorText().get() + "- [fact] typed\n");
    model.openNote("people/Ada Lovelace.md");
    assertEquals(
        "Your unsaved edits of decisions/Use FSDP Over DeepSpeed.md are kept as a draft: open it"
            + " again to go on or save them.",
        model.message().get());
    model.openNote("decisions/Use FSDP Over DeepSpeed.md");
    assertTrue(model.editorText().get().endsWith("- [fact] typed\n"));
    assertTrue(model.dirty().get());
  }

  @Test
  void aSaveIsReportedWhileItsNoteIsOpenNotBesideTheNextOne() {
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "- [fact] saved\n");
    model.save();
    assertEquals("Saved people/Ada Lovelace.md", model.message().get());
    model.openNote("people/Ada Lovelace.md");
    assertEquals("Saved people/Ada Lovelace.md", model.message().get(), "the same note again");
    model.editorText().set(model.editorText().get() + "- [fact] typed again\n");
    assertTrue(model.message().get().endsWith(" notes in main"), "edited again: not as saved");
    model.discardEdits();
    model.openNote("decisions/Use FSDP Over DeepSpeed.md");
    assertFalse(model.message().get().startsWith("Saved"), model.message().get());
    assertTrue(model.message().get().endsWith(" notes in main"), model.message().get());
  }

  @Test
  void theAppsOwnSaveComingBackFromTheWatcherIsNotAChangeOnDisk() throws Exception {
    Path file = root.resolve("people/Ada Lovelace.md");
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "- [fact] saved first\n");
    model.save();
    // typing goes on before the watcher reports the save
    model.editorText().set(model.editorText().get() + "- [fact] typed after the save\n");
    assertTrue(model.dirty().get());
    model.filesChanged(List.of(file));
    assertFalse(model.changedOnDisk().get(), "the app's own write is not someone else's");
    assertTrue(model.editorText().get().endsWith("typed after the save\n"), "the typing is kept");
  }

  @Test
  void typingDuringASaveIsKeptWhenTheSavedNoteIsReadBack() throws Exception {
    // the save runs in the background; the note is read back on the FX thread when it is done
    java.util.List<Runnable> results = new java.util.ArrayList<>();
    dev.agentworkbench.workspace.tasks.BackgroundWork held =
        new dev.agentworkbench.workspace.tasks.BackgroundWork() {
          private final SameThreadWork now = new SameThreadWork();

          @Override
          public <T> Ticket submit(
              String key,
              java.util.concurrent.Callable<T> task,
              java.util.function.Consumer<T> onResult,
              java.util.function.Consumer<Throwable> onFailure) {
            if (!key.equals("memory-save")) {
              return now.submit(key, task, onResult, onFailure);
            }
            try {
              T value = task.call();
              results.add(() -> onResult.accept(value));
            } catch (Exception e) {
              onFailure.accept(e);
            }
            return now.submit(key, () -> null, x -> {}, e -> {});
          }
        };
    model.close();
    model = new MemoryViewModel(held, temp.resolve("app"));
    model.useFolder(root);
    model.openNote("people/Ada Lovelace.md");
    String saved = model.editorText().get() + "- [fact] saved\n";
    model.editorText().set(saved);
    model.save();
    model.editorText().set(saved + "- [fact] typed while saving\n");
    results.forEach(Runnable::run);
    assertEquals(saved, Files.readString(root.resolve("people/Ada Lovelace.md")));
    assertTrue(model.editorText().get().endsWith("typed while saving\n"), "nothing typed is lost");
    assertTrue(model.dirty().get(), "and it is still to be saved");
  }

  @Test
  void editsLeftUnsavedForAnotherNoteComeBackWithTheirNote() {
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "- [fact] typed, then another note\n");
    // no pause for the typing's draft: the user clicks another note at once
    model.openNote("decisions/Use FSDP Over DeepSpeed.md");
    model.openNote("people/Ada Lovelace.md");
    assertTrue(model.editorText().get().endsWith("typed, then another note\n"));
    assertTrue(model.message().get().contains("Recovered"), model.message().get());
  }

  @Test
  void editsTypedJustBeforeTheAppClosesComeBackNextTime() {
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "- [fact] typed, then the app closed\n");
    model.close(); // no pause for the typing's own draft
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app"));
    model.useFolder(root);
    model.openNote("people/Ada Lovelace.md");
    assertTrue(model.editorText().get().endsWith("typed, then the app closed\n"));
  }

  @Test
  void editsRecoveredAfterACrashDoNotOverwriteWhatChangedOnDiskMeanwhile() throws Exception {
    Path file = root.resolve("people/Ada Lovelace.md");
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "- [fact] typed before the crash\n");
    model.saveDraft();
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app")); // the app died
    String changed =
        Files.readString(file).replace("# Ada Lovelace", "# Ada Lovelace\n\nChanged meanwhile.");
    Files.writeString(file, changed);
    model.useFolder(root);
    model.openNote("people/Ada Lovelace.md");
    assertTrue(model.editorText().get().endsWith("typed before the crash\n"), "the draft is back");
    assertTrue(model.changedOnDisk().get(), "and the change on disk is said");
    assertTrue(model.message().get().contains("changed on disk since"), model.message().get());
    model.save();
    assertTrue(model.conflict().get().isPresent(), "saving asks which version to keep");
    assertEquals(changed, Files.readString(file), "nothing overwritten");
  }

  @Test
  void theEditsAnEarlierSessionKeptAreListedOpenedAndCanBeDiscarded() throws Exception {
    Path ada = root.resolve("people/Ada Lovelace.md");
    String onDisk = Files.readString(ada);
    for (String note : List.of("people/Ada Lovelace.md", "ml/training/Learning Rate Warmup.md")) {
      model.openNote(note);
      model.editorText().set(model.editorText().get() + "- [fact] typed before the crash\n");
      model.saveDraft();
    }
    model.openNote("decisions/Use FSDP Over DeepSpeed.md"); // opened, never edited
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app")); // the app died
    model.useFolder(root);
    assertEquals(
        List.of("ml/training/Learning Rate Warmup.md", "people/Ada Lovelace.md"),
        model.recoveredDrafts());

    model.openRecoveredDraft();
    assertEquals(
        "ml/training/Learning Rate Warmup.md",
        model.open().get().orElseThrow().file().note().filePath());
    assertTrue(model.dirty().get(), "the kept edits are in the editor, still to be saved");
    assertEquals(List.of("people/Ada Lovelace.md"), model.recoveredDrafts(), "one left");

    model.openRecoveredDraft();
    assertTrue(model.editorText().get().endsWith("typed before the crash\n"));
    model.discardEdits();
    assertFalse(model.dirty().get());
    assertEquals(onDisk, model.editorText().get(), "the note as it is on disk");
    assertEquals(onDisk, Files.readString(ada), "the file untouched");
    assertEquals(
        List.of("ml/training/Learning Rate Warmup.md"),
        model.recoveredDrafts(),
        "left unsaved when Ada was opened: still named");

    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app")); // and again
    model.useFolder(root);
    assertEquals(List.of("ml/training/Learning Rate Warmup.md"), model.recoveredDrafts());
    model.openNote("people/Ada Lovelace.md");
    assertEquals(onDisk, model.editorText().get(), "the discarded draft is gone for good");
  }

  @Test
  void aDraftSaveUnderWayWhenTheEditsAreDiscardedWritesNothing() throws Exception {
    // the draft save is taken while typing but runs only after Discard edits was pressed
    List<java.util.concurrent.Callable<?>> held = new java.util.ArrayList<>();
    dev.agentworkbench.workspace.tasks.BackgroundWork work =
        new dev.agentworkbench.workspace.tasks.BackgroundWork() {
          private final SameThreadWork now = new SameThreadWork();

          @Override
          public <T> Ticket submit(
              String key,
              java.util.concurrent.Callable<T> task,
              java.util.function.Consumer<T> onResult,
              java.util.function.Consumer<Throwable> onFailure) {
            if (key.startsWith("memory-draft:") && held.isEmpty()) {
              held.add(task);
              return now.submit(key, () -> null, x -> {}, e -> {});
            }
            return now.submit(key, task, onResult, onFailure);
          }
        };
    model.close();
    model = new MemoryViewModel(work, temp.resolve("app"));
    model.useFolder(root);
    Path ada = root.resolve("people/Ada Lovelace.md");
    String onDisk = Files.readString(ada);
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(onDisk + "- [fact] typed, then discarded\n");
    model.saveDraft();
    assertEquals(1, held.size(), "the draft save is under way");

    model.discardEdits();
    held.get(0).call(); // the draft save goes on after the discard
    assertEquals(onDisk, model.editorText().get());

    model.close();
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app")); // the next session
    model.useFolder(root);
    assertTrue(model.recoveredDrafts().isEmpty(), "no draft listed: " + model.recoveredDrafts());
    model.openNote("people/Ada Lovelace.md");
    assertEquals(onDisk, model.editorText().get(), "the discarded edits do not come back");
    assertFalse(model.dirty().get());
  }

  @Test
  void editsKeptFromAnEarlierSessionMoveWithTheirFolder() throws Exception {
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "- [fact] typed before the crash\n");
    model.saveDraft();
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app"));
    model.useFolder(root);
    model.moveFolder("people", "staff");
    assertEquals(List.of("staff/Ada Lovelace.md"), model.recoveredDrafts());
    model.openRecoveredDraft();
    assertTrue(model.editorText().get().endsWith("typed before the crash\n"), "moved along");
  }

  @Test
  void theDraftOfANoteEditedAndLeftMovesWithItsFolder() {
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "- [fact] typed, then left\n");
    model.openNote("decisions/Use FSDP Over DeepSpeed.md"); // Ada's edits stay in her draft
    model.moveFolder("people", "staff");
    model.openNote("staff/Ada Lovelace.md");
    assertTrue(model.editorText().get().endsWith("typed, then left\n"), "the edits moved along");
    assertTrue(model.dirty().get());
  }

  @Test
  void aDraftHoldingWhatTheNoteHoldsIsDroppedWhenTheNoteIsRead() throws Exception {
    Path ada = root.resolve("people/Ada Lovelace.md");
    // a draft written as a save ended: the same text as the file
    new dev.agentworkbench.memory.NoteDrafts(temp.resolve("app")).save(ada, Files.readString(ada));
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app"));
    model.useFolder(root);
    assertEquals(List.of("people/Ada Lovelace.md"), model.recoveredDrafts());
    model.openNote("people/Ada Lovelace.md");
    assertFalse(model.dirty().get());
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app"));
    model.useFolder(root);
    assertTrue(model.recoveredDrafts().isEmpty(), "not listed again at every start");
  }

  @Test
  void unsavedEditsMoveWithTheNote() {
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "- [fact] not saved yet\n");
    model.move("people/team/Ada Lovelace.md");
    assertEquals(
        "people/team/Ada Lovelace.md", model.open().get().orElseThrow().file().note().filePath());
    assertTrue(model.editorText().get().endsWith("not saved yet\n"), "the edits are still there");
    assertTrue(model.dirty().get(), "and still to be saved");

    model.moveFolder("people", "staff");
    assertEquals(
        "staff/team/Ada Lovelace.md", model.open().get().orElseThrow().file().note().filePath());
    assertTrue(model.editorText().get().endsWith("not saved yet\n"), "moved with its folder too");
  }

  @Test
  void aChangeOnDiskToANoteWithoutEditsIsSimplyShown() throws Exception {
    Path file = root.resolve("people/Ada Lovelace.md");
    model.openNote("people/Ada Lovelace.md");
    Files.writeString(file, model.editorText().get() + "- [fact] from elsewhere\n");
    model.filesChanged(List.of(file));
    assertFalse(model.changedOnDisk().get());
    assertTrue(model.editorText().get().endsWith("from elsewhere\n"));
  }

  @Test
  void unsavedEditsComeBackFromTheDraft() {
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set("typed but not saved");
    model.saveDraft();
    model.close();
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app"));
    model.useFolder(root);
    model.openNote("people/Ada Lovelace.md");
    assertEquals("typed but not saved", model.editorText().get());
    assertTrue(model.message().get().contains("Recovered"));
  }

  @Test
  void aNoteLeftWithUnsavedEditsIsNamedAmongTheNotesWithKeptEditsUntilOpenedAgain() {
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "typed, not saved\n");
    model.openNote("decisions/Use FSDP Over DeepSpeed.md");
    assertEquals(List.of("people/Ada Lovelace.md"), model.recoveredDrafts());
    model.openRecoveredDraft();
    assertTrue(model.editorText().get().endsWith("typed, not saved\n"));
    assertEquals(List.of(), model.recoveredDrafts());
  }

  @Test
  void aNoteDeletedOnDiskAndLeftWithEditsIsNotOfferedForOpeningAgain() throws Exception {
    Path ada = root.resolve("people/Ada Lovelace.md");
    model.openNote("people/Ada Lovelace.md");
    model.editorText().set(model.editorText().get() + "typed, not saved\n");
    Files.delete(ada);
    model.filesChanged(List.of(ada));
    model.openNote("decisions/Use FSDP Over DeepSpeed.md");
    assertEquals(List.of(), model.recoveredDrafts(), "nothing there to open");
    assertTrue(model.message().get().contains("comes back when a note is written there again"));
  }

  @Test
  void aFolderOpenedAsItIsAndChosenAgainInTheSwitcherOpensAsAFolder() {
    // the switcher chooses the project useFolder set (its value follows the model's): there is no
    // basic-memory config to read that folder with
    model.selectProject(model.project().get(), null);
    assertFalse(model.notes().isEmpty(), model.message().get());
    assertFalse(model.projectMissing().get());
  }

  @Test
  void theNoteBeingReadIsNamedUntilItOpensOrFails() throws Exception {
    List<String> seen = new java.util.ArrayList<>();
    model.opening().addListener((o, was, now) -> seen.add(now));
    model.openNote("people/Ada Lovelace.md");
    assertEquals(List.of("people/Ada Lovelace.md", ""), seen);
    seen.clear();
    model.openNote("people/Nobody.md");
    assertEquals(List.of("people/Nobody.md", ""), seen, "a failure ends it too");
    assertTrue(model.message().get().startsWith("Cannot open people/Nobody.md"));
  }

  @Test
  void createsMovesAndDeletesNotes() {
    model.create(new NewNoteForm("Fresh", "ideas", "note", "a, b", "# Fresh\n", false), p -> {});
    assertTrue(Files.exists(root.resolve("ideas/Fresh.md")));
    model.move("archive/Fresh.md");
    assertTrue(Files.exists(root.resolve("archive/Fresh.md")));
    assertEquals("main/ideas/fresh", model.open().get().orElseThrow().file().note().permalink());
    model.delete(
        file -> {
          Files.delete(file);
          return "deleted permanently";
        });
    assertFalse(Files.exists(root.resolve("archive/Fresh.md")));
    assertTrue(model.open().get().isEmpty());
  }

  @Test
  void theMoveDialogNamesTheNotesExtensionAndWhetherItsPermalinkStays() throws Exception {
    model.openNote("people/Ada Lovelace.md");
    assertEquals(
        "New path in the project, ending in .md (added when left out; a folder ending in / keeps"
            + " the file's name). The permalink main/people/ada-lovelace stays, so links keep"
            + " working.",
        model.moveHint());
    Path grace = root.resolve("people/Grace Hopper.markdown");
    Files.writeString(grace, "# Grace Hopper\n");
    model.filesChanged(List.of(grace));
    model.openNote("people/Grace Hopper.markdown");
    assertTrue(model.moveHint().startsWith("New path in the project, ending in .markdown ("));
    assertEquals(
        "archive/Grace.markdown",
        MemoryViewModel.withNoteName("archive/Grace", "people/Grace Hopper.markdown"));
    assertEquals(
        "archive/Grace Hopper.markdown",
        MemoryViewModel.withNoteName("archive/", "people/Grace Hopper.markdown"));
    assertEquals("v2.0 notes.md", MemoryViewModel.withNoteName("v2.0 notes", "a/B.md"));
    assertEquals("b/C.MD", MemoryViewModel.withNoteName("b/C.MD", "a/B.md"));
    model.move("archive/Grace");
    assertEquals(
        "archive/Grace.markdown", model.open().get().orElseThrow().file().note().filePath());
    assertTrue(model.message().get().startsWith("Moved to archive/Grace.markdown;"));

    Path config = fixtureConfig();
    UserEnvironment env =
        new UserEnvironment(
            temp,
            Map.of(
                "BASIC_MEMORY_CONFIG_DIR",
                config.getParent().toString(),
                "BASIC_MEMORY_UPDATE_PERMALINKS_ON_MOVE",
                "true"));
    model.useWorkspace(
        Optional.of(
            new Workspace(temp, Optional.empty(), List.of(), temp, NotesConfig.load(env), env)));
    model.openNote("people/Ada Lovelace.md");
    assertTrue(model.moveHint().contains("The permalink follows the new path"), model.moveHint());
  }

  @Test
  void theNewNoteFormProposesTheNoteALinkWouldFind() throws Exception {
    assertEquals(
        new MemoryViewModel.NewNoteProposal("Fresh Idea", model.folder().get()),
        model.proposeNote("Fresh Idea"));
    assertEquals(
        new MemoryViewModel.NewNoteProposal("Fresh", "ideas/2026"),
        model.proposeNote("ideas/2026/Fresh"));
    Path config = fixtureConfig();
    UserEnvironment env =
        new UserEnvironment(temp, Map.of("BASIC_MEMORY_CONFIG_DIR", config.getParent().toString()));
    model.useWorkspace(
        Optional.of(
            new Workspace(temp, Optional.empty(), List.of(), temp, NotesConfig.load(env), env)));
    assertEquals("main", model.project().get().project().name());
    // [[main::Other Note]] in project main names its note at the root, found by permalink
    assertEquals(
        new MemoryViewModel.NewNoteProposal("Other Note", ""),
        model.proposeNote("main/Other Note"));
    assertEquals(
        new MemoryViewModel.NewNoteProposal("Idea", "research"),
        model.proposeNote("research/Idea"));
  }

  /** basic-memory's config from the fixture, its projects in this test's folder. */
  private Path fixtureConfig() throws java.io.IOException {
    Path config = temp.resolve("bm/config.json");
    Files.createDirectories(config.getParent());
    Files.writeString(
        config,
        Files.readString(Fixtures.fixture("memory/basic-memory-config/config.json"))
            .replace("FIXTURE_ROOT", temp.resolve("notes").toString()));
    return config;
  }

  @Test
  void aConfiguredProjectWhoseFolderIsMissingIsShownAsMissing() throws Exception {
    Path config = fixtureConfig();
    UserEnvironment env =
        new UserEnvironment(temp, Map.of("BASIC_MEMORY_CONFIG_DIR", config.getParent().toString()));
    NotesConfig notes = NotesConfig.load(env);
    model.useWorkspace(
        Optional.of(new Workspace(temp, Optional.empty(), List.of(), temp, notes, env)));
    assertEquals(
        List.of("main", "research (missing)"),
        model.projects().stream().map(Object::toString).toList());
    model.openNote("people/Ada Lovelace.md");
    model.search("fsdp");
    model.selectProject(model.projects().get(1), notes);
    assertTrue(model.message().get().contains("missing"));
    assertTrue(model.notes().isEmpty());
    assertTrue(model.folders().isEmpty(), "no folder of the project before is left in the tree");
    assertTrue(model.results().isEmpty(), "nor its search results");
    assertTrue(model.open().get().isEmpty(), "nor its open note");
    assertFalse(model.empty().get(), "a missing project is not an empty one");
  }

  @Test
  void movesAndDeletesWholeFoldersFollowingTheOpenNote() {
    model.openNote("ml/training/Learning Rate Warmup.md");
    model.showFolder("ml/training");
    assertEquals(3, model.notesInFolder("ml"));
    model.moveFolder("ml", "research/ml");
    assertEquals("research/ml/training", model.folder().get());
    assertEquals(
        "research/ml/training/Learning Rate Warmup.md",
        model.open().get().orElseThrow().file().note().filePath());
    assertTrue(model.message().get().contains("3 notes, permalinks kept"), model.message().get());
    model.deleteFolder("research", dev.agentworkbench.memory.NotesService.PERMANENTLY);
    assertTrue(model.open().get().isEmpty());
    assertEquals("", model.folder().get());
    assertEquals(6, model.notes().size());
    assertFalse(model.folders().contains("research"));
  }
}
