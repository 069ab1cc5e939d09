package dev.agentworkbench.memory.index;

import dev.agentworkbench.memory.NoteExtensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.PhraseWildcardQuery;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Operations;

/**
 * basic-memory's text-search syntax as a Lucene query (its {@code prepare_search_term}): without
 * operators, terms match as prefixes (ranked like whole words) with implicit AND and a relaxed OR
 * retry done by the caller; {@code AND}/{@code OR}/{@code NOT} and parentheses, where terms match
 * as whole words unless typed with a trailing {@code *} ({@code learn* AND rate}); quoted phrases,
 * whose last word is a prefix when no operator is used. A term that holds punctuation ({@code
 * fine-tuning}, {@code 1.2.3}, {@code Lovelace.md}) or a run of Han characters is a phrase, as
 * basic-memory quotes it. A lone {@code *} matches every note; operators without a term on each
 * side, FTS5's syntax errors, match none. {@code tag:} terms are pulled out as tag filters, with
 * the operators they leave dangling (see {@link #withoutTags}).
 */
final class QueryTranslator {
  static final Map<String, Float> FIELDS = Map.of("title", 4f, "tags_text", 2f, "all", 1f);

  /**
   * The parsed query, the tags pulled out, the words to mark in snippets, and whether a search that
   * finds nothing is tried again with OR ({@link #relaxable}).
   */
  record Parsed(Query query, List<String> tags, List<String> words, boolean plainMultiTerm) {}

  /** Words left out of a query relaxed to OR, as basic-memory leaves them out. */
  private static final java.util.Set<String> STOPWORDS =
      java.util.Set.of(
          ("a an and are as at be but by did do does for from had has have how i in is it of on or"
                  + " our that the their they this to was we were what when where which who whom"
                  + " whose why will with you your")
              .split(" "));

  private final NoteAnalyzer analyzer;
  private final Map<String, Float> fields;
  private List<String> tokens;
  private int pos;
  private final List<String> words = new ArrayList<>();

  /** True when the query uses AND, OR or NOT: its terms are then whole words, as in FTS5. */
  private boolean operators;

  /** Set when an operator lacks a term beside it: FTS5 reads that as a syntax error. */
  private boolean malformed;

  /** What is wrong with a malformed query, in the user's words. */
  private String problem;

  /**
   * What keeps {@code text} from being a query that can find anything ("AND needs a word after
   * it"), or empty when it is one. Mid-typing, {@code warmup AND} finds nothing, and says why.
   */
  /** The words of a query read for its problems only: one analyzer for all, as it is reusable. */
  private static final NoteAnalyzer PROBLEM_ANALYZER = new NoteAnalyzer();

  static Optional<String> problemOf(String text) {
    QueryTranslator t = new QueryTranslator(PROBLEM_ANALYZER, FIELDS);
    t.parse(text, false);
    return Optional.ofNullable(t.problem);
  }

  private void malformed(String why) {
    if (!malformed) {
      problem = why;
    }
    malformed = true;
  }

  /**
   * Words a prefix stands for that are ranked (scored each as a word) in titles; every longer word
   * is found, in the catch-all field, at a flat score.
   */
  private static final int PREFIX_EXPANSIONS = 64;

  /** Words the last one of a phrase may stand for, over all segments. */
  private static final int PHRASE_EXPANSIONS = 256;

  QueryTranslator(NoteAnalyzer analyzer, Map<String, Float> fields) {
    this.analyzer = analyzer;
    this.fields = fields;
  }

  Parsed parse(String text, boolean relaxed) {
    List<String> tags = new ArrayList<>();
    List<String> lexed = new ArrayList<>();
    for (String t : lex(text)) {
      if (isTag(t)) {
        for (String tag : t.substring(4).split(",")) {
          if (!tag.isBlank()) {
            tags.add(tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT));
          }
        }
        lexed.add(TAG);
      } else {
        lexed.add(t);
      }
    }
    tokens = withoutTags(lexed);
    pos = 0;
    if (malformed) {
      return new Parsed(new MatchNoDocsQuery("not a valid query"), tags, List.of(), false);
    }
    boolean syntax = false;
    for (String t : tokens) {
      syntax |= isOperator(t) || t.startsWith("\"");
      operators |= t.equals("AND") || t.equals("OR") || t.equals("NOT");
    }
    if (tokens.stream().allMatch("*"::equals)) {
      return new Parsed(new MatchAllDocsQuery(), tags, words, false); // no words: every note
    }
    Query q = or(relaxed);
    if (!malformed && pos < tokens.size()) {
      malformed("The query could not be read as a whole: check its quotes and parentheses.");
    }
    if (malformed) {
      return new Parsed(new MatchNoDocsQuery("not a valid query"), tags, List.of(), false);
    }
    return new Parsed(q, tags, words, !syntax && relaxable(tokens));
  }

  /** Where a {@code tag:} term stood in the query, until the operators beside it are settled. */
  private static final String TAG = "\u0000tag";

  private static boolean isTag(String t) {
    return t.length() > 4 && t.regionMatches(true, 0, "tag:", 0, 4);
  }

  /**
   * The query's tokens with its {@code tag:} terms taken out, and with them the operators they
   * leave dangling: {@code warmup AND tag:x} is {@code warmup} (filtered on x), {@code tag:x AND
   * warmup} too, and a group that held only tags goes as a whole. The operator that joined a tag to
   * the query goes: the one before it, else the one after it (at the start of the query or of a
   * group). An operator the user left dangling ({@code warmup AND}) stays, and says so.
   *
   * <p>Every tag is one filter that a note must pass, whatever the operators between them, as
   * basic-memory puts all the {@code tag:} terms of a query into its one {@code tags} filter
   * ("contains all"): {@code tag:lora OR tag:concept} finds the notes tagged both. {@code NOT
   * tag:x} would turn into its opposite (notes tagged x), so it is refused with a message instead.
   */
  private List<String> withoutTags(List<String> lexed) {
    List<String> t = new ArrayList<>(lexed);
    for (int i = t.indexOf(TAG); i >= 0; i = t.indexOf(TAG)) {
      String before = i > 0 ? t.get(i - 1) : null;
      String after = i + 1 < t.size() ? t.get(i + 1) : null;
      if ("NOT".equals(before)) {
        malformed("NOT cannot leave out a tag: tag: only keeps the notes that have it.");
        return List.of();
      }
      if ("(".equals(before) && ")".equals(after)) {
        t.subList(i - 1, i + 2).clear();
        t.add(i - 1, TAG); // a group of tags only: the group stands for a tag now
      } else if ("AND".equals(before) || "OR".equals(before)) {
        t.subList(i - 1, i + 1).clear();
      } else if ("AND".equals(after) || "OR".equals(after)) {
        t.subList(i, i + 2).clear();
      } else {
        t.remove(i);
      }
    }
    return t;
  }

  /**
   * Whether a plain query that finds nothing is tried again with OR, as basic-memory's {@code
   * relaxed_query_words} decides: three words or more (two when one is in a CJK script), none of
   * them a number. Fewer words would find too much with OR, and numbers are identifiers.
   */
  static boolean relaxable(List<String> words) {
    boolean cjk = words.stream().anyMatch(w -> w.codePoints().anyMatch(QueryTranslator::isCjk));
    List<String> counted = cjk ? words : wordTokens(String.join(" ", words));
    return counted.size() >= (cjk ? 2 : 3) && counted.stream().noneMatch(QueryTranslator::isNumber);
  }

  /** Runs of letters and digits, with the apostrophes and marks written inside words. */
  private static List<String> wordTokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean inside =
          current.length() > 0
              && (Character.getType(c) == Character.NON_SPACING_MARK
                  || Character.getType(c) == Character.COMBINING_SPACING_MARK
                  || (c == '\'' || c == '\u2019')
                      && Character.isLetter(current.charAt(current.length() - 1))
                      && i + 1 < text.length()
                      && Character.isLetter(text.charAt(i + 1)));
      if (Character.isLetterOrDigit(c) || inside) {
        current.append(c);
      } else if (current.length() > 0) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private static boolean isNumber(String word) {
    String core =
        word.replaceAll("[\\p{M}\\p{Cf}]", "")
            .replaceAll("^[?!.,;:，。！？；：、]+|[?!.,;:，。！？；：、]+$", "");
    return !core.isEmpty()
        && core.codePoints()
            .allMatch(
                c ->
                    Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
                        || Character.getType(c) == Character.LETTER_NUMBER
                        || Character.getType(c) == Character.OTHER_NUMBER);
  }

  private static boolean isCjk(int c) {
    return c >= 0x1100 && c <= 0x11ff
        || c >= 0x3040 && c <= 0x30ff
        || c >= 0x3130 && c <= 0x318f
        || c >= 0x31f0 && c <= 0x31ff
        || c >= 0x3400 && c <= 0x4dbf
        || c >= 0x4e00 && c <= 0x9fff
        || c >= 0xa960 && c <= 0xa97f
        || c >= 0xac00 && c <= 0xd7ff
        || c >= 0xf900 && c <= 0xfaff
        || c >= 0xff65 && c <= 0xff9f;
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
    while (")".equals(peek()) && parenthesesOpen == 0) {
      pos++; // one closing too many is left out
    }
    return combine(parts, Occur.SHOULD);
  }

  private int parenthesesOpen;

  private boolean allStopwords() {
    return tokens.stream().allMatch(t -> STOPWORDS.contains(t.toLowerCase(Locale.ROOT)));
  }

  private Query and(boolean relaxed) {
    List<Query> must = new ArrayList<>();
    List<Query> mustNot = new ArrayList<>();
    while (peek() != null && !"OR".equals(peek()) && !")".equals(peek())) {
      String t = tokens.get(pos);
      if (t.equals("AND")) {
        pos++;
        String after = peek();
        if (must.isEmpty() && mustNot.isEmpty()
            || after == null
            || after.equals("AND")
            || after.equals("OR")
            || after.equals(")")) {
          // "AND x", "x AND": FTS5's syntax error
          malformed(
              must.isEmpty() && mustNot.isEmpty()
                  ? "AND needs a word before it."
                  : "AND needs a word after it.");
          return new MatchNoDocsQuery();
        }
        continue;
      }
      if (t.equals("NOT")) {
        pos++;
        if (peek() == null || isOperator(peek()) && !"(".equals(peek())) {
          malformed("NOT needs a word after it.");
          return new MatchNoDocsQuery();
        }
        mustNot.add(unary(relaxed));
        continue;
      }
      if (relaxed && STOPWORDS.contains(t.toLowerCase(Locale.ROOT)) && !allStopwords()) {
        pos++; // "what is the zebra" is relaxed to "zebra"
        continue;
      }
      must.add(unary(relaxed));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (must.isEmpty()) {
      // "OR x", "x OR", "NOT x", "()": no term where FTS5 needs one
      malformed(problemWithoutTerm(mustNot.isEmpty()));
      return new MatchNoDocsQuery();
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

  /** Why a part of the query between operators holds no term, read from where the parse stands. */
  private String problemWithoutTerm(boolean noNot) {
    String before = pos > 0 ? tokens.get(pos - 1) : null;
    if (!noNot) {
      return "NOT needs a word before it, as in \u201cwarmup NOT schedule\u201d.";
    } else if ("OR".equals(peek())) {
      return "OR needs a word before it.";
    } else if ("OR".equals(before)) {
      return "OR needs a word after it.";
    } else if ("(".equals(before)) {
      return "The parentheses hold no word.";
    }
    return "The query holds no word to search for.";
  }

  private Query unary(boolean relaxed) {
    String t = tokens.get(pos++);
    if (t.equals("(")) {
      parenthesesOpen++;
      Query inner = or(relaxed);
      parenthesesOpen--;
      if (")".equals(peek())) {
        pos++;
      }
      return inner;
    }
    if (t.startsWith("\"")) {
      return phrase(analyzer.tokens(t.substring(1)), !operators);
    }
    return term(t);
  }

  private Query term(String word) {
    List<String> parts = analyzer.tokens(word);
    if (parts.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    boolean prefix =
        (!operators || isWildcard(word)) && !(word.contains("/") && NoteExtensions.isNote(word));
    return phrase(parts, prefix); // basic-memory quotes a term that holds punctuation
  }

  /**
   * A term that ends in {@code *} and holds only letters, digits and {@code *_-}: basic-memory's
   * {@code _prepare_single_term} leaves it as typed, so FTS5 reads it as a prefix even among
   * operators ({@code learn* AND rate}), where bare words are whole words.
   */
  private static boolean isWildcard(String word) {
    return word.endsWith("*")
        && word.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || "*_-".indexOf(c) >= 0);
  }

  /** One word; with {@code prefix}, longer words that start with it too. */
  private Query word(String p, boolean prefix) {
    words.add(p);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    fields.forEach(
        (field, boost) ->
            any.add(new BoostQuery(new TermQuery(new Term(field, p)), boost), Occur.SHOULD));
    if (prefix && p.length() > 1) {
      // Every longer word is found in the catch-all field, at a flat score (a few thousand of them
      // scored one by one would be slow); in titles the longer words are ranked as words, a little
      // below the word itself, so that "warm" puts the notes titled "Warmup" first. Expanded per
      // field it would cost six times more.
      any.add(
          new BoostQuery(
              longerWords(catchAll(), p, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE), 0.5f),
          Occur.SHOULD);
      if (fields.containsKey("title") && fields.size() > 1) {
        any.add(
            new BoostQuery(
                longerWords(
                    "title",
                    p,
                    new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(PREFIX_EXPANSIONS)),
                0.8f * fields.get("title")),
            Occur.SHOULD);
      }
    }
    return any.build();
  }

  /**
   * Words that start with the given one and go on, found and scored as {@code rewrite} says: the
   * word itself is matched by the term queries beside this one. When no longer word exists (a whole
   * word, the usual case) this matches nothing at no cost.
   */
  private static Query longerWords(
      String field, String word, MultiTermQuery.RewriteMethod rewrite) {
    return new AutomatonQuery(
        new Term(field, word + "?*"),
        Operations.concatenate(
            List.of(Automata.makeString(word), Automata.makeAnyChar(), Automata.makeAnyString())),
        Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
        false,
        rewrite);
  }

  /** The one field that holds every part of a note (the only field of a title search). */
  private String catchAll() {
    return fields.size() == 1 ? fields.keySet().iterator().next() : "all";
  }

  /** The word and every word that starts with it. */
  private static org.apache.lucene.util.automaton.Automaton startsWith(String word) {
    return Operations.concatenate(List.of(Automata.makeString(word), Automata.makeAnyString()));
  }

  /** Words in a row; with {@code prefix}, the last one may go on ({@code "learning rat"}). */
  /**
   * The words a phrase marks in snippets: characters that are words by themselves (Han, kana,
   * hangul) side by side are marked as the run they were typed as, not one by one wherever each
   * occurs.
   */
  private void markedAsRuns(List<String> parts) {
    StringBuilder run = new StringBuilder();
    for (String p : parts) {
      if (p.codePointCount(0, p.length()) == 1 && NoteTokenizer.standsAlone(p.codePointAt(0))) {
        run.append(p);
        continue;
      }
      if (run.length() > 0) {
        words.add(run.toString());
        run.setLength(0);
      }
      words.add(p);
    }
    if (run.length() > 0) {
      words.add(run.toString());
    }
  }

  private Query phrase(List<String> parts, boolean prefix) {
    if (parts.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    if (parts.size() == 1) {
      return word(parts.get(0), prefix);
    }
    markedAsRuns(parts);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    String last = parts.get(parts.size() - 1);
    fields.forEach(
        (field, boost) -> {
          PhraseQuery.Builder pq = new PhraseQuery.Builder();
          for (String p : parts) {
            pq.add(new Term(field, p));
          }
          any.add(new BoostQuery(pq.build(), boost), Occur.SHOULD);
        });
    if (prefix && last.length() > 1) {
      String field = catchAll();
      // beside the exact phrase, which it may not find whole: its budget of expansions is shared
      // by all segments of the index
      PhraseWildcardQuery.Builder row = new PhraseWildcardQuery.Builder(field, PHRASE_EXPANSIONS);
      for (int i = 0; i < parts.size() - 1; i++) {
        row.addTerm(new Term(field, parts.get(i)));
      }
      // the phrase's last word and the longer ones (the phrase query expands them itself)
      row.addMultiTerm(new AutomatonQuery(new Term(field, last + "*"), startsWith(last)));
      any.add(new BoostQuery(row.build(), 0.8f * fields.getOrDefault(field, 1f)), Occur.SHOULD);
    }
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
