package dev.agentworkbench.memory.parse.reference;

import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** basic-memory's rules for one inline text: is it an observation, which relations does it hold. */
final class InlineRules {
  /** Python's whitespace (str.isspace(), a regex \\s on text), as a character class body. */
  static final String SPACE =
      "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

  private static final String S = "[" + SPACE + "]";
  private static final String NS = "[^" + SPACE + "]";

  /** CATEGORY as Python runs it: re.match, and (.+) stops at the end of the first line. */
  private static final Pattern CATEGORY =
      Pattern.compile("^\\[([^\\[\\]()]+)\\]" + S + "+([^\\n]+)");

  private static final Pattern EMPTY_CATEGORY =
      Pattern.compile("^\\[\\]" + S + "+(.+)", Pattern.DOTALL);
  private static final Pattern TASK =
      Pattern.compile("^\\[([^\\p{L}\\p{N}]|[xX])\\](" + S + "|$).*", Pattern.DOTALL);
  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("^\\[.*?\\]\\(.*?\\)$", Pattern.DOTALL);
  private static final Pattern WIKI_LINE = Pattern.compile("^\\[\\[.*?\\]\\]$", Pattern.DOTALL);
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^"
              + S
              + "*\\d{1,2}(:\\d{2}){1,2}("
              + S
              + "*-"
              + S
              + "*\\d{1,2}(:\\d{2}){1,2})?"
              + S
              + "*$",
          Pattern.UNIX_LINES);
  private static final Pattern EXPLICIT_TYPE =
      Pattern.compile("^(\"[^\"]+\"|'[^']+'|" + NS + "+)" + S + "*$", Pattern.UNIX_LINES);

  private static final Pattern WHITESPACE = Pattern.compile(S + "+");
  private static final Pattern EDGES = Pattern.compile("^" + S + "+|" + S + "+\\z");

  private static final Pattern LEADING = Pattern.compile("^" + S + "+");

  static String stripLeading(String s) {
    return LEADING.matcher(s).replaceAll("");
  }

  /** Python's str.strip(). */
  static String strip(String s) {
    return EDGES.matcher(s).replaceAll("");
  }

  private InlineRules() {}

  static Optional<Observation> observation(String text) {
    String content = strip(text);
    if (content.isEmpty()
        || content.startsWith("[ ]")
        || content.startsWith("[x]")
        || content.startsWith("[-]")
        || TASK.matcher(content).matches()
        || MARKDOWN_LINK.matcher(content).matches()
        || WIKI_LINE.matcher(content).matches()) {
      return Optional.empty();
    }
    Matcher m = CATEGORY.matcher(content);
    boolean found = m.lookingAt();
    boolean categorised = found && !TIMESTAMP.matcher(m.group(1)).matches();
    boolean timestamp = found && !categorised;
    if (!categorised && !hasTagWord(content)) {
      return Optional.empty();
    }
    String category = "note";
    if (categorised) {
      category = strip(m.group(1));
      category = category.isEmpty() ? "note" : category;
      content = strip(m.group(2));
    } else if (!timestamp) {
      Matcher empty = EMPTY_CATEGORY.matcher(content);
      if (empty.matches()) {
        content = strip(empty.group(1));
      }
    }
    Optional<String> context = Optional.empty();
    if (content.endsWith(")")) {
      int open = content.lastIndexOf('(');
      if (open >= 0) {
        context = Optional.of(strip(content.substring(open + 1, content.length() - 1)));
        content = strip(content.substring(0, open));
      }
    }
    if (content.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Observation(category, content, tags(content), context));
  }

  private static boolean hasTagWord(String content) {
    if (content.indexOf('#') < 0) {
      return false; // most lines: no need to split them into words
    }
    for (String word : WHITESPACE.split(content)) {
      if (word.startsWith("#")) {
        return true;
      }
    }
    return false;
  }

  static List<String> tags(String content) {
    List<String> tags = new ArrayList<>();
    if (content.indexOf('#') < 0) {
      return tags;
    }
    for (String part : WHITESPACE.split(content)) {
      if (part.startsWith("#")) {
        for (String t : part.split("#")) {
          if (!t.isEmpty()) {
            tags.add(t);
          }
        }
      }
    }
    return tags;
  }

  static List<Relation> relations(String text, boolean inListItem) {
    String content = strip(text);
    if (!content.contains("[[") || !content.contains("]]")) {
      return List.of();
    }
    if (inListItem) {
      Optional<Relation> explicit = explicit(content);
      if (explicit.isPresent()) {
        return List.of(explicit.get());
      }
    }
    return inline(content);
  }

  private static Optional<Relation> explicit(String content) {
    int open = content.indexOf("[[");
    if (open <= 0) {
      return Optional.empty();
    }
    Matcher type = EXPLICIT_TYPE.matcher(content.substring(0, open));
    if (!type.matches()) {
      return Optional.empty();
    }
    int close = matching(content, open);
    if (close < 0) {
      return Optional.empty();
    }
    String target = strip(content.substring(open + 2, close));
    String rest = strip(content.substring(close + 2));
    Optional<String> context = Optional.empty();
    if (!rest.isEmpty()) {
      if (!rest.startsWith("(") || !rest.endsWith(")") || !balancedGroup(rest)) {
        return Optional.empty();
      }
      context = Optional.of(strip(rest.substring(1, rest.length() - 1))).filter(c -> !c.isEmpty());
    }
    if (target.isEmpty()) {
      return Optional.empty();
    }
    String t = type.group(1);
    if ((t.startsWith("\"") && t.endsWith("\"")) || (t.startsWith("'") && t.endsWith("'"))) {
      t = t.substring(1, t.length() - 1);
    }
    return Optional.of(new Relation(strip(t), crossProject(target), context));
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

  private static List<Relation> inline(String content) {
    List<Relation> out = new ArrayList<>();
    int start = 0;
    while (true) {
      start = content.indexOf("[[", start);
      if (start < 0) {
        break;
      }
      int end = matching(content, start);
      if (end < 0) {
        break;
      }
      String target = strip(content.substring(start + 2, end));
      if (!target.isEmpty()) {
        out.add(new Relation("links_to", crossProject(target), Optional.empty()));
      }
      start = end + 2;
    }
    return out;
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

  private static String crossProject(String target) {
    return target.replace("::", "/");
  }
}
