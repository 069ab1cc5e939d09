package dev.agentworkbench.memory.index;

import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.Permalinks;
import dev.agentworkbench.memory.Relation;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * search_notes over observation and relation rows (entity_types, categories), as basic-memory's
 * index holds them: an observation is titled {@code category: content…} and found by its content, a
 * relation is titled {@code From -> To} and found by those titles. The rows of the candidate notes
 * (found by the note index with the same filters) go into a small in-memory index and the same
 * query runs over them, ranked the same way.
 */
public final class ItemSearch {
  private static final java.util.regex.Pattern ASCII =
      java.util.regex.Pattern.compile("\\p{ASCII}*");
  private final NoteAnalyzer analyzer = new NoteAnalyzer();

  /** A candidate note: its summary, its observations, and its body for entity rows. */
  public record Candidate(
      NoteSummary note, List<Observation> observations, String body, List<Resolved> relations) {}

  /** A relation with the title of the note it resolves to, when it does. */
  public record Resolved(Relation relation, Optional<String> toTitle) {}

  public SearchPage search(SearchRequest request, List<Candidate> candidates) throws IOException {
    List<String> kinds = request.rowKinds();
    QueryTranslator.Parsed strict =
        new QueryTranslator(analyzer, QueryTranslator.FIELDS).parse(request.query(), false);
    // rows that contain none of the query's words cannot match unless the query negates
    List<String> words = request.query().contains("NOT") ? List.of() : strict.words();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setUseCompoundFile(false);
      config.setRAMBufferSizeMB(64);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (Candidate c : candidates) {
          if (kinds.contains("entity")) {
            w.addDocument(entity(c));
          }
          if (kinds.contains("observation")) {
            for (Observation o : c.observations()) {
              if (mayMatch(words, o.category() + " " + o.content())) {
                w.addDocument(observation(c.note(), o));
              }
            }
          }
          if (kinds.contains("relation")) {
            for (Resolved r : c.relations()) {
              if (mayMatch(words, c.note().title() + " " + r.toTitle().orElse(""))) {
                w.addDocument(relation(c.note(), r));
              }
            }
          }
        }
        try (DirectoryReader reader = DirectoryReader.open(w)) {
          IndexSearcher s = new IndexSearcher(reader);
          SearchPage page = run(s, strict, request);
          if (page.total() == 0 && strict.plainMultiTerm()) {
            page =
                run(
                    s,
                    new QueryTranslator(analyzer, QueryTranslator.FIELDS)
                        .parse(request.query(), true),
                    request);
          }
          return page;
        }
      }
    }
  }

  /** A cheap test before indexing a row: does its folded text hold any of the query's words? */
  private static boolean mayMatch(List<String> words, String text) {
    if (words.isEmpty()) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String folded =
        ASCII.matcher(lower).matches()
            ? lower
            : Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return words.stream().anyMatch(folded::contains);
  }

  private SearchPage run(IndexSearcher s, QueryTranslator.Parsed parsed, SearchRequest request)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed.query(), Occur.MUST);
    if (!request.categories().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      request
          .categories()
          .forEach(c -> any.add(new TermQuery(new Term("category", c)), Occur.SHOULD));
      b.add(any.build(), Occur.FILTER);
    }
    int page = Math.max(1, request.page());
    int size = Math.max(1, request.pageSize());
    Query query = b.build();
    PagedHits found = PagedHits.search(s, query, page, size);
    StoredFields stored = s.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    ScoreDoc[] docs = found.docs;
    for (int i = found.from; i < found.to; i++) {
      Document d = stored.document(docs[i].doc);
      hits.add(
          new SearchHit(
              d.get("title"),
              d.get("note_type"),
              permalink(d),
              d.get("path"),
              docs[i].score,
              Snippets.around(d.get("content"), parsed.words()),
              List.of(d.getValues("tags")),
              d.getField("modified_ms").numericValue().longValue(),
              d.get("kind"),
              orEmpty(d.get("category")),
              orEmpty(d.get("relation_type")),
              orEmpty(d.get("from")),
              orEmpty(d.get("to")),
              Snippets.mark(d.get("title"), parsed.words())));
    }
    return found.page(hits);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * A row's permalink as basic-memory makes it, computed for the hits shown only (slugging every
   * row of every candidate costs more than the search).
   */
  private static String permalink(Document d) {
    String note = d.get("permalink");
    String content = orEmpty(d.get("content"));
    return switch (d.get("kind")) {
      case "observation" -> Permalinks.ofObservation(note, d.get("category"), content);
      case "relation" -> Permalinks.ofRelation(note, d.get("relation_type"), d.get("target"));
      default -> note;
    };
  }

  private static Document base(NoteSummary n, String kind, String title) {
    Document d = new Document();
    d.add(new StringField("kind", kind, Field.Store.YES));
    d.add(new TextField("title", title, Field.Store.YES));
    d.add(new StoredField("permalink", n.permalink()));
    d.add(new StoredField("path", n.filePath()));
    d.add(new StoredField("note_type", n.type()));
    d.add(new StoredField("modified_ms", n.modified().toEpochMilli()));
    d.add(new StoredField("from", n.title()));
    return d;
  }

  private static Document entity(Candidate c) {
    NoteSummary n = c.note();
    Document d = base(n, "entity", n.title());
    d.add(
        new TextField(
            "all",
            n.title() + "\n" + n.permalink().replace('/', ' ') + "\n" + c.body(),
            Field.Store.NO));
    d.add(new TextField("tags_text", String.join(" ", n.tags()), Field.Store.NO));
    n.tags().forEach(t -> d.add(new StoredField("tags", t)));
    d.add(new StoredField("content", c.body()));
    return d;
  }

  private static Document observation(NoteSummary n, Observation o) {
    String content = o.content();
    String title =
        o.category() + ": " + content.substring(0, Math.min(100, content.length())) + "...";
    Document d = base(n, "observation", title);
    d.add(new StringField("category", o.category(), Field.Store.YES));
    d.add(new TextField("all", content, Field.Store.NO));
    d.add(new TextField("tags_text", String.join(" ", o.tags()), Field.Store.NO));
    o.tags().forEach(t -> d.add(new StoredField("tags", t)));
    d.add(new StoredField("content", content));
    return d;
  }

  private static Document relation(NoteSummary n, Resolved r) {
    String title = r.toTitle().map(t -> n.title() + " -> " + t).orElse(n.title());
    Document d = base(n, "relation", title);
    d.add(new StoredField("relation_type", r.relation().type()));
    d.add(new StoredField("target", r.relation().target()));
    r.toTitle().ifPresent(t -> d.add(new StoredField("to", t)));
    d.add(new TextField("all", title, Field.Store.NO));
    d.add(new StoredField("content", title));
    return d;
  }
}
