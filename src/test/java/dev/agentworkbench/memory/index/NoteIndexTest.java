package dev.agentworkbench.memory.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.Relation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the index keeps of each note comes back whole when the app opens the index again. */
class NoteIndexTest {

  private static Note note(String path, String title, List<String> tags, List<Relation> rels) {
    return new Note(
        path,
        title,
        "note",
        "main/" + path.replace(".md", ""),
        tags,
        Map.of("title", title),
        "# " + title + "\n\nBody with ünïcode ✓ text.\n",
        List.of(),
        rels,
        List.of("a warning"),
        Instant.ofEpochMilli(1_000),
        Instant.ofEpochMilli(2_000),
        "");
  }

  @Test
  void aBodyOfManyMegabytesIsSearchedWholeAndKeptForSnippetsFromItsStart() {
    String head = "x".repeat(NoteIndex.SNIPPET_BODY_CHARS - 1);
    assertThat(NoteIndex.forSnippets(head + "\uD83D\uDE00 tail"))
        .isEqualTo(head)
        .as("cut before a character, never inside it");
    assertThat(NoteIndex.forSnippets("short")).isEqualTo("short");
  }

  @Test
  void aWordFarIntoAHugeBodyIsStillFound(@TempDir Path dir) throws Exception {
    String body = "filler ".repeat(NoteIndex.SNIPPET_BODY_CHARS / 7 + 10) + "needleword at the end";
    Note huge =
        new Note(
            "Huge.md",
            "Huge",
            "note",
            "main/huge",
            List.of(),
            Map.of(),
            body,
            List.of(),
            List.of(),
            List.of(),
            Instant.ofEpochMilli(1_000),
            Instant.ofEpochMilli(2_000),
            "");
    try (NoteIndex index = NoteIndex.open(dir)) {
      index.add(huge, 1, body.length());
      index.refresh();
      assertThat(index.search(SearchRequest.text("needleword")).results())
          .extracting(SearchHit::filePath)
          .containsExactly("Huge.md");
    }
  }

  @Test
  void summariesSurviveAReopenAndSeparatorCharactersInThemAreBlanked(@TempDir Path dir)
      throws Exception {
    Note plain =
        note(
            "a/Plain.md",
            "Plain ✓ Title",
            List.of("x", "y"),
            List.of(new Relation("relates_to", "Other", Optional.of("why"))));
    Note odd =
        note(
            "b/Odd.md",
            "Odd\u001fTitle",
            List.of("t\u001d1", "t2"),
            List.of(
                new Relation("links\u001e_to", "Tar\u001cget", Optional.empty()),
                new Relation("part_of", "Whole", Optional.empty())));
    try (NoteIndex index = NoteIndex.open(dir)) {
      index.add(plain, 11, 22);
      index.add(odd, 33, 44);
      index.commitLater();
    }
    try (NoteIndex index = NoteIndex.open(dir)) {
      assertThat(index.reused()).isTrue();
      Map<String, NoteSummary> byPath =
          index.stored().stream()
              .collect(
                  java.util.stream.Collectors.toMap(n -> n.summary().filePath(), n -> n.summary()));
      assertThat(byPath.get("a/Plain.md")).isEqualTo(plain.summary());
      NoteSummary back = byPath.get("b/Odd.md");
      assertThat(back.title()).isEqualTo("Odd Title");
      assertThat(back.tags()).containsExactly("t 1", "t2");
      assertThat(back.relations())
          .containsExactly(
              new Relation("links _to", "Tar get", Optional.empty()),
              new Relation("part_of", "Whole", Optional.empty()));
      assertThat(index.stored())
          .extracting(n -> n.mtime() + "/" + n.size())
          .containsExactlyInAnyOrder("11/22", "33/44");
    }
  }
}
