package dev.agentworkbench.memory.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void theSnippetShowsWhereTheWordsMeetNotTheFirstLoneWord() {
    String body =
        "The decoder was slow at first. "
            + "x ".repeat(200)
            + "Later the Spark decoder read the stream twice as fast. "
            + "y ".repeat(200);
    String snippet = Snippets.around(body, List.of("spark", "decoder"));
    assertTrue(snippet.contains("**Spark** **decoder**"), snippet);
    assertFalse(snippet.contains("slow at first"), snippet);
  }

  @Test
  void aSnippetStartsAndEndsOnWholeWords() {
    String body =
        "word ".repeat(20) + "using Markdown extensions for the warmup " + "tail ".repeat(60);
    String snippet = Snippets.around(body, List.of("warmup"));
    assertTrue(snippet.startsWith("…word ") || snippet.startsWith("…using "), snippet);
    assertTrue(snippet.endsWith(" tail…") || snippet.endsWith("tail…"), snippet);
    for (String piece : snippet.replace("…", "").replace("**", "").split(" ")) {
      assertTrue(
          List.of("word", "using", "Markdown", "extensions", "for", "the", "warmup", "tail")
              .contains(piece),
          "a cut word: " + piece + " in " + snippet);
    }
  }

  @Test
  void aJapaneseRunIsMarkedAsTypedInsideTextWithoutSpaces() {
    assertEquals("機械学習の**学習率**は最初に小さくする", Snippets.mark("機械学習の学習率は最初に小さくする", List.of("学習率")));
    assertTrue(
        Snippets.around("まず" + "ウォームアップ" + "をする", List.of("ウォームアップ")).contains("**ウォームアップ**"));
  }

  @Test
  void textWithoutSpacesAndVeryLongWordsKeepTheirContext() {
    String japanese = "あ".repeat(100) + "ウォームアップ" + "い".repeat(300);
    String snippet = Snippets.around(japanese, List.of("ウォームアップ"));
    assertTrue(snippet.length() > 100, "Japanese is not cut back to the match: " + snippet);
    assertTrue(snippet.contains("あ**ウォームアップ**い"), snippet);
    String blob = "x".repeat(100) + " warmup " + "y".repeat(300);
    assertTrue(Snippets.around(blob, List.of("warmup")).length() > 100, "a long word is cut");
  }

  @Test
  void aLetterThatLowerCasesToTwoCharactersShiftsNoMark() {
    assertEquals("İİİ **ab** c", Snippets.mark("İİİ ab c", List.of("ab")));
    assertEquals("İstanbul **notes**", Snippets.mark("İstanbul notes", List.of("notes")));
    assertTrue(
        Snippets.around("İİİİ " + "x ".repeat(100) + "the warmup", List.of("warmup"))
            .endsWith("the **warmup**"));
  }

  @Test
  void aSingleWordStillShowsItsFirstPlaceAndNoMatchShowsTheStart() {
    String body = "alpha beta gamma. " + "z ".repeat(200) + "gamma again";
    assertEquals(11, Snippets.densest(body.toLowerCase(), List.of("gamma")));
    assertTrue(Snippets.around(body, List.of("gamma")).startsWith("alpha beta **gamma**"));
    assertEquals(-1, Snippets.densest(body, List.of("omega")));
    assertTrue(Snippets.around(body, List.of("omega")).startsWith("alpha beta gamma"));
  }
}
