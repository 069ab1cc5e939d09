package dev.agentworkbench.memory.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.Attribute;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.BytesRef;

/**
 * Words as basic-memory's unicode61 tokenizer finds them, in one pass over the text: runs of
 * letters and digits, lower-cased, accents folded to ASCII and combining marks dropped. Han
 * ideographs, kana and hangul syllables are single-character words, so that a phrase of them finds
 * a piece of a longer run: "ベース" in "データベース", "베이스" in "데이터베이스를".
 */
final class NoteTokenizer extends Tokenizer {
  /** Longer runs are cut into words of this length, as Lucene's own tokenizers do. */
  static final int MAX_WORD = 255;

  /** Words as terms whose bytes are copied straight from the characters when they are ASCII. */
  private static final AttributeFactory WORDS =
      new AttributeFactory() {
        @Override
        public AttributeImpl createAttributeInstance(Class<? extends Attribute> type) {
          return type == CharTermAttribute.class || type == TermToBytesRefAttribute.class
              ? new Word()
              : DEFAULT_ATTRIBUTE_FACTORY.createAttributeInstance(type);
        }
      };

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);

  /**
   * Between two parts of one text ({@code title PART tags PART ... body}): the words on either side
   * are this many positions apart, so that no phrase runs from one part into the next. One text
   * with marks costs less to index than a value for each part.
   */
  static final char PART = '\u001e';

  private static final int PART_GAP = 100;

  /** The gap before the next word, and the one found after the word being read. */
  private int gap;

  private int gapAfter;
  private final char[] buffer = new char[4096];
  private final char[] one = new char[1];
  private final char[] folded = new char[4 * 2];
  private int length;
  private int next;
  private int consumed;
  private boolean exhausted;

  NoteTokenizer() {
    super(WORDS);
  }

  /**
   * A word's term, whose UTF-8 bytes are the characters themselves when all are ASCII (nearly every
   * word): cheaper than the general UTF-16 to UTF-8 conversion the index asks for on every word.
   */
  static final class Word extends CharTermAttributeImpl {
    @Override
    public BytesRef getBytesRef() {
      int n = length();
      char[] chars = buffer();
      builder.grow(n);
      byte[] bytes = builder.bytes();
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (c >= 0x80) {
          return super.getBytesRef();
        }
        bytes[i] = (byte) c;
      }
      builder.setLength(n);
      return builder.get();
    }
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    int start = -1;
    int end = -1;
    int size = 0;
    char[] out = term.buffer();
    while (true) {
      if (next >= length && !fill()) {
        break;
      }
      char ch = buffer[next];
      if (ch < 0x80) {
        if (ASCII_WORD[ch] == 0) {
          next++;
          if (ch == PART) {
            if (size > 0) {
              gapAfter += PART_GAP;
              break;
            }
            gap += PART_GAP;
          }
          if (size > 0) {
            break;
          }
          continue;
        }
        // the common case: a run of ASCII letters and digits, a table look-up per character, in
        // locals (the quick compiler the app runs with reloads fields on every turn of a loop)
        if (size == 0) {
          start = consumed + next;
        }
        final char[] in = buffer;
        final int stop = length;
        int i = next;
        while (i < stop && size < MAX_WORD) {
          char c = in[i];
          char lower = c < 0x80 ? ASCII_WORD[c] : 0;
          if (lower == 0) {
            break;
          }
          if (size == out.length) {
            out = term.resizeBuffer(size + 1);
          }
          out[size++] = lower;
          i++;
        }
        next = i;
        end = consumed + i;
        if (size >= MAX_WORD) {
          break;
        }
        continue; // what ended the run is looked at as any character is
      }
      if (Character.isHighSurrogate(ch) && next + 1 >= length && !exhausted) {
        refill(); // the pair's second half is still to be read
        continue;
      }
      int at = consumed + next;
      int c = Character.codePointAt(buffer, next, length);
      int width = Character.charCount(c);
      int type = Character.getType(c);
      if (isMark(type)) {
        next += width; // a combining accent: part of the word, not kept
        if (size > 0) {
          end = at + width;
        }
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        next += width;
        if (size > 0) {
          break;
        }
        continue;
      }
      if (standsAlone(c)) {
        if (size > 0) {
          break; // the ideograph starts the next word
        }
        start = at;
        next += width;
        out = term.resizeBuffer(2);
        size = Character.toChars(c, out, 0);
        end = at + width;
        break;
      }
      if (size == 0) {
        start = at;
      }
      size = append(Character.toLowerCase(c), size);
      out = term.buffer();
      end = at + width;
      next += width;
      if (size >= MAX_WORD) {
        break;
      }
    }
    if (size == 0) {
      return false;
    }
    term.setLength(size);
    offset.setOffset(start, end); // the analyzer has no char filters to correct offsets for
    if (gap > 0) {
      position.setPositionIncrement(1 + gap);
    }
    gap = gapAfter;
    gapAfter = 0;
    return true;
  }

  /** For each ASCII character: itself lower-cased when it belongs to a word, 0 when it does not. */
  private static final char[] ASCII_WORD = new char[0x80];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD[c] = c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD[c] = c;
      ASCII_WORD[Character.toUpperCase(c)] = c;
    }
  }

  private static boolean isMark(int type) {
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * A character that is a word by itself: Han, kana (with the long-vowel mark ー, which belongs to
   * no script of its own) and hangul, written without spaces between words.
   */
  static boolean standsAlone(int c) {
    if (c == 0x30FC || c == 0xFF70) {
      return true; // ー and its half-width form, inside katakana words
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** Appends a lower-cased code point, folded to ASCII where it has a folding. */
  private int append(int c, int size) {
    char[] out = term.resizeBuffer(size + folded.length);
    if (Character.isBmpCodePoint(c)) {
      one[0] = (char) c;
      int n = ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, 1);
      System.arraycopy(folded, 0, out, size, n);
      return size + n;
    }
    return size + Character.toChars(c, out, size);
  }

  private boolean fill() throws IOException {
    if (exhausted) {
      return false;
    }
    refill();
    return next < length;
  }

  /** Keeps the unread characters and reads more after them. */
  private void refill() throws IOException {
    int keep = length - next;
    System.arraycopy(buffer, next, buffer, 0, keep);
    consumed += next;
    next = 0;
    length = keep;
    while (length < buffer.length) {
      int n = input.read(buffer, length, buffer.length - length);
      if (n < 0) {
        exhausted = true;
        break;
      }
      length += n;
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(consumed + length);
    offset.setOffset(last, last);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    next = 0;
    consumed = 0;
    exhausted = false;
    gap = 0;
    gapAfter = 0;
  }
}
