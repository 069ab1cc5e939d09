package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Permalinks;
import dev.agentworkbench.memory.Relation;
import dev.agentworkbench.testing.Fixtures;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoteParserTest {
  private static final NoteParser.FileFacts FACTS =
      new NoteParser.FileFacts(Instant.EPOCH, Instant.EPOCH, "x");

  static Note parseFixture(String relative) throws Exception {
    byte[] bytes = Files.readAllBytes(Fixtures.fixture("memory/main").resolve(relative));
    return NoteParser.parse(relative, bytes, FACTS, Permalinks.canonical("main", relative, true));
  }

  @Test
  void aTagsStringThatIsAJsonArrayIsReadAsJson() {
    assertEquals(
        java.util.List.of("it's", "a\"b", "c\\d", "eé"),
        NoteParser.tags("[\"it's\",\"a\\\"b\",\"c\\\\d\",\"e\\u00e9\"]"));
    assertEquals(java.util.List.of("a", "b"), NoteParser.tags("[a, 'b']"), "not JSON: as before");
    assertEquals(java.util.List.of("a", "b", "c"), NoteParser.tags("[\"a,b\",\"c\"]"));
    assertEquals(java.util.List.of("x", "y"), NoteParser.tags("x, #y"));
    assertEquals(
        java.util.List.of("x", "y"),
        NoteParser.tags("\u00a0x\u202f, y\u2007\u0085"),
        "stripped as Python strips");
  }

  @Test
  void fixtureNotesParseAsBasicMemoryParsesThem() throws Exception {
    JsonNode expected =
        new ObjectMapper().readTree(Fixtures.fixture("memory/expected-parse.json").toFile());
    Iterator<Map.Entry<String, JsonNode>> files = expected.fields();
    int checked = 0;
    while (files.hasNext()) {
      Map.Entry<String, JsonNode> entry = files.next();
      Note note = parseFixture(entry.getKey());
      JsonNode want = entry.getValue();
      assertEquals(
          want.get("frontmatter"),
          new ObjectMapper().valueToTree(note.frontmatter()),
          entry.getKey());
      assertEquals(
          want.get("generated_permalink").asText(),
          Permalinks.canonical("main", entry.getKey(), true));
      List<String> wantObs = new ArrayList<>();
      want.get("observations")
          .forEach(
              o ->
                  wantObs.add(
                      o.get("category").asText()
                          + "|"
                          + o.get("content").asText()
                          + "|"
                          + (o.get("tags").isNull() ? "[]" : o.get("tags").toString())
                          + "|"
                          + o.get("context").asText("null")));
      List<String> gotObs =
          note.observations().stream()
              .map(
                  o ->
                      o.category()
                          + "|"
                          + o.content()
                          + "|"
                          + new ObjectMapper().valueToTree(o.tags())
                          + "|"
                          + o.context().orElse("null"))
              .toList();
      assertEquals(wantObs, gotObs, entry.getKey());
      List<String> wantRel = new ArrayList<>();
      want.get("relations")
          .forEach(
              r ->
                  wantRel.add(
                      r.get("type").asText()
                          + "|"
                          + r.get("target").asText()
                          + "|"
                          + r.get("context").asText("null")));
      List<String> gotRel =
          note.relations().stream()
              .map(r -> r.type() + "|" + r.target() + "|" + r.context().orElse("null"))
              .toList();
      assertEquals(wantRel, gotRel, entry.getKey());
      checked++;
    }
    assertEquals(3, checked);
  }

  @Test
  void edgeCasesParseAsReferenceSection54() throws Exception {
    Note note = parseFixture("edge/Parser Edge Cases.md");
    assertEquals("Parser Edge Cases", note.title());
    assertEquals("note", note.type());
    List<String> obs =
        note.observations().stream().map(o -> o.category() + ":" + o.tags()).toList();
    assertEquals(
        List.of("note:[python]", "note:[hashtag]", "cat:[]", "child:[deep]", "ordered:[ol]"), obs);
    assertEquals(
        List.of(
            "Bare Target",
            "Two Words Type",
            "Alpha",
            "Beta",
            "Link One",
            "Link Two|Alias",
            "proj/Other Note"),
        note.relations().stream().map(Relation::target).toList());
    assertTrue(note.relations().stream().allMatch(r -> r.type().equals("links_to")));
  }

  @Test
  void contextIsAfterTheLastParenthesis() {
    Observation o = InlineRules.observation("[test] Content (with) extra) parens)").orElseThrow();
    assertEquals("Content", o.content());
    assertEquals("with) extra) parens", o.context().orElseThrow());
    assertEquals(List.of("a", "b"), InlineRules.tags("x #a#b"));
    assertFalse(InlineRules.observation("[x] done task #t").isPresent());
    assertFalse(InlineRules.observation("[1:02 - 1:05] talk").isPresent());
    assertEquals("note", InlineRules.observation("[] empty #t").orElseThrow().category());
  }

  @Test
  void malformedFrontmatterIsANoteWithAWarningAndItsBody() throws Exception {
    Note note = parseFixture("broken/Bad Frontmatter.md");
    assertEquals("Bad Frontmatter", note.title());
    assertFalse(note.warnings().isEmpty());
    assertTrue(note.content().contains("zebra-marker"));
    assertEquals(1, note.observations().size());
  }

  @Test
  void anOpeningFenceWithoutAClosingOneIsReadWithoutFrontmatterAndSaysSo() {
    Note n =
        NoteParser.parse(
            "notes/Half Open.md",
            "\n---\ntitle: Never Closed\n\n- [fact] still read #x\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            FACTS,
            "main/notes/half-open");
    assertEquals("Half Open", n.title(), "no frontmatter: the file name's title");
    assertTrue(n.content().contains("title: Never Closed"), "the whole text is the body");
    assertEquals(1, n.observations().size());
    assertEquals(java.util.List.of(NoteParser.UNCLOSED), n.warnings());
    Note closed =
        NoteParser.parse(
            "c.md",
            "---\ntitle: C\n---\nbody\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            FACTS,
            "c");
    assertTrue(closed.warnings().isEmpty(), closed.warnings().toString());
    Note rule =
        NoteParser.parse(
            "r.md",
            "text first\n---\nno fence\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            FACTS,
            "r");
    assertTrue(rule.warnings().isEmpty(), "a rule after text opens no frontmatter");
  }

  @Test
  void binaryAndNonUtf8NotesGiveWarningsNotErrors() {
    byte[] latin1 = "caf\u00e9 #tag".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Note a = NoteParser.parse("a.md", latin1, FACTS, "a");
    assertFalse(a.warnings().isEmpty());
    Note b = NoteParser.parse("b.md", new byte[] {0, 1, 2, (byte) 0xff, 0}, FACTS, "b");
    assertFalse(b.warnings().isEmpty());
  }

  @Test
  void aBinaryFileGivesNoObservationsOrRelationsFromItsBytes() {
    byte[] bytes =
        "\u0000\u0001- [fact] junk \u00ff\n- links_to [[Nowhere]]\n\u0000 marker"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Note n = NoteParser.parse("x.md", bytes, FACTS, "x");
    assertEquals(List.of(), n.observations());
    assertEquals(List.of(), n.relations());
    assertEquals(List.of(NoteParser.BINARY), n.warnings());
    assertTrue(n.content().contains("marker"), "its text is kept for search");
  }

  @Test
  void aTypeGivenAsAListIsCoercedToAStringAsTheTitleIs() {
    Note n =
        NoteParser.parse(
            "t.md",
            "---\ntype:\n- a\n- b\npermalink: ~\n---\nx\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            new NoteParser.FileFacts(Instant.EPOCH, Instant.EPOCH, "c"),
            "generated/t");
    assertEquals("a, b", n.type());
    assertEquals("generated/t", n.permalink(), "~ is null in YAML 1.1: the permalink is made");
  }
}
