package dev.agentworkbench.git;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits file content into lines that keep their terminators, so that joining them is exact. */
final class TextLines {
  private TextLines() {}

  static List<byte[]> split(byte[] content) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n') {
        lines.add(Arrays.copyOfRange(content, start, i + 1));
        start = i + 1;
      }
    }
    if (start < content.length) {
      lines.add(Arrays.copyOfRange(content, start, content.length));
    }
    return lines;
  }

  static byte[] join(List<byte[]> lines) {
    int size = lines.stream().mapToInt(l -> l.length).sum();
    byte[] out = new byte[size];
    int pos = 0;
    for (byte[] line : lines) {
      System.arraycopy(line, 0, out, pos, line.length);
      pos += line.length;
    }
    return out;
  }
}
