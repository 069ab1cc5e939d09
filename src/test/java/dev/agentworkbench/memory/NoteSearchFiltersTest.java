package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.memory.index.SearchHit;
import dev.agentworkbench.memory.index.SearchPage;
import dev.agentworkbench.memory.index.SearchRequest;
import dev.agentworkbench.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search_notes' metadata_filters, entity_types and categories. */
class NoteSearchFiltersTest {
  @TempDir Path temp;
  Path root;
  NotesService notes;

  @BeforeEach
  void open() throws Exception {
    root = Fixtures.copy("memory/main", temp.resolve("main"));
    Files.writeString(
        root.resolve("people/Scored.md"),
        "---\ntitle: Scored\ntype: note\npermalink: main/people/scored\nconfidence: 0.8\n"
            + "schema:\n  confidence: 0.9\n---\n\nA scored note.\n");
    notes = NotesService.open(NotesLocation.folder(root, temp.resolve("app")));
  }

  @AfterEach
  void close() throws Exception {
    notes.close();
  }

  private SearchPage search(
      String q, Map<String, Object> meta, List<String> kinds, List<String> cats) throws Exception {
    return notes.search(
        new SearchRequest(
            q,
            "text",
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            1,
            20,
            meta,
            kinds,
            cats));
  }

  private List<String> titles(Map<String, Object> meta) throws Exception {
    return search("", meta, List.of(), List.of()).results().stream()
        .map(SearchHit::title)
        .sorted()
        .toList();
  }

  @Test
  void filtersOnFrontmatterAsBasicMemoryDoes() throws Exception {
    assertEquals(List.of("Use FSDP Over DeepSpeed"), titles(Map.of("status", "accepted")));
    assertEquals(List.of("Use FSDP Over DeepSpeed"), titles(Map.of("note_type", "decision")));
    assertEquals(
        List.of("LoRA Fine-Tuning Run 2025-03"), titles(Map.of("tags", List.of("lora", "llama"))));
    assertEquals(List.of(), titles(Map.of("tags", List.of("lora", "people"))));
    Files.writeString(
        root.resolve("people/Comma Tags.md"),
        "---\ntitle: Comma Tags\ntags: alpha, beta\n---\n\nTagged in one string.\n");
    notes.update(List.of(root.resolve("people/Comma Tags.md")));
    assertEquals(
        List.of("Comma Tags"),
        titles(Map.of("tags", List.of("alpha", "beta"))),
        "the tags as parsed: split at commas");
    assertEquals(
        List.of("LoRA Fine-Tuning Run 2025-03", "Use FSDP Over DeepSpeed"),
        titles(Map.of("status", Map.of("$in", List.of("accepted", "completed")))));
    assertEquals(
        List.of("LoRA Fine-Tuning Run 2025-03"),
        titles(Map.of("created", Map.of("$gte", "2025-03-01"))));
    assertEquals(
        List.of("Use FSDP Over DeepSpeed"),
        titles(Map.of("decided", Map.of("$between", List.of("2025-04-01", "2025-04-30")))));
    assertEquals(List.of("Scored"), titles(Map.of("confidence", Map.of("$gt", 0.7))));
    assertEquals(List.of(), titles(Map.of("confidence", Map.of("$lt", 0.8))));
    assertEquals(List.of("Scored"), titles(Map.of("schema.confidence", Map.of("$gte", 0.9))));
    assertEquals(
        List.of("LoRA Fine-Tuning Run 2025-03"),
        search("adapter", Map.of("owner", "ml-platform"), List.of(), List.of()).results().stream()
            .map(SearchHit::title)
            .toList());
  }

  @Test
  void refusesFiltersBasicMemoryRefuses() {
    NotesException bad = assertThrows(NotesException.class, () -> titles(Map.of("bad key", "x")));
    assertEquals("Unsupported metadata filter key: bad key", bad.getMessage());
    NotesException op =
        assertThrows(NotesException.class, () -> titles(Map.of("status", Map.of("$ne", "x"))));
    assertEquals("Unsupported operator '$ne' in metadata filter for 'status'", op.getMessage());
    NotesException kind =
        assertThrows(
            NotesException.class, () -> search("x", Map.of(), List.of("chunk"), List.of()));
    assertEquals(
        "Invalid entity type 'chunk'. Must be one of: entity, observation, relation",
        kind.getMessage());
  }

  @Test
  void findsObservationsByContentAndCategory() throws Exception {
    SearchPage spikes = search("spikes", Map.of(), List.of("observation"), List.of());
    assertEquals(1, spikes.total());
    SearchHit hit = spikes.results().get(0);
    assertEquals("observation", hit.kind());
    assertEquals("failure_mode", hit.category());
    assertEquals(
        "failure_mode: Skipping warmup with Adam often causes early loss spikes #stability...",
        hit.title());
    assertEquals("ml/training/Learning Rate Warmup.md", hit.filePath());
    SearchPage decisions = search("", Map.of(), List.of(), List.of("decision"));
    assertEquals(
        List.of("decision: Use FSDP with full sharding for models above 7B parameters #fsdp..."),
        decisions.results().stream().map(SearchHit::title).toList());
  }

  @Test
  void findsRelationsByTheTitlesAtTheirEnds() throws Exception {
    SearchPage page = search("lovelace", Map.of(), List.of("relation"), List.of());
    assertTrue(page.total() >= 2, page.toString());
    assertTrue(page.results().stream().allMatch(h -> h.kind().equals("relation")));
    assertTrue(
        page.results().stream()
            .anyMatch(
                h ->
                    h.relationType().equals("signed off")
                        && h.title().equals("Ada Lovelace -> Use FSDP Over DeepSpeed")
                        && h.toTitle().equals("Use FSDP Over DeepSpeed")),
        page.toString());
  }
}
