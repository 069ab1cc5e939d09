package dev.agentworkbench.workspace.files;

/**
 * How a text's lines end: how many with CRLF, how many with a lone LF. Editors keep a file's line
 * ends with it, so that a file with Windows line ends keeps them when it is edited and saved.
 */
public record LineEnds(int crlf, int lf) {

  public static LineEnds of(String text) {
    int crlf = 0;
    int lf = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (i > 0 && text.charAt(i - 1) == '\r') {
        crlf++;
      } else {
        lf++;
      }
    }
    return new LineEnds(crlf, lf);
  }

  /** The line end the text mostly uses: "\r\n" when it has more CRLF than lone LF line ends. */
  public String mostUsed() {
    return crlf > lf ? "\r\n" : "\n";
  }

  /** True when there are line ends and every one is CRLF. */
  public boolean allCrlf() {
    return crlf > 0 && lf == 0;
  }
}
