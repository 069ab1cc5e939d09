package dev.agentworkbench.memory.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;

/**
 * search_notes' {@code metadata_filters} on frontmatter: equality, a list that must contain all
 * given values, {@code $in}, {@code $gt/$gte/$lt/$lte} and {@code $between} (numeric when the bound
 * is a number, text otherwise), dotted keys for nested values, {@code note_type} for {@code type}.
 * Values compare as basic-memory stores them: numbers, dates and booleans as strings.
 */
public final class MetadataFilters {
  private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$");
  private static final String SCALAR = "meta.";
  private static final String ELEMENT = "metalist.";
  private static final String NUMERIC = "metanum.";

  /** One parsed filter: the dotted key, the operation and its value(s). */
  public record Clause(String key, String op, List<String> values) {}

  private MetadataFilters() {}

  /**
   * Parses filters as basic-memory does; an unsupported key, operator or value is an {@link
   * IllegalArgumentException} with basic-memory's message.
   */
  public static List<Clause> parse(Map<String, ?> filters) {
    List<Clause> out = new ArrayList<>();
    for (Map.Entry<String, ?> e : filters.entrySet()) {
      String raw = e.getKey();
      if (raw == null || raw.isBlank()) {
        throw new IllegalArgumentException("metadata filter keys must be non-empty strings");
      }
      String key = raw.strip();
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("Unsupported metadata filter key: " + raw);
      }
      key = key.equals("note_type") ? "type" : key;
      Object value = e.getValue();
      if (value instanceof Map<?, ?> op) {
        out.add(operator(raw, key, op));
      } else if (value instanceof List<?> list) {
        if (list.isEmpty()) {
          throw new IllegalArgumentException(
              "Empty list not allowed for metadata filter '" + raw + "'");
        }
        out.add(new Clause(key, "contains", scalars(list)));
      } else {
        out.add(new Clause(key, "eq", List.of(scalar(value))));
      }
    }
    return out;
  }

  private static Clause operator(String raw, String key, Map<?, ?> op) {
    if (op.size() != 1) {
      throw new IllegalArgumentException("Invalid metadata filter for '" + raw + "': " + op);
    }
    Map.Entry<?, ?> only = op.entrySet().iterator().next();
    String name = String.valueOf(only.getKey());
    Object value = only.getValue();
    switch (name) {
      case "$in" -> {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
          throw new IllegalArgumentException("$in requires a non-empty list for '" + raw + "'");
        }
        return new Clause(key, "in", scalars(list));
      }
      case "$gt", "$gte", "$lt", "$lte" -> {
        return new Clause(key, name.substring(1), List.of(scalar(value)));
      }
      case "$between" -> {
        if (!(value instanceof List<?> list) || list.size() != 2) {
          throw new IllegalArgumentException("$between requires [min, max] for '" + raw + "'");
        }
        return new Clause(key, "between", scalars(list));
      }
      default ->
          throw new IllegalArgumentException(
              "Unsupported operator '" + name + "' in metadata filter for '" + raw + "'");
    }
  }

  private static List<String> scalars(List<?> values) {
    return values.stream().map(MetadataFilters::scalar).toList();
  }

  /** A value as basic-memory normalises it: booleans True/False, numbers and dates as text. */
  /** A plain decimal number: {@code -?[0-9]+(\\.[0-9]+)?}, checked by hand for every value. */
  static boolean isNumber(String s) {
    int n = s.length();
    int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
    int whole = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == whole) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i > fraction && i == n;
  }

  static String scalar(Object v) {
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    return String.valueOf(v);
  }

  /** Adds a note's frontmatter to its index document so the filters can find it. */
  static void index(Document d, Map<String, Object> frontmatter) {
    frontmatter.forEach((k, v) -> add(d, k, v));
  }

  private static void add(Document d, String path, Object value) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> add(d, path + "." + k, v));
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof Map<?, ?>) && !(item instanceof List<?>) && item != null) {
          d.add(new StringField(ELEMENT + path, scalar(item), Field.Store.NO));
        }
      }
    } else if (value != null) {
      String s = scalar(value);
      d.add(new StringField(SCALAR + path, s, Field.Store.NO));
      if (isNumber(s.strip())) {
        d.add(new DoublePoint(NUMERIC + path, Double.parseDouble(s.strip())));
      }
    }
  }

  /** All clauses as one filter query (every clause must hold). */
  static Query query(List<Clause> clauses) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Clause c : clauses) {
      all.add(clause(c), Occur.FILTER);
    }
    return all.build();
  }

  private static Query clause(Clause c) {
    String f = SCALAR + c.key();
    List<String> v = c.values();
    switch (c.op()) {
      case "eq":
        return new TermQuery(new Term(f, v.get(0)));
      case "in":
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        v.forEach(x -> any.add(new TermQuery(new Term(f, x)), Occur.SHOULD));
        return any.build();
      case "contains":
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        v.forEach(x -> each.add(new TermQuery(new Term(ELEMENT + c.key(), x)), Occur.FILTER));
        return each.build();
      default:
        return range(c);
    }
  }

  private static Query range(Clause c) {
    List<String> v = c.values();
    boolean numeric = v.stream().allMatch(x -> isNumber(x.strip()));
    String lo = c.op().startsWith("g") || c.op().equals("between") ? v.get(0) : null;
    String hi = c.op().startsWith("l") ? v.get(0) : c.op().equals("between") ? v.get(1) : null;
    boolean loIn = !c.op().equals("gt");
    boolean hiIn = !c.op().equals("lt");
    if (numeric) {
      double a = lo == null ? Double.NEGATIVE_INFINITY : Double.parseDouble(lo.strip());
      double b = hi == null ? Double.POSITIVE_INFINITY : Double.parseDouble(hi.strip());
      a = loIn || lo == null ? a : Math.nextUp(a);
      b = hiIn || hi == null ? b : Math.nextDown(b);
      return a > b ? new MatchNoDocsQuery() : DoublePoint.newRangeQuery(NUMERIC + c.key(), a, b);
    }
    return TermRangeQuery.newStringRange(SCALAR + c.key(), lo, hi, loIn, hiIn);
  }
}
