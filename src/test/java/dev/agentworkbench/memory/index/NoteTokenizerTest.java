package dev.agentworkbench.memory.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;

class NoteTokenizerTest {
  private final NoteAnalyzer analyzer = new NoteAnalyzer();

  @Test
  void aPartMarkPutsTheNextWordFarApartSoNoPhraseSpansIt() throws Exception {
    List<Integer> increments = new java.util.ArrayList<>();
    String text =
        "fine" + NoteTokenizer.PART + "tuning here" + NoteTokenizer.PART + NoteTokenizer.PART + "x";
    try (TokenStream ts = analyzer.tokenStream("all", text)) {
      var inc =
          ts.addAttribute(
              org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        increments.add(inc.getPositionIncrement());
      }
      ts.end();
    }
    assertThat(increments).containsExactly(1, 101, 1, 201);
    assertThat(analyzer.tokens(text)).containsExactly("fine", "tuning", "here", "x");
  }

  @Test
  void wordsAreRunsOfLettersAndDigitsLowerCased() {
    assertThat(analyzer.tokens("Model-v2 trained_on GPU's: 3.14, [[Link]] #tag"))
        .containsExactly("model", "v2", "trained", "on", "gpu", "s", "3", "14", "link", "tag");
  }

  @Test
  void accentsAreFoldedWhetherComposedOrNot() {
    assertThat(analyzer.tokens("Café naïve Straße ÉCOLE cafe\u0301 Ærø"))
        .containsExactly("cafe", "naive", "strasse", "ecole", "cafe", "aero");
  }

  @Test
  void ideographsAreWordsOfOneCharacterAndOtherScriptsRuns() {
    assertThat(analyzer.tokens("机器学习 カタカナ データ ひらがな 한국어 Привет мир"))
        .containsExactly(
            "机", "器", "学", "习", "カ", "タ", "カ", "ナ", "デ", "ー", "タ", "ひ", "ら", "が", "な", "한", "국",
            "어", "привет", "мир");
  }

  @Test
  void symbolsOutsideThePlaneAreSeparatorsAndLettersThereAreKept() {
    assertThat(analyzer.tokens("ship🚀it 𝐀bc")).containsExactly("ship", "it", "𝐀bc");
  }

  @Test
  void wordsAcrossTheReadBufferAndVeryLongRunsAreWhole() {
    String filler = "x ".repeat(2047); // 4094 characters: the next word straddles the buffer end
    List<String> words = analyzer.tokens(filler + "Boundary𝐀word end");
    assertThat(words.subList(2047, words.size())).containsExactly("boundary𝐀word", "end");
    assertThat(analyzer.tokens("a".repeat(600)))
        .containsExactly(
            "a".repeat(NoteTokenizer.MAX_WORD),
            "a".repeat(NoteTokenizer.MAX_WORD),
            "a".repeat(600 - 2 * NoteTokenizer.MAX_WORD));
  }

  @Test
  void theIndexedBytesOfEveryWordAreItsUtf8() throws Exception {
    String text = "Plain ascii 42 then Straße 机器 Привет 𝐀bc done";
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("all", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TermToBytesRefAttribute bytes = ts.addAttribute(TermToBytesRefAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        // what the index stores for the word, read back as text
        assertThat(bytes.getBytesRef().utf8ToString()).isEqualTo(term.toString());
        terms.add(bytes.getBytesRef().utf8ToString());
      }
      ts.end();
    }
    assertThat(terms)
        .containsExactly(
            "plain", "ascii", "42", "then", "strasse", "机", "器", "привет", "𝐀bc", "done");
  }

  @Test
  void offsetsPointAtTheWordsInTheText() throws Exception {
    String text = "  Héllo, wörld\u0301!";
    List<String> spans = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("all", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        spans.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      ts.end();
      assertThat(offset.endOffset()).isEqualTo(text.length());
    }
    assertThat(spans).containsExactly("hello=Héllo", "world=wörld\u0301");
  }
}
