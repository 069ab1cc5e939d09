package dev.agentworkbench.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentworkbench.memory.index.SearchHit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a search result shows besides its title: where the note is, and a snippet as read. */
class SearchResultTextTest {
  @Test
  void theSnippetLeavesOutHeadingMarksAndTheTitleItStartsWith() {
    assertEquals(
        "**Warmup** ramps the learning rate. Observations - [definition] LR",
        MemoryView.readable(
            "# **Learning** Rate Warmup **Warmup** ramps the learning rate. ## Observations -"
                + " [definition] LR",
            "Learning Rate Warmup"));
    // the title's end inside a highlight: the rest stays highlighted
    assertEquals("**ramps** on", MemoryView.readable("# **Warmup ramps** on", "Warmup"));
    // a word that only starts like the title is kept, and so are #tags
    assertEquals(
        "Warmups help #training", MemoryView.readable("# Warmups help #training", "Warmup"));
    assertEquals(
        "…ote with the same title", MemoryView.readable("…ote with the same title", "Warmup"));
  }

  @Test
  void aResultSaysWhichFolderItsNoteIsInAndItsType() {
    assertEquals("ml/training/  \u00b7  concept", MemoryView.where(hit("ml/training/A.md")));
    assertEquals("concept", MemoryView.where(hit("A.md")));
  }

  private static SearchHit hit(String path) {
    return new SearchHit(
        "A", "concept", "a", path, 1f, "", List.of(), 0L, "entity", null, null, null, null, "A");
  }
}
