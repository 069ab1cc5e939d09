package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RareCharactersTest {

  /** The one pass over a file's bytes finds what the scans of its text find. */
  @Property(tries = 2000)
  void theBytesTellWhatTheTextHolds(@ForAll("notesText") String text) {
    assertEquals(
        RareCharacters.of(text), RareCharacters.of(text.getBytes(StandardCharsets.UTF_8)), text);
  }

  @Provide
  Arbitrary<String> notesText() {
    // the characters looked for, their neighbours, and characters whose UTF-8 bytes are not ASCII
    List<Character> pieces =
        List.of(
            'a', ' ', '\n', '\r', '\t', '\u000B', '\f', '\0', ']', ':', '[', '\u00e9', '\u2028',
            '\u5fc3', '\u00dd', '\u00ba', '\u0d5d', '\u0e3a', '\uFFFD');
    return Arbitraries.of(pieces).list().ofMaxSize(40).map(RareCharactersTest::join);
  }

  private static String join(List<Character> chars) {
    StringBuilder out = new StringBuilder();
    chars.forEach(out::append);
    return out.toString();
  }

  @Test
  void aPlainNoteHoldsNoneAndEachRareCharacterIsNamed() {
    assertEquals(
        new RareCharacters(false, false, false),
        RareCharacters.of("---\ntitle: A\n---\n- [idea] x #t (c)\n- uses [[B]]\n"));
    assertTrue(RareCharacters.of("a\r\nb".getBytes(StandardCharsets.UTF_8)).carriageReturn());
    assertTrue(RareCharacters.of("[ref]: /x".getBytes(StandardCharsets.UTF_8)).blockDoubt());
    assertFalse(RareCharacters.of("[ref] :x]".getBytes(StandardCharsets.UTF_8)).blockDoubt());
    RareCharacters nul = RareCharacters.of("a\0b".getBytes(StandardCharsets.UTF_8));
    assertTrue(nul.nul() && nul.blockDoubt());
  }
}
