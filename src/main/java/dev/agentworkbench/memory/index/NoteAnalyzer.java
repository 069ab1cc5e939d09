package dev.agentworkbench.memory.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Words as basic-memory's unicode61 tokenizer sees them: lower-cased, accents folded. */
final class NoteAnalyzer extends Analyzer {

  /** Between two values of one field: no phrase spans the gap. */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new NoteTokenizer());
  }

  List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = tokenStream("body", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
