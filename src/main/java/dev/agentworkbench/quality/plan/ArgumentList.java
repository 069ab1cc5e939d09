package dev.agentworkbench.quality.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command the user typed into an argument list the way they mean it: words separated by
 * spaces, with "double" or 'single' quotes keeping spaces. Nothing else is interpreted (no
 * variables, globs, pipes): the result runs without a shell.
 */
public final class ArgumentList {
  private ArgumentList() {}

  public static List<String> parse(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(current.toString());
          current.setLength(0);
          inWord = false;
        }
      } else {
        current.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("a quote is not closed in: " + line);
    }
    if (inWord) {
      words.add(current.toString());
    }
    return words;
  }
}
