package dev.agentworkbench.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import net.gcardone.junidecode.Junidecode;

/**
 * Python's {@code unidecode}, which basic-memory's slugger runs over every path: junidecode's
 * tables (a Java port of the same Text::Unidecode data), corrected by a table of the code points
 * where Python's unidecode 1.3.6 spells a character differently, and "" where both know nothing.
 */
final class Transliteration {
  private static final String OVERRIDES = "unidecode-overrides.tsv";
  private static final String UNKNOWN = "[?]";

  private Transliteration() {}

  /** The table is read once, on first use. */
  private static final class Overrides {
    static final Map<Integer, String> TABLE = load();

    private static Map<Integer, String> load() {
      Map<Integer, String> table = new HashMap<>();
      try (InputStream in = Transliteration.class.getResourceAsStream(OVERRIDES)) {
        if (in == null) {
          throw new IllegalStateException(OVERRIDES + " is missing from the build");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          int tab = line.indexOf('\t');
          table.put(
              Integer.parseInt(line.substring(0, tab), 16), unescape(line.substring(tab + 1)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return table;
    }

    private static String unescape(String s) {
      StringBuilder out = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length()) {
          char n = s.charAt(++i);
          out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }

  static String toAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.append(spell(c)));
    return out.toString();
  }

  private static String spell(int c) {
    if (c < 128) {
      return Character.toString(c);
    }
    String fixed = Overrides.TABLE.get(c);
    if (fixed != null) {
      return fixed;
    }
    if (c > 0xffff) {
      return "";
    }
    String spelled = Junidecode.unidecode(Character.toString(c));
    return spelled.equals(UNKNOWN) ? "" : spelled;
  }
}
