package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row's right side is what Python's unidecode 1.3.6 returns for the left side. */
class TransliterationTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Café Über Résumé|Cafe Uber Resume",
        "ø æ ß Łódź|o ae ss Lodz",
        "Привет мир|Privet mir",
        "Ελληνικά κείμενα|Ellenika keimena",
        "ひらがな つ|hiragana tsu",
        "カタカナ ノート|katakana noto",
        "한국어 문서|hangugeo munseo",
        "مرحبا بالعالم|mrHb bl`lm",
        "שלום עולם|SHlvm `vlm",
        "สวัสดี|swasdii",
        "नमस्ते दुनिया|nmste duniyaa",
        "Ŋŋ|ngNG",
        "① ② ⑩|1 2 10",
        "x² H₂O|x2 H2O",
        "™ © ®|(tm) (c) (r)",
        "\"½ ¼\"|\" 1/2  1/4\"",
        "Ǆ ǅ|DZ Dz",
        "ẞ|Ss",
        "Ⓐ|A",
        "𝐀𝐁𝐂|ABC",
        "\"😀 rocket 🚀\"|\" rocket \"",
        "Ꭰ Ᏸ|a ye",
        "ᴀᴁ|AAE",
        "ﬁ ﬂ|fi fl",
        "…–—|...---",
      })
  void spellsLikePythonUnidecode(String text, String ascii) {
    assertEquals(ascii, Transliteration.toAscii(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "notes/Привет мир.md|notes/privet-mir",
        "people/Łódź Meetup.md|people/lodz-meetup",
        "x/① First Step.md|x/1-first-step",
        "ko/한국어 문서.md|ko/hangugeo-munseo",
        "emoji/Launch 🚀 Plan.md|emoji/launch-plan",
      })
  void permalinksOfOtherScripts(String path, String permalink) {
    assertEquals(permalink, Permalinks.slug(path));
  }
}
