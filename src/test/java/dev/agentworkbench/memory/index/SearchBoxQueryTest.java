package dev.agentworkbench.memory.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.memory.NotesException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchBoxQueryTest {
  private final Instant now = Instant.parse("2026-11-27T12:00:00Z");
  private final ZoneId paris = ZoneId.of("Europe/Paris");

  @Test
  void filtersAreTakenOutOfTheTextAndTheRestIsSearchedAsTyped() {
    SearchBoxQuery q =
        SearchBoxQuery.parse("lora type:experiment AND tag:metrics folder:/ml/experiments/ warmup");
    assertEquals("lora AND tag:metrics warmup", q.text());
    assertEquals(List.of("experiment"), q.types());
    assertEquals(Optional.of("ml/experiments"), q.folder());
    assertEquals(Optional.empty(), q.after());
  }

  @Test
  void aQuotedValueMayHoldSpacesAndAQuotedPhraseHoldsNoFilter() {
    SearchBoxQuery q = SearchBoxQuery.parse("\"set type:x aside\" after:\"2 weeks\" TYPE:Person");
    assertEquals("\"set type:x aside\"", q.text());
    assertEquals(Optional.of("2 weeks"), q.after());
    assertEquals(List.of("Person"), q.types(), "any case, as tag: is");
    // a filter only starts a word: "subtype:x" is a word to search
    assertEquals("subtype:x", SearchBoxQuery.parse("subtype:x").text());
  }

  @Test
  void onlyFiltersIsASearchAndAnEmptyFilterIsNone() {
    assertTrue(!SearchBoxQuery.parse("type:decision").isEmpty());
    assertTrue(SearchBoxQuery.parse("type: ").isEmpty(), "type: with nothing after it");
    assertTrue(SearchBoxQuery.parse("   ").isEmpty());
  }

  @Test
  void theDateIsAnIsoDateInTheUsersZoneOrATimeframe() throws Exception {
    assertEquals(
        Optional.of(Instant.parse("2025-02-28T23:00:00Z")),
        SearchBoxQuery.parse("after:2025-03-01").request(50, now, paris).after());
    assertEquals(
        Optional.of(now.minus(Duration.ofDays(14))),
        SearchBoxQuery.parse("after:\"2 weeks\"").request(50, now, paris).after());
    SearchRequest r = SearchBoxQuery.parse("gpu type:note folder:ml").request(50, now, paris);
    assertEquals("gpu", r.query());
    assertEquals(List.of("note"), r.types());
    assertEquals(Optional.of("ml"), r.folder());
    assertEquals(50, r.pageSize());
    NotesException bad =
        assertThrows(
            NotesException.class, () -> SearchBoxQuery.parse("after:soon").request(50, now, paris));
    assertTrue(bad.getMessage().startsWith("after:soon is not a date"), bad.getMessage());
  }

  @Test
  void theFiltersInWords() {
    assertEquals(
        "of type experiment or decision, in ml/, changed within 7d",
        SearchBoxQuery.parse("type:experiment type:decision folder:ml after:7d").filtersInWords());
    assertEquals(
        "changed since 2025-03-01", SearchBoxQuery.parse("after:2025-03-01").filtersInWords());
    assertEquals("", SearchBoxQuery.parse("just words").filtersInWords());
  }

  @Test
  void aQueryThatCannotFindAnythingSaysWhyAndAQueryDoesNot() {
    assertEquals(
        Optional.of("AND needs a word after it."), SearchBoxQuery.parse("warmup AND").problem());
    assertEquals(
        Optional.of("AND needs a word before it."), SearchBoxQuery.parse("AND warmup").problem());
    assertEquals(
        Optional.of("OR needs a word after it."), SearchBoxQuery.parse("warmup OR").problem());
    assertEquals(
        Optional.of("OR needs a word before it."),
        SearchBoxQuery.parse("OR warmup type:note").problem());
    assertEquals(
        Optional.of("NOT needs a word after it."), SearchBoxQuery.parse("warmup NOT").problem());
    assertTrue(
        SearchBoxQuery.parse("NOT warmup")
            .problem()
            .orElseThrow()
            .startsWith("NOT needs a word before"));
    assertEquals(
        Optional.of("The parentheses hold no word."),
        SearchBoxQuery.parse("warmup AND ()").problem());
    for (String fine :
        List.of("warmup", "warmup AND lr", "warmup NOT lr", "(a OR b) AND c", "\"a b\"", "*", "")) {
      assertEquals(Optional.empty(), SearchBoxQuery.parse(fine).problem(), fine);
    }
  }
}
