package dev.agentworkbench.memory;

import java.text.Normalizer;
import java.util.Map;

/**
 * A small stand-in for Python's {@code unidecode}: Latin letters with marks lose them, the common
 * Latin ligatures and special letters get their usual ASCII spelling, Greek and Cyrillic letters
 * their Latin ones. Characters it cannot spell become nothing, as unidecode does for most symbols.
 */
final class Transliteration {
  private static final Map<Character, String> SPECIAL =
      Map.ofEntries(
          Map.entry('ø', "o"),
          Map.entry('Ø', "O"),
          Map.entry('ß', "ss"),
          Map.entry('æ', "ae"),
          Map.entry('Æ', "AE"),
          Map.entry('œ', "oe"),
          Map.entry('Œ', "OE"),
          Map.entry('ł', "l"),
          Map.entry('Ł', "L"),
          Map.entry('đ', "d"),
          Map.entry('Đ', "D"),
          Map.entry('þ', "th"),
          Map.entry('Þ', "Th"),
          Map.entry('ð', "d"),
          Map.entry('Ð', "D"),
          Map.entry('ı', "i"),
          Map.entry('‘', "'"),
          Map.entry('’', "'"),
          Map.entry('“', "\""),
          Map.entry('”', "\""),
          Map.entry('–', "-"),
          Map.entry('—', "-"),
          Map.entry('…', "..."),
          Map.entry('€', "EUR"),
          Map.entry('×', "x"),
          Map.entry('·', "*"),
          Map.entry('«', "<<"),
          Map.entry('»', ">>"));
  private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψω";
  private static final String[] GREEK_LATIN = {
    "a", "b", "g", "d", "e", "z", "e", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t",
    "u", "ph", "kh", "ps", "o"
  };
  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  private static final String[] CYRILLIC_LATIN = {
    "a", "b", "v", "g", "d", "e", "io", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "'", "y", "'", "e", "iu", "ia"
  };

  private Transliteration() {}

  static String toAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c < 128 ? String.valueOf(c) : spell(c));
    }
    return out.toString();
  }

  private static String spell(char c) {
    String special = SPECIAL.get(c);
    if (special != null) {
      return special;
    }
    String lower = String.valueOf(Character.toLowerCase(c));
    boolean upper = Character.isUpperCase(c);
    int g = GREEK.indexOf(lower);
    if (g >= 0) {
      return cased(GREEK_LATIN[g], upper);
    }
    int k = CYRILLIC.indexOf(lower);
    if (k >= 0) {
      return cased(CYRILLIC_LATIN[k], upper);
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
    StringBuilder ascii = new StringBuilder();
    for (char d : decomposed.toCharArray()) {
      if (d < 128) {
        ascii.append(d);
      }
    }
    return ascii.toString();
  }

  private static String cased(String latin, boolean upper) {
    return upper ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin;
  }
}
