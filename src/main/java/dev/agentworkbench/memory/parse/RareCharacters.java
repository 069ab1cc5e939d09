package dev.agentworkbench.memory.parse;

/**
 * The characters that make the parsers take a slower path, found in one pass over a note: NUL
 * (removed before parsing), carriage returns (line ends made {@code \n}), and what could make a
 * body's blocks depend on commonmark's finer rules (a tab, a vertical tab, a form feed, NUL, or
 * {@code ]:}, which may start a link reference definition). Nearly every note holds none of them.
 */
record RareCharacters(boolean nul, boolean carriageReturn, boolean blockDoubt) {
  private static final byte PLAIN = 0;
  private static final byte NUL = 1;
  private static final byte CR = 2;
  private static final byte DOUBT = 3;
  private static final byte BRACKET = 4;

  /**
   * For each byte value, what it tells (the ASCII characters looked for are never in a sequence).
   */
  private static final byte[] KIND = new byte[256];

  static {
    KIND[0] = NUL;
    KIND['\r'] = CR;
    KIND['\t'] = DOUBT;
    KIND[0x0B] = DOUBT;
    KIND['\f'] = DOUBT;
    KIND[']'] = BRACKET;
  }

  /**
   * Those of a file's UTF-8 bytes: one table look-up per byte, instead of one scan of the decoded
   * text per character looked for. The ASCII characters looked for are never part of a longer UTF-8
   * sequence, and bytes that are not UTF-8 decode to U+FFFD, so the text holds the same.
   */
  static RareCharacters of(byte[] bytes) {
    boolean nul = false;
    boolean cr = false;
    boolean doubt = false;
    int last = bytes.length - 1;
    for (int i = 0; i <= last; i++) {
      byte kind = KIND[bytes[i] & 0xFF];
      if (kind != PLAIN) {
        switch (kind) {
          case NUL -> nul = true;
          case CR -> cr = true;
          case DOUBT -> doubt = true;
          default -> doubt |= i < last && bytes[i + 1] == ':';
        }
      }
    }
    return new RareCharacters(nul, cr, doubt || nul);
  }

  /** Those of a text. */
  static RareCharacters of(String text) {
    boolean nul = text.indexOf('\0') >= 0;
    return new RareCharacters(
        nul,
        text.indexOf('\r') >= 0,
        nul
            || text.indexOf('\t') >= 0
            || text.indexOf('\u000B') >= 0
            || text.indexOf('\f') >= 0
            || text.indexOf("]:") >= 0);
  }
}
