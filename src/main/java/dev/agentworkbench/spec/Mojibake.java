package dev.agentworkbench.spec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds UTF-8 text that was decoded as Mac Roman ({@code ‚ö†Ô∏è}) or Windows-1252 ({@code ðŸš¨})
 * and gives the exact repair: the run's characters encoded back to those bytes and decoded strictly
 * as UTF-8.
 */
public final class Mojibake {
  /** One garbled run: the characters {@code [start, end)} and what they were meant to be. */
  public record Repair(int start, int end, String original, String repaired, String encoding) {}

  private static final short[] MAC_ROMAN = table("x-MacRoman", false);
  private static final short[] CP1252 = table("windows-1252", true);

  private Mojibake() {}

  /** Byte value per character (index), or -1; a flat array keeps the scan of 1 MB fast. */
  private static short[] table(String charset, boolean c1Fallback) {
    short[] map = new short[65536];
    java.util.Arrays.fill(map, (short) -1);
    Charset cs = Charset.forName(charset);
    for (int b = 0x80; b <= 0xFF; b++) {
      String s = new String(new byte[] {(byte) b}, cs);
      if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
        map[s.charAt(0)] = (short) b;
      } else if (c1Fallback) {
        map[b] = (short) b; // undefined cp1252 bytes survive as C1 controls in many decoders
      }
    }
    return map;
  }

  /** Every garbled run in the text, in order. */
  public static List<Repair> find(String text) {
    List<Repair> repairs = new ArrayList<>();
    // a char array: scanning 1 MB through charAt is several times slower before the JIT warms up
    char[] chars = text.toCharArray();
    int i = 0;
    int n = chars.length;
    while (i < n) {
      char c = chars[i];
      if (c < 0x80 || MAC_ROMAN[c] < 0 && CP1252[c] < 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && chars[j] >= 0x80 && (MAC_ROMAN[chars[j]] >= 0 || CP1252[chars[j]] >= 0)) {
        j++;
      }
      if (j - i >= 2) {
        List<Repair> mac = repairRun(text, i, j, MAC_ROMAN, "Mac Roman");
        List<Repair> win = repairRun(text, i, j, CP1252, "Windows-1252");
        repairs.addAll(covered(win) > covered(mac) ? win : mac);
      }
      i = j;
    }
    return repairs;
  }

  private static int covered(List<Repair> rs) {
    return rs.stream().mapToInt(r -> r.end() - r.start()).sum();
  }

  private static List<Repair> repairRun(
      String text, int from, int to, short[] table, String encoding) {
    List<Repair> out = new ArrayList<>();
    int k = from;
    int groupStart = -1;
    StringBuilder group = new StringBuilder();
    while (k < to) {
      int len = sequenceAt(text, k, to, table);
      String decoded = len > 0 ? decode(text, k, k + len, table) : null;
      if (decoded != null) {
        if (groupStart < 0) {
          groupStart = k;
        }
        group.append(decoded);
        k += len;
      } else {
        flush(text, groupStart, k, group, encoding, out);
        groupStart = -1;
        k++;
      }
    }
    flush(text, groupStart, k, group, encoding, out);
    return out;
  }

  private static void flush(
      String text, int start, int end, StringBuilder group, String encoding, List<Repair> out) {
    if (start >= 0) {
      out.add(new Repair(start, end, text.substring(start, end), group.toString(), encoding));
    }
    group.setLength(0);
  }

  /** Length of a well-formed UTF-8 sequence whose bytes the characters at {@code k} encode. */
  private static int sequenceAt(String text, int k, int to, short[] table) {
    int lead = table[text.charAt(k)];
    if (lead < 0) {
      return 0;
    }
    int len = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (len == 0 || lead > 0xF4 || k + len > to) {
      return 0;
    }
    for (int m = k + 1; m < k + len; m++) {
      int b = table[text.charAt(m)];
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    return len;
  }

  private static String decode(String text, int from, int to, short[] table) {
    byte[] bytes = new byte[to - from];
    for (int m = from; m < to; m++) {
      bytes[m - from] = (byte) table[text.charAt(m)];
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null; // not UTF-8 after all (overlong or surrogate): this run is real text
    }
  }
}
