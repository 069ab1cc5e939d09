package dev.agentworkbench.memory.parse;

import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** basic-memory's rules for one inline text: is it an observation, which relations does it hold. */
final class InlineRules {
  /** A task box: one mark that is no letter or digit (Python's isalnum), or x. */
  private static final Pattern TASK =
      Pattern.compile(
          "^\\[([^\\p{L}\\p{N}]|[xX])\\]([" + Text.SPACE_CLASS + "]|$).*", Pattern.DOTALL);

  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^S*\\d{1,2}(:\\d{2}){1,2}(S*-S*\\d{1,2}(:\\d{2}){1,2})?S*$"
              .replace("S", "[" + Text.SPACE_CLASS + "]"),
          Pattern.UNIX_LINES); // $ as Python's: at the end or before a final \n
  private static final Pattern EXPLICIT_TYPE =
      Pattern.compile(
          "^(\"[^\"]+\"|'[^']+'|[^" + Text.SPACE_CLASS + "]+)[" + Text.SPACE_CLASS + "]*$",
          Pattern.UNIX_LINES);

  private InlineRules() {}

  static Optional<Observation> observation(String text) {
    String content = Text.strip(text);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    // every bracket rule needs a leading [: most texts are settled by that one look
    boolean bracket = content.charAt(0) == '[';
    if (bracket && (isTask(content) || isMarkdownLink(content) || isWikiLine(content))) {
      return Optional.empty();
    }
    int close = bracket ? categoryClose(content) : -1;
    boolean categorised = close > 0 && !isTimestamp(content.substring(1, close));
    boolean timestamp = close > 0 && !categorised;
    if (!categorised && !hasTagWord(content)) {
      return Optional.empty();
    }
    String category = "note";
    if (categorised) {
      category = Text.strip(content, 1, close);
      if (category.isEmpty()) {
        category = "note"; // "[  ] x": stored as a note, like no category at all
      }
      // CATEGORY's (.+) stops at the end of the line: the text of a wrapped item is its first line
      int from = Text.skipRegexSpace(content, close + 1, content.length());
      int lineEnd = content.indexOf('\n', from);
      content = Text.strip(content, from, lineEnd < 0 ? content.length() : lineEnd);
    } else if (!timestamp && isEmptyCategory(content)) {
      content =
          Text.strip(content, Text.skipRegexSpace(content, 2, content.length()), content.length());
    }
    Optional<String> context = Optional.empty();
    if (content.endsWith(")")) {
      int open = content.lastIndexOf('(');
      if (open >= 0) {
        context = Optional.of(Text.strip(content, open + 1, content.length() - 1));
        content = Text.strip(content, 0, open);
      }
    }
    if (content.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Observation(category, content, tags(content), context));
  }

  /**
   * Where the {@code [category]} an item's text starts with ends (exclusive), when basic-memory
   * reads it as an observation's category: not a task box, a markdown link, a wiki-link line or a
   * timestamp; -1 otherwise.
   */
  static int categoryEnd(String text) {
    int lead = 0;
    while (lead < text.length() && Text.isRegexSpace(text.charAt(lead))) {
      lead++;
    }
    String content = Text.strip(text);
    if (content.isEmpty() || content.charAt(0) != '[') {
      return -1;
    }
    if (isTask(content) || isMarkdownLink(content) || isWikiLine(content)) {
      return -1;
    }
    int close = categoryClose(content);
    return close > 0 && !isTimestamp(content.substring(1, close)) ? lead + close + 1 : -1;
  }

  /** TASK: its bracket holds one code point, so the ] is the third or fourth char. */
  private static boolean isTask(String content) {
    if (content.startsWith("[ ]") || content.startsWith("[x]") || content.startsWith("[-]")) {
      return true; // basic-memory's first test, whatever follows the box
    }
    int n = content.length();
    boolean shape = (n >= 3 && content.charAt(2) == ']') || (n >= 4 && content.charAt(3) == ']');
    return shape && TASK.matcher(content).matches();
  }

  /**
   * MARKDOWN_LINK ({@code ^\[.*?\]\(.*?\)$}, dot matching all) on a text starting with [: a {@code
   * ](} somewhere before the closing ) that ends it.
   */
  private static boolean isMarkdownLink(String content) {
    if (!content.endsWith(")")) {
      return false;
    }
    int link = content.indexOf("](", 1);
    return link >= 0 && link <= content.length() - 3;
  }

  /** WIKI_LINE ({@code ^\[\[.*?\]\]$}, dot matching all): starts with [[, ends with ]]. */
  private static boolean isWikiLine(String content) {
    return content.length() >= 4 && content.startsWith("[[") && content.endsWith("]]");
  }

  /**
   * CATEGORY ({@code ^\[([^\[\]()]+)\]\s+(.+)}) by hand on a stripped text starting with [: the
   * index of the ] closing the category, or -1 when it does not match.
   */
  private static int categoryClose(String content) {
    int n = content.length();
    int j = 1;
    while (j < n && "[]()".indexOf(content.charAt(j)) < 0) {
      j++;
    }
    if (j == 1 || j >= n - 1 || content.charAt(j) != ']') {
      return -1;
    }
    // the text is stripped: after a \s there is always a non-blank char for (.+)
    return Text.isRegexSpace(content.charAt(j + 1)) ? j : -1;
  }

  /** EMPTY_CATEGORY ({@code ^\[\]\s+(.+)}) on a stripped text. */
  private static boolean isEmptyCategory(String content) {
    return content.length() > 3 && content.startsWith("[]") && Text.isRegexSpace(content.charAt(2));
  }

  private static boolean isTimestamp(String category) {
    return category.indexOf(':') >= 0 && TIMESTAMP.matcher(category).matches();
  }

  /** True when a whitespace-separated word starts with #. */
  private static boolean hasTagWord(String content) {
    int hash = content.indexOf('#');
    while (hash >= 0) {
      if (hash == 0 || Text.isRegexSpace(content.charAt(hash - 1))) {
        return true;
      }
      hash = content.indexOf('#', hash + 1);
    }
    return false;
  }

  /** The #-separated parts of every whitespace-separated word starting with #. */
  static List<String> tags(String content) {
    List<String> tags = new ArrayList<>();
    int n = content.length();
    int hash = content.indexOf('#');
    while (hash >= 0) {
      if (hash > 0 && !Text.isRegexSpace(content.charAt(hash - 1))) {
        hash = content.indexOf('#', hash + 1);
        continue;
      }
      int end = hash;
      while (end < n && !Text.isRegexSpace(content.charAt(end))) {
        end++;
      }
      int from = hash + 1;
      for (int i = from; i <= end; i++) {
        if (i == end || content.charAt(i) == '#') {
          if (i > from) {
            tags.add(content.substring(from, i));
          }
          from = i + 1;
        }
      }
      hash = end < n ? content.indexOf('#', end) : -1;
    }
    return tags;
  }

  /** Adds the relations the text holds to out. */
  static void addRelations(String text, boolean inListItem, List<Relation> out) {
    String content = Text.strip(text);
    int open = content.indexOf("[[");
    // a ]] only before the first [[ closes nothing: no relation either way
    if (open < 0 || content.indexOf("]]", open + 2) < 0) {
      return;
    }
    if (inListItem) {
      Optional<Relation> explicit = explicit(content);
      if (explicit.isPresent()) {
        out.add(explicit.get());
        return;
      }
    }
    inline(content, open, out);
  }

  private static Optional<Relation> explicit(String content) {
    int open = content.indexOf("[[");
    if (open <= 0) {
      return Optional.empty();
    }
    String t = explicitType(content, open);
    if (t == null) {
      return Optional.empty();
    }
    int close = matching(content, open);
    if (close < 0) {
      return Optional.empty();
    }
    String target = Text.strip(content, open + 2, close);
    String rest = Text.strip(content, close + 2, content.length());
    Optional<String> context = Optional.empty();
    if (!rest.isEmpty()) {
      if (!rest.startsWith("(") || !rest.endsWith(")") || !balancedGroup(rest)) {
        return Optional.empty();
      }
      context = Optional.of(Text.strip(rest, 1, rest.length() - 1)).filter(c -> !c.isEmpty());
    }
    if (target.isEmpty()) {
      return Optional.empty();
    }
    if ((t.startsWith("\"") && t.endsWith("\"")) || (t.startsWith("'") && t.endsWith("'"))) {
      t = t.substring(1, t.length() - 1);
    }
    return Optional.of(new Relation(Text.strip(t), crossProject(target), context));
  }

  /**
   * EXPLICIT_TYPE on content[0, open): the type as its group 1 matches it, or null when it does not
   * match. An unquoted type (the usual case) is read by hand: one run of non-spaces, then only
   * spaces.
   */
  private static String explicitType(String content, int open) {
    char first = content.charAt(0);
    if (first == '"' || first == '\'') {
      Matcher type = EXPLICIT_TYPE.matcher(content.substring(0, open));
      return type.matches() ? type.group(1) : null;
    }
    int end = 0;
    while (end < open && !Text.isRegexSpace(content.charAt(end))) {
      end++;
    }
    if (end == 0 || Text.skipRegexSpace(content, end, open) < open) {
      return null;
    }
    return content.substring(0, end);
  }

  /** True when the text is exactly one balanced parenthesised group. */
  private static boolean balancedGroup(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0 && i != s.length() - 1) {
          return false;
        }
      }
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static void inline(String content, int first, List<Relation> out) {
    int start = first;
    while (true) {
      start = content.indexOf("[[", start);
      if (start < 0) {
        break;
      }
      int end = matching(content, start);
      if (end < 0) {
        break;
      }
      String target = Text.strip(content, start + 2, end);
      if (!target.isEmpty()) {
        out.add(new Relation("links_to", crossProject(target), Optional.empty()));
      }
      start = end + 2;
    }
  }

  /** The index of the {@code ]]} closing the {@code [[} at start, matched by depth; -1 if none. */
  private static int matching(String content, int start) {
    int depth = 0;
    int pos = start;
    while (pos < content.length() - 1) {
      if (content.startsWith("[[", pos)) {
        depth++;
        pos += 2;
      } else if (content.startsWith("]]", pos)) {
        depth--;
        if (depth == 0) {
          return pos;
        }
        pos += 2;
      } else {
        pos++;
      }
    }
    return -1;
  }

  static String crossProject(String target) {
    return target.replace("::", "/");
  }
}
