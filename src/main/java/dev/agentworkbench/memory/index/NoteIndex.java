package dev.agentworkbench.memory.index;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.Relation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene full-text index of one project, kept under the app home (never in the notes folder):
 * title, body, tags, observations, relations and permalink, with each note's summary stored so that
 * reopening needs no re-parse. Bodies are stored for the hits' snippets: cutting them from the
 * files instead saved 7% of a cold index but doubled the search time when the files were not
 * cached.
 */
public final class NoteIndex implements AutoCloseable {

  static final String SCHEMA = "memory-index-19";
  private static final String SEP = "\u001f";
  private static final String REC = "\u001e";
  private final NoteAnalyzer analyzer = new NoteAnalyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean reused;
  private volatile boolean committed;
  private CompletableFuture<Void> pendingCommit = CompletableFuture.completedFuture(null);
  private static final double RAM_BUFFER_MB = 16;

  static {
    // basic-memory takes a query of any length: a pasted paragraph is a few thousand clauses
    IndexSearcher.setMaxClauseCount(1 << 16);
  }

  private NoteIndex(Directory directory, boolean reused) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    // A small buffer is flushed by the indexing threads as they go (in parallel, with less garbage
    // for the collector to copy) instead of by the committing thread alone at the end.
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    // bodies are stored uncompressed: compressing them cost a tenth of a cold index
    config.setCodec(new NotesCodec());
    // Packing each flushed segment into a compound file copies it once more for nothing here.
    config.setUseCompoundFile(false);
    // A refresh after a save does not wait for the small segments to be merged (Lucene waits up to
    // half a second by default): at 100,000 notes every tenth save took 50 to 110 ms instead of 15.
    // The merge runs in the background; the next refresh takes its result.
    config.setMaxFullFlushMergeWaitMillis(0);
    config.setCommitOnClose(true);
    config.setOpenMode(
        reused ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.reused = reused;
    this.committed = reused;
  }

  /**
   * Opens the index in {@code dir}, or a fresh one when it is missing, of another schema or broken.
   * When another process holds the index, an in-memory index is used instead.
   */
  public static NoteIndex open(Path dir) throws IOException {
    Files.createDirectories(dir);
    FSDirectory fs = FSDirectory.open(dir);
    boolean reusable = schemaOf(fs).map(SCHEMA::equals).orElse(false);
    try {
      return new NoteIndex(fs, reusable);
    } catch (LockObtainFailedException e) {
      fs.close();
      return inMemory();
    } catch (IOException | RuntimeException e) {
      // broken beyond what a fresh commit over it can mend: start again from nothing
      for (String file : fs.listAll()) {
        fs.deleteFile(file);
      }
      return new NoteIndex(fs, false);
    }
  }

  /** The schema recorded with the latest commit, without opening a reader. */
  private static Optional<String> schemaOf(Directory dir) {
    try {
      return DirectoryReader.indexExists(dir)
          ? Optional.ofNullable(SegmentInfos.readLatestCommit(dir).getUserData().get("schema"))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public static NoteIndex inMemory() throws IOException {
    return new NoteIndex(new ByteBuffersDirectory(), false);
  }

  /** True when the index was read from disk rather than created empty. */
  public boolean reused() {
    return reused;
  }

  /** Every note stored in the index, with the file facts it was indexed from. */
  public List<IndexedNote> stored() throws IOException {
    List<IndexedNote> out = new ArrayList<>();
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        BinaryDocValues summaries = DocValues.getBinary(leaf.reader(), "summary");
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if ((live == null || live.get(i)) && summaries.advanceExact(i)) {
            out.add(decode(utf8(summaries.binaryValue())));
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  // A note's summary in one doc value (columnar, so reopening never decompresses bodies).
  private static final String FIELD = "\u001c";
  private static final String LIST = "\u001d";

  private static String clean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u001c' && c <= '\u001f') {
        return s.replace('\u001c', ' ')
            .replace('\u001d', ' ')
            .replace('\u001e', ' ')
            .replace('\u001f', ' ');
      }
    }
    return s; // nearly always: one look instead of four copies
  }

  private static String encode(Note n, long mtime, long size) {
    StringBuilder rel = new StringBuilder();
    for (Relation r : n.relations()) {
      rel.append(clean(r.type()))
          .append(SEP)
          .append(clean(r.target()))
          .append(SEP)
          .append(clean(r.context().orElse("")))
          .append(REC);
    }
    return String.join(
        FIELD,
        clean(n.filePath()),
        clean(n.title()),
        clean(n.type()),
        clean(n.permalink()),
        String.join(LIST, n.tags().stream().map(NoteIndex::clean).toList()),
        rel.toString(),
        String.join(REC, n.warnings().stream().map(NoteIndex::clean).toList()),
        Long.toString(n.created().toEpochMilli()),
        Long.toString(n.modified().toEpochMilli()),
        Long.toString(mtime),
        Long.toString(size));
  }

  private static IndexedNote decode(String encoded) {
    String[] f = encoded.split(FIELD, -1);
    List<Relation> relations = new ArrayList<>();
    if (!f[5].isEmpty()) {
      for (String r : f[5].split(REC)) {
        String[] p = r.split(SEP, -1);
        if (p.length == 3) {
          relations.add(
              new Relation(p[0], p[1], p[2].isEmpty() ? Optional.empty() : Optional.of(p[2])));
        }
      }
    }
    NoteSummary summary =
        new NoteSummary(
            f[0],
            f[1],
            f[2],
            f[3],
            f[4].isEmpty() ? List.of() : List.of(f[4].split(LIST)),
            relations,
            f[6].isEmpty() ? List.of() : List.of(f[6].split(REC)),
            Instant.ofEpochMilli(Long.parseLong(f[7])),
            Instant.ofEpochMilli(Long.parseLong(f[8])));
    return new IndexedNote(summary, Long.parseLong(f[9]), Long.parseLong(f[10]));
  }

  public void put(Note note, long mtime, long size) throws IOException {
    writer.updateDocument(new Term("path", note.filePath()), document(note, mtime, size));
  }

  /** Adds a note that the index does not hold (no older entry is looked for). */
  public void add(Note note, long mtime, long size) throws IOException {
    writer.addDocument(document(note, mtime, size));
  }

  public void remove(String filePath) throws IOException {
    writer.deleteDocuments(new Term("path", filePath));
  }

  public void clear() throws IOException {
    writer.deleteAll();
  }

  /** Makes the changes visible to searches. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Makes the changes durable on disk; nothing is written when nothing changed. */
  public void commit() throws IOException {
    awaitCommit();
    commitNow();
  }

  /**
   * Starts making the changes durable on another thread and returns at once: the changes are
   * already searchable, and the files' sync to disk (about a tenth of a second) need not hold up
   * the caller. The next {@link #commit} or {@link #close} waits for it and reports its failure.
   */
  public void commitLater() {
    CompletableFuture<Void> started =
        CompletableFuture.runAsync(
            () -> {
              try {
                commitNow();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    synchronized (this) {
      pendingCommit = pendingCommit.thenCombine(started, (a, b) -> null);
    }
  }

  private void awaitCommit() throws IOException {
    CompletableFuture<Void> pending;
    synchronized (this) {
      pending = pendingCommit;
      pendingCommit = CompletableFuture.completedFuture(null);
    }
    try {
      pending.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
  }

  private void commitNow() throws IOException {
    if (committed && !writer.hasUncommittedChanges()) {
      return;
    }
    writer.setLiveCommitData(Map.of("schema", SCHEMA).entrySet());
    writer.commit();
    committed = true;
  }

  /**
   * Writes the documents buffered so far to segments, on the calling thread; call it from several
   * threads at once to flush their buffers in parallel before a commit. False when none was left.
   */
  public boolean flushNextBuffer() throws IOException {
    return writer.flushNextBuffer();
  }

  /**
   * Characters of a body kept for snippets: a note of many megabytes shows a snippet from its first
   * megabyte. Storing it whole made every search that listed it decode all of it (a 50 MB note
   * written in place while searching ran the heap out).
   */
  static final int SNIPPET_BODY_CHARS = 1 << 20;

  static String forSnippets(String body) {
    if (body.length() <= SNIPPET_BODY_CHARS) {
      return body;
    }
    int end = SNIPPET_BODY_CHARS;
    if (Character.isHighSurrogate(body.charAt(end - 1))) {
      end--; // not half a character
    }
    return body.substring(0, end);
  }

  private Document document(Note note, long mtime, long size) {
    Document d = new Document();
    d.add(new StringField("path", note.filePath(), Field.Store.YES));
    d.add(new StoredField("permalink", note.permalink()));
    d.add(new TextField("title", note.title(), Field.Store.YES));
    d.add(new StringField("type", note.type().toLowerCase(Locale.ROOT), Field.Store.NO));
    d.add(new StoredField("type_raw", note.type()));
    for (String tag : note.tags()) {
      d.add(new StringField("tag", tag.toLowerCase(Locale.ROOT), Field.Store.NO));
      d.add(new StoredField("tags", tag));
    }
    // observations' #tags are words of the body; tag: and --tag filter on the note's own tags
    d.add(new TextField("tags_text", String.join(" ", note.tags()), Field.Store.NO));
    String folder = note.folder();
    while (!folder.isEmpty()) {
      d.add(new StringField("folder", folder, Field.Store.NO));
      int slash = folder.lastIndexOf('/');
      folder = slash < 0 ? "" : folder.substring(0, slash);
    }
    // as UTF-8 bytes: the JDK's encoder is much cheaper than the stored field's own, char by char
    d.add(
        new StoredField(
            "body", new BytesRef(forSnippets(note.content()).getBytes(StandardCharsets.UTF_8))));
    Map<String, Object> frontmatter = note.frontmatter();
    if (frontmatter.containsKey("tags")) {
      // filtered on as basic-memory stores them: parsed ("a, b" is two tags), without '#'
      frontmatter = new java.util.LinkedHashMap<>(frontmatter);
      frontmatter.put("tags", note.tags());
    }
    MetadataFilters.index(d, frontmatter);
    // Relations are read from the body, so their words are in it already. The parts are marked,
    // so that a phrase never runs from one into the next (a field value for each part cost a tenth
    // of a cold index); the file's path is there too, as basic-memory finds a note by its name.
    char part = NoteTokenizer.PART;
    String all =
        note.title()
            + part
            + String.join(" ", note.tags())
            + part
            + note.permalink()
            + part
            + note.filePath()
            + part
            + note.content();
    d.add(new TextField("all", all, Field.Store.NO));
    d.add(new LongPoint("modified", note.modified().toEpochMilli()));
    d.add(new StoredField("modified_ms", note.modified().toEpochMilli()));
    d.add(
        new BinaryDocValuesField(
            "summary", new BytesRef(encode(note, mtime, size).getBytes(StandardCharsets.UTF_8))));
    return d;
  }

  /** Runs a search; a plain multi-term query that finds nothing is retried with OR. */
  public SearchPage search(SearchRequest request) throws IOException {
    return search(request, true);
  }

  /** The same search; without {@code snippets} no body is read and the hits' snippets are empty. */
  public SearchPage search(SearchRequest request, boolean snippets) throws IOException {
    return search(request, snippets, true);
  }

  /**
   * The same search; with {@code relax}, a plain multi-term query that finds nothing is retried
   * with OR (basic-memory's search tool), without it every word must match.
   */
  public SearchPage search(SearchRequest request, boolean snippets, boolean relax)
      throws IOException {
    try {
      return searchAsked(request, snippets, relax);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException(
          "The query has too many words to search at once: search with fewer words.", e);
    }
  }

  private SearchPage searchAsked(SearchRequest request, boolean snippets, boolean relax)
      throws IOException {
    Map<String, Float> fields =
        request.searchType().equals("title") ? Map.of("title", 1f) : QueryTranslator.FIELDS;
    QueryTranslator.Parsed strict =
        new QueryTranslator(analyzer, fields).parse(request.query(), false);
    SearchPage page = run(strict, request, snippets);
    if (relax && page.total() == 0 && strict.plainMultiTerm()) {
      page =
          run(
              new QueryTranslator(analyzer, fields).parse(request.query(), true),
              request,
              snippets);
    }
    return page;
  }

  private SearchPage run(QueryTranslator.Parsed parsed, SearchRequest request, boolean snippets)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed.query(), Occur.MUST);
    List<String> tags = new ArrayList<>(parsed.tags());
    request.tags().forEach(t -> tags.add(t.toLowerCase(Locale.ROOT).replaceFirst("^#", "")));
    for (String tag : tags) {
      b.add(new TermQuery(new Term("tag", tag)), Occur.FILTER);
    }
    if (!request.types().isEmpty()) {
      BooleanQuery.Builder types = new BooleanQuery.Builder();
      request
          .types()
          .forEach(
              t ->
                  types.add(
                      new TermQuery(new Term("type", t.toLowerCase(Locale.ROOT))), Occur.SHOULD));
      b.add(types.build(), Occur.FILTER);
    }
    request
        .folder()
        .map(f -> f.replaceAll("^/+|/+$", ""))
        .filter(f -> !f.isEmpty())
        .ifPresent(f -> b.add(new TermQuery(new Term("folder", f)), Occur.FILTER));
    request
        .after()
        .ifPresent(
            a ->
                b.add(
                    LongPoint.newRangeQuery("modified", a.toEpochMilli(), Long.MAX_VALUE),
                    Occur.FILTER));
    if (!request.metadataFilters().isEmpty()) {
      b.add(MetadataFilters.query(MetadataFilters.parse(request.metadataFilters())), Occur.FILTER);
    }
    Query query = b.build();
    int page = Math.max(1, request.page());
    int size = Math.max(1, request.pageSize());
    IndexSearcher s = searchers.acquire();
    try {
      PagedHits found = PagedHits.search(s, query, page, size);
      List<SearchHit> hits = new ArrayList<>();
      StoredFields stored = s.storedFields();
      ScoreDoc[] docs = found.docs;
      for (int i = found.from; i < found.to; i++) {
        Document d = stored.document(docs[i].doc, snippets ? HIT_AND_BODY : HIT);
        String body = snippets ? utf8(d.getBinaryValue("body")) : "";
        hits.add(
            new SearchHit(
                d.get("title"),
                d.get("type_raw"),
                d.get("permalink"),
                d.get("path"),
                docs[i].score,
                Snippets.around(body, parsed.words()),
                List.of(d.getValues("tags")),
                d.getField("modified_ms").numericValue().longValue(),
                "entity",
                "",
                "",
                "",
                "",
                Snippets.mark(d.get("title"), parsed.words())));
      }
      return found.page(hits);
    } finally {
      searchers.release(s);
    }
  }

  /** The stored fields a hit shows; the body only when it has a snippet. */
  private static final java.util.Set<String> HIT =
      java.util.Set.of("title", "type_raw", "permalink", "path", "tags", "modified_ms");

  private static final java.util.Set<String> HIT_AND_BODY =
      java.util.Set.of("title", "type_raw", "permalink", "path", "tags", "modified_ms", "body");

  private static String utf8(BytesRef b) {
    return new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    try {
      awaitCommit();
    } finally {
      closeNow();
    }
  }

  private void closeNow() throws IOException {
    searchers.close();
    if (!committed || writer.hasUncommittedChanges()) {
      writer.setLiveCommitData(Map.of("schema", SCHEMA).entrySet());
    }
    writer.close();
    directory.close();
  }
}
