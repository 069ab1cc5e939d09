package dev.agentworkbench.memory.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Operations;

/**
 * basic-memory's text-search syntax as a Lucene query: plain terms match as prefixes, implicit AND
 * (with a relaxed OR retry done by the caller), {@code AND}/{@code OR}/{@code NOT}, parentheses and
 * quoted phrases. {@code tag:} terms are pulled out as tag filters.
 */
final class QueryTranslator {
  static final Map<String, Float> FIELDS = Map.of("title", 4f, "tags_text", 2f, "all", 1f);

  /** The parsed query, the tags pulled out, the words to mark in snippets, whether it was plain. */
  record Parsed(Query query, List<String> tags, List<String> words, boolean plainMultiTerm) {}

  private final NoteAnalyzer analyzer;
  private final Map<String, Float> fields;
  private List<String> tokens;
  private int pos;
  private final List<String> words = new ArrayList<>();

  QueryTranslator(NoteAnalyzer analyzer, Map<String, Float> fields) {
    this.analyzer = analyzer;
    this.fields = fields;
  }

  Parsed parse(String text, boolean relaxed) {
    List<String> tags = new ArrayList<>();
    tokens = new ArrayList<>();
    boolean operators = false;
    for (String t : lex(text)) {
      if (t.toLowerCase(Locale.ROOT).startsWith("tag:") && t.length() > 4) {
        for (String tag : t.substring(4).split(",")) {
          if (!tag.isBlank()) {
            tags.add(tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT));
          }
        }
      } else {
        operators |= isOperator(t) || t.startsWith("\"");
        tokens.add(t);
      }
    }
    pos = 0;
    Query q = tokens.isEmpty() ? new MatchAllDocsQuery() : or(relaxed);
    return new Parsed(q, tags, words, !operators && tokens.size() > 1);
  }

  private static boolean isOperator(String t) {
    return t.equals("AND") || t.equals("OR") || t.equals("NOT") || t.equals("(") || t.equals(")");
  }

  private static List<String> lex(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        end = end < 0 ? text.length() : end;
        out.add("\"" + text.substring(i + 1, end));
        i = end + 1;
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && text.charAt(i) != '('
            && text.charAt(i) != ')') {
          i++;
        }
        out.add(text.substring(start, i));
      }
    }
    return out;
  }

  private String peek() {
    return pos < tokens.size() ? tokens.get(pos) : null;
  }

  private Query or(boolean relaxed) {
    List<Query> parts = new ArrayList<>();
    parts.add(and(relaxed));
    while ("OR".equals(peek())) {
      pos++;
      parts.add(and(relaxed));
    }
    return combine(parts, Occur.SHOULD);
  }

  private Query and(boolean relaxed) {
    List<Query> must = new ArrayList<>();
    List<Query> mustNot = new ArrayList<>();
    while (peek() != null && !"OR".equals(peek()) && !")".equals(peek())) {
      String t = tokens.get(pos);
      if (t.equals("AND")) {
        pos++;
        continue;
      }
      if (t.equals("NOT")) {
        pos++;
        if (peek() != null) {
          mustNot.add(unary(relaxed));
        }
        continue;
      }
      must.add(unary(relaxed));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (must.isEmpty()) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    for (Query q : must) {
      b.add(q, relaxed ? Occur.SHOULD : Occur.MUST);
    }
    for (Query q : mustNot) {
      b.add(q, Occur.MUST_NOT);
    }
    if (relaxed && !must.isEmpty()) {
      b.setMinimumNumberShouldMatch(1);
    }
    return b.build();
  }

  private Query unary(boolean relaxed) {
    String t = tokens.get(pos++);
    if (t.equals("(")) {
      Query inner = or(relaxed);
      if (")".equals(peek())) {
        pos++;
      }
      return inner;
    }
    if (t.startsWith("\"")) {
      return phrase(t.substring(1));
    }
    return term(t);
  }

  private Query term(String word) {
    List<String> parts = analyzer.tokens(word);
    if (parts.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String p : parts) {
      words.add(p);
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      fields.forEach(
          (field, boost) ->
              any.add(new BoostQuery(new TermQuery(new Term(field, p)), boost), Occur.SHOULD));
      if (p.length() > 1) {
        // one prefix query over a catch-all field: expanding it per field costs six times more
        String prefixField = fields.size() == 1 ? fields.keySet().iterator().next() : "all";
        any.add(new BoostQuery(longerWords(prefixField, p), 0.5f), Occur.SHOULD);
      }
      all.add(any.build(), Occur.MUST);
    }
    return all.build();
  }

  /**
   * Words that start with the given one and go on: the word itself is matched by the term queries
   * beside this one. When no longer word exists (a whole word, the usual case) this matches nothing
   * at no cost, where a prefix query would gather every note holding the word into a set.
   */
  private static Query longerWords(String field, String word) {
    return new AutomatonQuery(
        new Term(field, word + "?*"),
        Operations.concatenate(
            List.of(Automata.makeString(word), Automata.makeAnyChar(), Automata.makeAnyString())));
  }

  private Query phrase(String text) {
    List<String> parts = analyzer.tokens(text);
    if (parts.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    words.addAll(parts);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    fields.forEach(
        (field, boost) -> {
          PhraseQuery.Builder pq = new PhraseQuery.Builder();
          for (String p : parts) {
            pq.add(new Term(field, p));
          }
          any.add(new BoostQuery(pq.build(), boost), Occur.SHOULD);
        });
    return any.build();
  }

  private static Query combine(List<Query> parts, Occur occur) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    parts.forEach(p -> b.add(p, occur));
    return b.build();
  }
}
