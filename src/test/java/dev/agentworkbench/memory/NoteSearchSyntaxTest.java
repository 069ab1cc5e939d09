package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.memory.index.SearchPage;
import dev.agentworkbench.memory.index.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search box's words as basic-memory's text search reads them, on notes written here. */
class NoteSearchSyntaxTest {
  @TempDir Path temp;
  Path root;
  NotesService notes;

  @BeforeEach
  void open() throws Exception {
    root = temp.resolve("craft");
    Files.createDirectories(root);
    note("Version", "We shipped version 1.2.3 today.");
    note("Numbers", "1 apple, 2 pears and 3 plums; later 12 and 30.");
    note("Fine Tuning", "The fine-tuning run converged.");
    note("Tuning Is Fine", "Tuning is fine, they said.");
    note("Database", "数据库很快。");
    note("Scattered", "数量很大，根据需要，仓库在北京。");
    note("Warmup Schedule", "Linear warmup for the first steps.");
    note("Maintenance", "The main point: warm starts help a lot, a lot.");
    note("Learning", "The learning rate matters.");
    Files.writeString(
        root.resolve("Tagged.md"),
        "---\ntitle: Tagged\ntags:\n- schedule\n---\n\n- [fact] observed #obs-only\n");
    notes = NotesService.open(NotesLocation.folder(root, temp.resolve("app")));
  }

  private void note(String title, String body) throws Exception {
    Files.writeString(
        root.resolve(title + ".md"),
        "---\ntitle: " + title + "\ntype: note\n---\n\n" + body + "\n");
  }

  @AfterEach
  void close() throws Exception {
    notes.close();
  }

  private SearchPage search(String q, int page, int size) throws Exception {
    return notes.search(
        new SearchRequest(
            q,
            "text",
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            page,
            size,
            Map.of(),
            List.of(),
            List.of()));
  }

  private List<String> titles(String q) throws Exception {
    return search(q, 1, 50).results().stream().map(h -> h.title()).toList();
  }

  @Test
  void aTermWithPunctuationIsAPhraseAsBasicMemoryQuotesIt() throws Exception {
    assertEquals(List.of("Version"), titles("1.2.3"));
    assertEquals(List.of("Fine Tuning"), titles("fine-tuning"));
    assertEquals(List.of("Fine Tuning"), titles("fine-tun"), "the last word is a prefix");
  }

  @Test
  void aPrefixFindsEveryLongerWordHoweverManyThereAre() throws Exception {
    for (int i = 0; i < 100; i++) {
      Files.writeString(root.resolve("p" + i + ".md"), "proa" + i + " here\n");
    }
    Files.writeString(root.resolve("Last.md"), "the protocol is last in order\n");
    notes.close();
    notes = NotesService.open(NotesLocation.folder(root, temp.resolve("app")));
    assertEquals(101, search("pro", 1, 10).total());
    assertTrue(titles("pro").size() == 50 && search("pro", 3, 50).results().get(0) != null);
    assertTrue(
        search("pro", 1, 200).results().stream().anyMatch(h -> h.filePath().equals("Last.md")));
  }

  @Test
  void hanCharactersAreFoundInARowNotScattered() throws Exception {
    assertEquals(List.of("Database"), titles("数据库"));
    assertEquals(List.of(), titles("库数"));
  }

  @Test
  void theLastWordOfAQuotedPhraseIsAPrefix() throws Exception {
    assertEquals(List.of("Learning"), titles("\"learning rat\""));
    assertEquals(List.of(), titles("\"learning rat\" AND matters"), "not with operators");
    assertEquals(List.of("Learning"), titles("\"learning rate\" AND matters"));
  }

  @Test
  void aPrefixIsRankedLikeTheWordsItStandsFor() throws Exception {
    // "warm" stands for warmup in a title, and is a word of its own in another note
    List<String> found = titles("warm");
    assertEquals(2, found.size(), found.toString());
    assertEquals("Warmup Schedule", found.get(0), "the title's word ranks first");
    assertTrue(
        search("warm", 1, 10).results().get(0).score()
            != search("warm", 1, 10).results().get(1).score(),
        "ranked, not all alike");
  }

  @Test
  void aTagFilterMatchesTheNotesOwnTagsNotAnObservations() throws Exception {
    assertEquals(List.of("Tagged"), titles("tag:schedule"));
    assertEquals(List.of(), titles("tag:obs-only"), "basic-memory filters on frontmatter tags");
    assertEquals(List.of("Tagged"), titles("obs-only"), "the word is still found");
  }

  @Test
  void aTermEndingInAStarStaysAPrefixAmongOperators() throws Exception {
    assertEquals(List.of("Learning"), titles("learn* AND rate"));
    assertEquals(List.of(), titles("learn AND rate"), "a bare word among operators is whole");
    assertEquals(
        java.util.Set.of("Warmup Schedule", "Maintenance"),
        java.util.Set.copyOf(titles("warm* OR zzz")));
    assertEquals(List.of("Learning"), titles("(learn* OR zzz) AND matters"));
    assertEquals(List.of("Learning"), titles("learn*"), "without operators, a prefix as before");
    assertEquals(List.of("Fine Tuning"), titles("fine-tun* AND converged"));
  }

  @Test
  void aTagTakenOutOfAQueryTakesTheOperatorItLeavesDangling() throws Exception {
    Files.writeString(
        root.resolve("Warm Tagged.md"),
        "---\ntitle: Warm Tagged\ntags:\n- schedule\n- lr\n---\n\nwarmup here too\n");
    Files.writeString(
        root.resolve("Only Lr.md"), "---\ntitle: Only Lr\ntags:\n- lr\n---\n\nwarmup\n");
    notes.update(List.of(root.resolve("Warm Tagged.md"), root.resolve("Only Lr.md")));
    for (String q :
        List.of(
            "warmup AND tag:schedule",
            "tag:schedule AND warmup",
            "warmup AND (tag:schedule)",
            "warmup OR tag:schedule",
            "(tag:schedule) AND warmup")) {
      assertEquals(List.of("Warm Tagged"), titles(q), q);
      assertEquals(Optional.empty(), request(q).queryProblem(), q);
    }
    // every tag is one filter a note must pass, as basic-memory's one tags filter
    assertEquals(List.of("Warm Tagged"), titles("tag:lr OR tag:schedule"));
    assertEquals(List.of("Warm Tagged"), titles("warmup AND (tag:lr OR tag:schedule)"));
    assertEquals(
        Optional.of("AND needs a word after it."),
        request("warmup AND").queryProblem(),
        "the user's own dangling operator is still said");
    assertEquals(
        Optional.of("AND needs a word after it."), request("warmup AND tag:lr AND").queryProblem());
    assertEquals(List.of(), titles("warmup NOT tag:schedule"));
    assertTrue(
        request("warmup NOT tag:schedule").queryProblem().orElse("").contains("cannot leave out"));
  }

  private static SearchRequest request(String q) {
    return SearchRequest.text(q);
  }

  @Test
  void operatorsWithoutATermBesideThemFindNothingAndALoneStarFindsAll() throws Exception {
    for (String q :
        List.of(
            "OR",
            "AND",
            "NOT",
            "(",
            "OR warmup",
            "warmup OR OR tuning",
            "NOT x",
            "warmup AND",
            "AND warmup")) {
      assertEquals(List.of(), titles(q), q);
    }
    assertEquals(10, search("*", 1, 50).total());
    assertEquals(List.of("Warmup Schedule"), titles("warmup NOT main"));
    assertEquals(List.of("Warmup Schedule"), titles("warmup AND NOT main"));
  }

  @Test
  void aFailedQueryIsRelaxedToOrOnlyWhenItHasThreeWordsAndNoNumber() throws Exception {
    assertEquals(List.of(), titles("zebra warmup"), "two words: no retry");
    assertEquals(List.of(), titles("zebra warmup 12"), "a number: no retry");
    assertEquals(List.of("Warmup Schedule"), titles("what is the warmup zebra"));
  }

  @Test
  void theTotalIsExactPastAThousandAndAnyPageSizeIsAnswered() throws Exception {
    for (int i = 0; i < 1100; i++) {
      Files.writeString(root.resolve("n" + i + ".md"), "common word " + i + "\n");
    }
    notes.close();
    notes = NotesService.open(NotesLocation.folder(root, temp.resolve("app")));
    assertEquals(1100, search("common", 1, 10).total());
    assertEquals(1100, search("common", 50, 10).total());
    assertTrue(search("common", 50, 10).totalIsExact(), "exact up to ten thousand");
    assertTrue(search("common", 1, Integer.MAX_VALUE).results().size() == 1100);
    assertTrue(search("common", 3_000_000, 1000).results().isEmpty());
    String pasted = String.join(" ", java.util.Collections.nCopies(400, "common"));
    assertFalse(search(pasted, 1, 10).results().isEmpty(), "a pasted paragraph is searched");
  }
}
