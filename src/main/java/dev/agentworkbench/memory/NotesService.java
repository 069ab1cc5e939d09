package dev.agentworkbench.memory;

import dev.agentworkbench.memory.index.IndexedNote;
import dev.agentworkbench.memory.index.ItemSearch;
import dev.agentworkbench.memory.index.MetadataFilters;
import dev.agentworkbench.memory.index.NoteIndex;
import dev.agentworkbench.memory.index.SearchHit;
import dev.agentworkbench.memory.index.SearchPage;
import dev.agentworkbench.memory.index.SearchRequest;
import dev.agentworkbench.memory.links.Backlink;
import dev.agentworkbench.memory.links.LinkGraph;
import dev.agentworkbench.memory.parse.Frontmatter;
import dev.agentworkbench.memory.parse.FrontmatterWriter;
import dev.agentworkbench.memory.parse.NoteParser;
import dev.agentworkbench.workspace.files.AtomicFileWriter;
import dev.agentworkbench.workspace.files.FileVersion;
import dev.agentworkbench.workspace.files.WriteConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Memory room's one door: a basic-memory project's notes, read, written, searched, linked and
 * put in context. Both the CLI and the room call it. Thread-safe; writes are serialised.
 */
public final class NotesService implements AutoCloseable {
  private final NotesLocation location;
  private final NoteIndex index;
  private final NoteIgnore ignore;
  private final Map<String, NoteSummary> notes = new ConcurrentHashMap<>();
  private final Map<String, long[]> facts = new ConcurrentHashMap<>();
  private final Map<String, String> permalinkOwners = new ConcurrentHashMap<>();
  private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
  private volatile LinkGraph graph;

  /** Notes changed since the link graph was made or last refiled. */
  private final Set<String> graphStale = ConcurrentHashMap.newKeySet();

  private NotesService(NotesLocation location, NoteIndex index) {
    this.location = location;
    this.index = index;
    this.ignore = new NoteIgnore(location.root(), location.bmignore());
  }

  /** Opens the project's notes: reuses the index on disk and re-reads only what changed. */
  public static NotesService open(NotesLocation location) throws IOException {
    NotesService s = new NotesService(location, NoteIndex.open(location.indexDir()));
    s.sync();
    return s;
  }

  /** Opens with an index in memory only (nothing written under the app home). */
  public static NotesService openInMemory(NotesLocation location) throws IOException {
    NotesService s = new NotesService(location, NoteIndex.inMemory());
    s.sync();
    return s;
  }

  public NotesLocation location() {
    return location;
  }

  /** Listens to notes that changed (project-relative paths), after the index was updated. */
  public AutoCloseable onChange(Consumer<Set<String>> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  // ---- scanning and incremental updates ----

  private synchronized void sync() throws IOException {
    if (!index.reused()) {
      indexAll();
      return;
    }
    // the index's summaries are decoded while the folder is walked
    CompletableFuture<List<IndexedNote>> storedLater =
        CompletableFuture.supplyAsync(this::storedInIndex);
    Map<String, long[]> onDisk = scan(location.root());
    Map<String, IndexedNote> stored = new HashMap<>();
    for (IndexedNote n : joined(storedLater)) {
      stored.put(n.summary().filePath(), n);
    }
    List<String> toParse = new ArrayList<>();
    Set<String> stale = new HashSet<>();
    for (Map.Entry<String, long[]> e : onDisk.entrySet()) {
      IndexedNote known = stored.remove(e.getKey());
      if (known != null && known.mtime() == e.getValue()[0] && known.size() == e.getValue()[1]) {
        notes.put(e.getKey(), known.summary());
        permalinkOwners.put(known.summary().permalink(), e.getKey()); // facts: put by the walk
      } else {
        toParse.add(e.getKey());
        if (known != null) {
          stale.add(e.getKey());
        }
      }
    }
    for (String gone : stored.keySet()) {
      index.remove(gone);
    }
    parseAll(toParse, onDisk, rel -> !stale.contains(rel));
    if (toParse.size() > PARALLEL_FLUSH_FROM) {
      flushInParallel();
    }
    index.refresh();
    index.commitLater(); // searchable now; on disk a moment later
    graph = null;
  }

  /** Notes handed to an indexing thread at once while the folder is walked. */
  private static final int BATCH = 64;

  /**
   * Indexes a project that the index knows nothing of: the notes the folder walk finds are parsed
   * and indexed on every core while the walk goes on.
   */
  private void indexAll() throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            cores,
            r -> {
              Thread t = new Thread(r, "notes-indexing");
              t.setDaemon(true);
              return t;
            });
    Queue<Note> generated = new ConcurrentLinkedQueue<>();
    java.util.function.Predicate<String> absent = path -> true; // the index holds none of them
    List<CompletableFuture<Void>> done = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    try {
      Map<String, long[]> onDisk =
          scan(
              location.root(),
              (rel, f) -> {
                batch.add(rel);
                if (batch.size() == BATCH) {
                  done.add(
                      CompletableFuture.runAsync(
                          parsing(List.copyOf(batch), absent, generated), workers));
                  batch.clear();
                }
              });
      done.add(CompletableFuture.runAsync(parsing(List.copyOf(batch), absent, generated), workers));
      for (CompletableFuture<Void> f : done) {
        joined(f);
      }
      Set<String> displaced = firstPathKeepsASharedPermalink(generated);
      storeGenerated(generated, path -> !displaced.contains(path));
      if (onDisk.size() > PARALLEL_FLUSH_FROM) {
        flushInParallel();
      }
    } finally {
      workers.shutdownNow();
    }
    index.refresh();
    index.commitLater(); // searchable now; on disk a moment later
    graph = null;
  }

  /** Above this many new notes, the index buffers are written by all cores before the commit. */
  private static final int PARALLEL_FLUSH_FROM = 500;

  private List<IndexedNote> storedInIndex() {
    try {
      return index.stored();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T joined(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
  }

  private void flushInParallel() throws IOException {
    try {
      java.util.stream.IntStream.range(0, Runtime.getRuntime().availableProcessors())
          .parallel()
          .forEach(
              i -> {
                try {
                  while (index.flushNextBuffer()) {
                    // each call writes one thread's buffer
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Parses and indexes notes in parallel. {@code absent} tells the notes that the index does not
   * hold yet: they are added without first deleting an older entry.
   */
  private void parseAll(
      List<String> paths,
      Map<String, long[]> scanned,
      java.util.function.Predicate<String> absent) {
    Queue<Note> generated = new ConcurrentLinkedQueue<>();
    paths.parallelStream().forEach(rel -> parseOne(rel, scanned.get(rel), absent, generated));
    storeGenerated(generated, absent);
  }

  /** Parses and indexes a batch of notes whose file facts the folder walk has just read. */
  private Runnable parsing(
      List<String> paths, java.util.function.Predicate<String> absent, Queue<Note> generated) {
    return () -> paths.forEach(rel -> parseOne(rel, facts.get(rel), absent, generated));
  }

  /**
   * Parses one note and indexes it, unless its permalink is already another note's: such notes are
   * put aside in {@code generated} to be given a permalink of their own once all are known.
   */
  private void parseOne(
      String rel,
      long[] scanned,
      java.util.function.Predicate<String> absent,
      Queue<Note> generated) {
    try {
      Optional<Note> parsed = parseFile(rel, Optional.ofNullable(scanned));
      if (parsed.isEmpty()) {
        return;
      }
      Note n = parsed.get();
      String owner =
          n.frontmatter().containsKey("permalink")
              ? permalinkOwners.putIfAbsent(n.permalink(), rel)
              : "";
      if (owner == null || rel.equals(owner)) {
        store(n, absent.test(rel));
      } else {
        generated.add(n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * After a cold index, each permalink that several notes' frontmatter holds is kept by the same
   * note whichever thread read it first: the one at the path the permalink was made from (the
   * original of a copy), else the first by path. The others are suffixed by {@link
   * #storeGenerated}, so a fresh index gives the same permalinks every time. The notes that lose it
   * are read again into {@code generated}; their paths are returned (the index holds them).
   */
  private Set<String> firstPathKeepsASharedPermalink(Queue<Note> generated) throws IOException {
    Map<String, Note> keeper = new java.util.HashMap<>();
    for (Note n : generated) {
      String owner = permalinkOwners.get(n.permalink());
      if (n.frontmatter().containsKey("permalink")
          && owner != null
          && keepsBefore(n.filePath(), owner, n.permalink())) {
        keeper.merge(
            n.permalink(),
            n,
            (a, b) -> keepsBefore(b.filePath(), a.filePath(), a.permalink()) ? b : a);
      }
    }
    Set<String> displaced = new java.util.HashSet<>();
    for (Note winner : keeper.values()) {
      String loser = permalinkOwners.get(winner.permalink());
      generated.remove(winner);
      store(winner, true);
      parseFile(loser, Optional.ofNullable(facts.get(loser))).ifPresent(generated::add);
      displaced.add(loser);
    }
    return displaced;
  }

  /** Whether the note at {@code a} keeps a shared permalink rather than the note at {@code b}. */
  private boolean keepsBefore(String a, String b, String permalink) {
    boolean aMadeIt = canonical(a).equals(permalink);
    boolean bMadeIt = canonical(b).equals(permalink);
    return aMadeIt != bMadeIt ? aMadeIt : a.compareTo(b) < 0;
  }

  private String canonical(String path) {
    return Permalinks.canonical(location.projectName(), path, location.permalinksIncludeProject());
  }

  private void storeGenerated(
      Collection<Note> generated, java.util.function.Predicate<String> absent) {
    generated.stream()
        .sorted(Comparator.comparing(Note::filePath))
        .forEach(
            n -> {
              // basic-memory's resolve_permalink: a permalink in the frontmatter that another
              // note holds is suffixed (-1, -2, ...); a note without one gets its path's
              String base =
                  n.frontmatter().containsKey("permalink")
                      ? n.permalink()
                      : canonical(n.filePath());
              String p = unique(base, permalinkOwners.keySet());
              permalinkOwners.put(p, n.filePath());
              List<String> warnings = new ArrayList<>(n.warnings());
              if (n.frontmatter().containsKey("permalink") && !p.equals(n.permalink())) {
                warnings.add(
                    "permalink "
                        + n.permalink()
                        + " is also used by another note; "
                        + p
                        + " is used here");
              }
              try {
                store(withPermalink(n, p, warnings), absent.test(n.filePath()));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private void forget(String path) {
    NoteSummary old = notes.remove(path);
    if (old != null) {
      permalinkOwners.remove(old.permalink(), path);
    }
  }

  private static String unique(String base, Set<String> taken) {
    if (!taken.contains(base)) {
      return base;
    }
    for (int i = 1; ; i++) {
      if (!taken.contains(base + "-" + i)) {
        return base + "-" + i;
      }
    }
  }

  private static Note withPermalink(Note n, String permalink, List<String> warnings) {
    return new Note(
        n.filePath(),
        n.title(),
        n.type(),
        permalink,
        n.tags(),
        n.frontmatter(),
        n.content(),
        n.observations(),
        n.relations(),
        warnings,
        n.created(),
        n.modified(),
        n.checksum());
  }

  private void store(Note n, boolean absent) throws IOException {
    long[] f = facts.getOrDefault(n.filePath(), new long[] {0, 0});
    if (absent) {
      index.add(n, f[0], f[1]);
    } else {
      index.put(n, f[0], f[1]);
    }
    notes.put(n.filePath(), n.summary());
    permalinkOwners.put(n.permalink(), n.filePath());
  }

  /**
   * Reads and parses one note; {@code scanned} holds the file facts a folder walk just read (mtime,
   * size, creation time), so that the file is not asked for them twice.
   */
  private Optional<Note> parseFile(String rel, Optional<long[]> scanned) throws IOException {
    Path file = location.root().resolve(rel);
    long[] f;
    byte[] bytes;
    try {
      if (scanned.isPresent()) {
        f = scanned.get();
      } else {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        f = facts(attrs);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    facts.put(rel, f);
    // the checksum is for saving over a file; the index never needs it, so none is computed here
    NoteParser.FileFacts ff =
        new NoteParser.FileFacts(Instant.ofEpochMilli(f[2]), Instant.ofEpochMilli(f[0]), "");
    return Optional.of(
        NoteParser.parse(
            rel,
            bytes,
            ff,
            () ->
                Permalinks.canonical(
                    location.projectName(), rel, location.permalinksIncludeProject())));
  }

  /** A file's facts as kept per note: modified time and size (compared on reopen), created time. */
  private static long[] facts(BasicFileAttributes attrs) {
    return new long[] {
      attrs.lastModifiedTime().toMillis(), attrs.size(), attrs.creationTime().toMillis()
    };
  }

  /**
   * Every note file under {@code start} (the project root or a folder in it) with its facts, by
   * project-relative path, skipping ignored folders without entering them.
   */
  private Map<String, long[]> scan(Path start) throws IOException {
    return scan(start, (rel, f) -> {});
  }

  /**
   * The same walk, telling {@code found} of each note file as it is found; its facts are then
   * already in {@link #facts}.
   */
  private Map<String, long[]> scan(Path start, java.util.function.BiConsumer<String, long[]> found)
      throws IOException {
    Map<String, long[]> out = new HashMap<>();
    if (!Files.isDirectory(start)) {
      return out;
    }
    Path root = location.root();
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            String rel = relative(dir);
            // the folders above were checked on the way down; the first one is checked in full
            boolean ignored =
                dir.equals(start) ? ignore.isIgnored(rel, true) : ignore.isIgnoredHere(rel, true);
            return ignored ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String rel = relative(file);
            if (NoteExtensions.isNote(rel)
                && attrs.isRegularFile()
                && !ignore.isIgnoredHere(rel, false)) {
              long[] f = facts(attrs);
              out.put(rel, f);
              facts.put(rel, f);
              found.accept(rel, f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            return FileVisitResult.CONTINUE;
          }
        });
    return out;
  }

  private String relative(Path p) {
    // walked paths are under the (absolute, normal) root: cutting the string is enough
    String root = location.root().toString();
    String path = p.toString();
    String sep = p.getFileSystem().getSeparator();
    String rel;
    if (p.isAbsolute() && path.startsWith(root) && path.length() == root.length()) {
      rel = "";
    } else if (p.isAbsolute() && path.startsWith(root) && root.endsWith(sep)) {
      rel = path.substring(root.length());
    } else if (p.isAbsolute() && path.startsWith(root) && path.startsWith(sep, root.length())) {
      rel = path.substring(root.length() + 1);
    } else {
      rel = location.root().relativize(p.toAbsolutePath().normalize()).toString();
    }
    return rel.replace('\\', '/');
  }

  /**
   * Brings the index up to date for changed files or folders (absolute paths, as file-watch events
   * give them): new, changed, deleted, renamed-over. Paths outside the project are skipped.
   */
  public synchronized void update(Collection<Path> changed) throws IOException {
    Set<String> touched = reindex(changed);
    if (!touched.isEmpty()) {
      listeners.forEach(l -> l.accept(touched));
    }
  }

  /**
   * Runs the path a save takes through the index once, on a copy of a small note in a scratch index
   * in memory: the first update after opening otherwise runs code nothing else ran yet (25 to 75
   * ms, against 12 to 20 ms for the next ones). The app does it in the background after opening, so
   * the user's first save is as quick as the later ones. The project's index is not touched.
   */
  public void warmUpdates() throws IOException {
    int tried = 0;
    for (String path : notes.keySet()) {
      Path file = location.root().resolve(path);
      if (Files.isRegularFile(file) && Files.size(file) < 64 * 1024) {
        Note note;
        try {
          note = readFile(path).note();
        } catch (NotesException e) {
          continue; // gone or unreadable since: another one
        }
        try (NoteIndex scratch = NoteIndex.inMemory()) {
          scratch.add(note, 0, 0);
          scratch.refresh();
          scratch.put(note, 1, 1);
          scratch.refresh();
          scratch.search(SearchRequest.text(note.title()));
        }
        return;
      }
      if (++tried == 20) {
        return;
      }
    }
  }

  /** The index and the notes' facts brought up to date with files changed on disk. */
  private Set<String> reindex(Collection<Path> changed) throws IOException {
    Set<String> touched = new TreeSet<>();
    List<String> toParse = new ArrayList<>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      if (!abs.startsWith(location.root()) || abs.equals(location.root())) {
        continue;
      }
      String rel = relative(abs);
      if (Files.isDirectory(abs)) {
        if (!ignore.isIgnored(rel, true)) {
          toParse.addAll(scan(abs).keySet());
        }
      } else if (Files.isRegularFile(abs)
          && NoteExtensions.isNote(rel)
          && !ignore.isIgnored(rel, false)) {
        toParse.add(rel);
      } else {
        String prefix = rel + "/";
        for (String known : new ArrayList<>(notes.keySet())) {
          if (known.equals(rel) || known.startsWith(prefix)) {
            forget(known);
            facts.remove(known);
            index.remove(known);
            touched.add(known);
          }
        }
      }
    }
    for (String rel : toParse) {
      NoteSummary old = notes.get(rel);
      forget(rel);
      parseAll(List.of(rel), Map.of(), r -> false);
      if (!notes.containsKey(rel) && old != null) {
        index.remove(rel);
      }
      touched.add(rel);
    }
    if (!touched.isEmpty()) {
      index.refresh();
      graphStale.addAll(touched); // refiled in the link graph when it is next asked for
    }
    return touched;
  }

  /** Writes pending index changes to disk. */
  public void commit() throws IOException {
    index.commit();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  // ---- reading ----

  /** Every note, by path. */
  public List<NoteSummary> notes() {
    List<NoteSummary> all = new ArrayList<>(notes.values());
    all.sort(Comparator.comparing(NoteSummary::filePath));
    return all;
  }

  public int size() {
    return notes.size();
  }

  /** Every folder that holds notes (and their parents), sorted. */
  public List<String> folders() {
    Set<String> out = new TreeSet<>();
    for (String p : notes.keySet()) {
      String f = p;
      while (f.contains("/")) {
        f = f.substring(0, f.lastIndexOf('/'));
        out.add(f);
      }
    }
    return new ArrayList<>(out);
  }

  private LinkGraph graph() {
    LinkGraph g = graph;
    if (g != null && graphStale.isEmpty()) {
      return g;
    }
    synchronized (graphStale) {
      g = graph;
      if (g == null) {
        graphStale.clear();
        g = new LinkGraph(new ArrayList<>(notes.values()), location.projectName());
      } else if (!graphStale.isEmpty()) {
        List<String> changed = new ArrayList<>(graphStale);
        graphStale.removeAll(changed);
        g =
            g.withChanges(
                changed, changed.stream().map(notes::get).filter(Objects::nonNull).toList());
      }
      graph = g;
      return g;
    }
  }

  public Optional<NoteSummary> byPath(String filePath) {
    return Optional.ofNullable(notes.get(filePath));
  }

  /** Resolves a link target or identifier as a wiki link from {@code fromPath} would. */
  public Optional<NoteSummary> resolve(String target, Optional<String> fromPath) {
    return graph().resolve(target, fromPath);
  }

  public List<Backlink> backlinks(String filePath) {
    return graph().backlinks(filePath);
  }

  /** read_note: permalink, title, path (or memory:// URL); the file as on disk now. */
  public NoteFile read(String identifier) throws NotesException, IOException {
    String id = urlPath(identifier);
    requireIdentifier(id);
    checkIdentifier(id);
    Optional<NoteSummary> hit = graph().resolve(id, Optional.empty());
    if (hit.isEmpty()) {
      throw new NoteNotFoundException(identifier, location.projectName());
    }
    return readFile(hit.get().filePath());
  }

  /** Reads a note by its project-relative path, parsed, with the checksum for a later save. */
  public NoteFile readFile(String filePath) throws IOException, NotesException {
    checkNotePath(filePath);
    Path file = location.root().resolve(filePath);
    FileVersion v;
    try {
      v = AtomicFileWriter.read(file);
    } catch (NoSuchFileException e) {
      throw new NoteNotFoundException(filePath, location.projectName());
    }
    String permalink =
        Optional.ofNullable(notes.get(filePath))
            .map(NoteSummary::permalink)
            .orElse(
                Permalinks.canonical(
                    location.projectName(), filePath, location.permalinksIncludeProject()));
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    Note note =
        NoteParser.parse(
            filePath,
            v.content(),
            new NoteParser.FileFacts(
                attrs.creationTime().toInstant(),
                attrs.lastModifiedTime().toInstant(),
                v.checksum()),
            permalink);
    NoteSummary known = notes.get(filePath);
    if (known != null && !known.permalink().equals(note.permalink())) {
      // the permalink in its frontmatter is another note's: it is known by its own, as indexed
      List<String> warnings = new ArrayList<>(note.warnings());
      known.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
      note = withPermalink(note, known.permalink(), warnings);
    }
    String text = new String(v.content(), StandardCharsets.UTF_8);
    return new NoteFile(note, text, v.checksum(), NoteParser.isUtf8(v.content(), text));
  }

  /**
   * Refuses to write over a note whose bytes are not UTF-8: its text holds "\uFFFD" where bytes
   * could not be read, and writing it back would lose them.
   */
  private static void requireUtf8(NoteFile file, String heading) throws NotesException {
    if (!file.utf8()) {
      throw notUtf8(file.note().filePath(), heading);
    }
  }

  private static NotesException notUtf8(String filePath, String heading) {
    return new NotesException(
        heading + " - Not UTF-8",
        "NOT_UTF8",
        "Note '"
            + filePath
            + "' is not valid UTF-8 text: writing it back would lose the bytes that cannot be"
            + " read. Convert it to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8), or"
            + " replace it whole with write --overwrite.");
  }

  private List<NoteSummary> strict(String identifier) throws NotesException {
    String id = urlPath(identifier);
    requireIdentifier(id);
    checkIdentifier(id);
    List<NoteSummary> hits = graph().strict(id);
    if (hits.isEmpty()) {
      throw new NoteNotFoundException(identifier, location.projectName());
    }
    if (hits.size() > 1) {
      throw new AmbiguousIdentifierException(
          identifier, hits.stream().map(NoteSummary::permalink).toList());
    }
    return hits;
  }

  /**
   * Refuses an empty identifier: it names no note, and read on it would list every note as related,
   * delete would answer False.
   */
  private static void requireIdentifier(String id) throws NotesException {
    if (id.isBlank()) {
      throw new NotesException(
          "Error",
          "INVALID_IDENTIFIER",
          "Identifier is required: give a permalink, title, file path or memory:// URL.");
    }
  }

  /**
   * Refuses an identifier typed by a caller that basic-memory's path guard refuses, unless it is
   * exactly the title or path of a note: a hand-written note titled "Q: Why does loss spike?" is
   * read, edited and deleted by its title, which is not a drive letter. A note found so is in the
   * project (only its files are indexed), so nothing outside is ever reached through it.
   */
  private void checkIdentifier(String id) throws PathNotAllowedException {
    PathGuard.checkControlCharacters("Identifier", id);
    if (!PathGuard.isAllowed(id) && !namesANote(id)) {
      throw new PathNotAllowedException("Identifier", id);
    }
  }

  private boolean namesANote(String id) {
    String t = id.strip();
    return notes.containsKey(t)
        || notes.values().stream().anyMatch(n -> n.title().equalsIgnoreCase(t));
  }

  /**
   * Refuses a note path that would leave the project; the path of a note in the index is its own
   * (the folder walk found it inside the project), whatever characters its name holds.
   */
  private void checkNotePath(String filePath) throws PathNotAllowedException {
    if (!notes.containsKey(filePath)) {
      PathGuard.checkName("Identifier", filePath);
    }
  }

  private static String urlPath(String identifier) {
    String s = identifier.strip();
    return s.startsWith("memory://") ? s.substring("memory://".length()) : s;
  }

  // ---- searching ----

  public SearchPage search(SearchRequest request) throws IOException, NotesException {
    if (request.page() < 1) {
      throw new NotesException("Error", "INVALID_PAGE", "page must be >= 1, got " + request.page());
    }
    if (request.pageSize() < 1) {
      throw new NotesException(
          "Error", "INVALID_PAGE", "page_size must be >= 1, got " + request.pageSize());
    }
    Optional<String> folder = request.folder().map(String::strip);
    if (folder.isPresent() && !folder.get().isEmpty() && !folder.get().equals("/")) {
      // refused as a note's folder is ("../x", "/etc", "~/x"): only folders inside the project,
      // which may hold a "~" inside a name ("Plans ~ Q3")
      PathGuard.checkName("Directory path", folder.get());
    }
    try {
      MetadataFilters.parse(request.metadataFilters());
    } catch (IllegalArgumentException e) {
      throw new NotesException("Error", "INVALID_METADATA_FILTER", e.getMessage());
    }
    for (String kind : request.rowKinds()) {
      if (!ROW_KINDS.contains(kind)) {
        throw new NotesException(
            "Error",
            "INVALID_ENTITY_TYPE",
            "Invalid entity type '" + kind + "'. Must be one of: " + String.join(", ", ROW_KINDS));
      }
    }
    if (request.searchType().equals("permalink")
        || request.query().strip().startsWith("memory://")) {
      return permalinkSearch(request);
    }
    if (request.rowKinds().equals(List.of("entity"))) {
      return index.search(request);
    }
    return itemSearch(request);
  }

  private static final List<String> ROW_KINDS = List.of("entity", "observation", "relation");

  /**
   * How many of the best-matching notes are read at a time for an observation/relation search: more
   * are read only while the page asked for is not filled.
   */
  private static final int CANDIDATE_NOTES = 300;

  /** At most this many batches are read for one search: a bound on its work. */
  private static final int CANDIDATE_BATCHES = 4;

  /**
   * Observation and relation rows: the notes that match the query and the filters are the
   * candidates (narrowed to notes that mention a wanted category), their rows are searched.
   */
  private SearchPage itemSearch(SearchRequest request) throws IOException, NotesException {
    String q = request.query().strip();
    if (!request.categories().isEmpty()) {
      String cats =
          "("
              + String.join(
                  " OR ",
                  request.categories().stream()
                      .map(c -> "\"" + c.replace("\"", "") + "\"")
                      .toList())
              + ")";
      q = q.isEmpty() ? cats : "(" + q + ") " + cats;
    }
    boolean bodies = !request.rowKinds().equals(List.of("relation"));
    LinkGraph g = graph();
    long wanted = (long) Math.max(1, request.page()) * Math.max(1, request.pageSize()) + 1;
    List<ItemSearch.Candidate> candidates = new ArrayList<>();
    SearchPage notesFound;
    SearchPage rows;
    int batch = 1;
    do { // the best notes first; more only while the page asked for is not filled
      notesFound = index.search(request.withQuery(q).withPage(batch++, CANDIDATE_NOTES), false);
      candidates.addAll(
          notesFound.results().parallelStream()
              .map(h -> candidate(h.filePath(), bodies, g))
              .flatMap(Optional::stream)
              .toList());
      rows = new ItemSearch().search(request, candidates);
    } while (notesFound.hasMore() && rows.total() < wanted && batch <= CANDIDATE_BATCHES);
    if (!notesFound.hasMore()) {
      return rows;
    }
    // notes left unread may hold more rows: the total so far is a lower bound
    return new SearchPage(rows.results(), rows.total(), rows.page(), rows.pageSize(), true, false);
  }

  private SearchPage permalinkSearch(SearchRequest request) throws NotesException {
    String q = urlPath(request.query());
    PathGuard.check("Identifier", q);
    List<NoteSummary> hits = matchPermalinks(q);
    long from = (long) (request.page() - 1) * request.pageSize();
    long to = from + request.pageSize();
    List<SearchHit> page = new ArrayList<>();
    for (long i = from; i < Math.min(hits.size(), to); i++) {
      NoteSummary n = hits.get((int) i);
      page.add(SearchHit.of(n, ""));
    }
    return new SearchPage(page, hits.size(), request.page(), request.pageSize(), hits.size() > to);
  }

  private List<NoteSummary> matchPermalinks(String q) {
    List<NoteSummary> out = new ArrayList<>();
    if (q.contains("*")) {
      StringBuilder regex = new StringBuilder();
      String[] parts = q.split("\\*", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          regex.append(".*");
        }
        String slug = Permalinks.slug(parts[i]);
        // keep the slashes that the slugger keeps, and an edge dash the user typed
        regex.append(
            Pattern.quote(parts[i].endsWith("/") && !slug.endsWith("/") ? slug + "/" : slug));
      }
      Pattern p = Pattern.compile(regex.toString());
      String prefix = Permalinks.slug(location.projectName()) + "/";
      Pattern prefixed = Pattern.compile(Pattern.quote(prefix) + regex);
      for (NoteSummary n : notes.values()) {
        if (p.matcher(n.permalink()).matches() || prefixed.matcher(n.permalink()).matches()) {
          out.add(n);
        }
      }
      out.sort(Comparator.comparing(NoteSummary::permalink));
      return out;
    }
    LinkGraph g = graph();
    String slug = Permalinks.slug(q);
    for (String c : List.of(q, slug, Permalinks.slug(location.projectName()) + "/" + slug)) {
      Optional<NoteSummary> n = g.byPermalink(c);
      if (n.isPresent()) {
        return List.of(n.get());
      }
    }
    return out;
  }

  private Optional<ItemSearch.Candidate> candidate(String path, boolean bodies, LinkGraph g) {
    NoteSummary n = notes.get(path);
    if (n == null) {
      return Optional.empty();
    }
    Optional<Note> file = Optional.empty();
    if (bodies) {
      try {
        file = parseFile(path, Optional.ofNullable(facts.get(path)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (file.isEmpty()) {
        return Optional.empty();
      }
    }
    List<ItemSearch.Resolved> relations =
        n.relations().stream()
            .map(
                r ->
                    new ItemSearch.Resolved(
                        r,
                        g.resolve(r.target(), Optional.of(n.filePath())).map(NoteSummary::title)))
            .toList();
    return Optional.of(
        new ItemSearch.Candidate(
            n,
            file.map(Note::observations).orElse(List.of()),
            file.map(Note::content).orElse(""),
            relations));
  }

  /** Notes changed within the timeframe, newest first. */
  public List<NoteSummary> recent(String timeframe, int page, int pageSize) throws NotesException {
    Instant since = Timeframe.since(timeframe, Instant.now());
    return notes.values().stream()
        .filter(n -> !n.modified().isBefore(since))
        .sorted(
            Comparator.comparing(NoteSummary::modified)
                .reversed()
                .thenComparing(NoteSummary::filePath))
        .skip((long) Math.max(0, page - 1) * pageSize)
        .limit(pageSize)
        .toList();
  }

  // ---- context ----

  /**
   * build_context: a memory:// URL (exact or with *), relation hops up to depth, a timeframe. As
   * basic-memory's context service: the notes the URL names are all primaries, whatever their age;
   * the timeframe limits what is related to them (see {@link #related}).
   */
  public ContextResult context(
      String url, int depth, String timeframe, int page, int pageSize, int maxRelated)
      throws NotesException, IOException {
    if (depth < 1 || depth > 3) {
      throw new NotesException(
          "Error", "INVALID_DEPTH", "depth must be between 1 and 3, got " + depth);
    }
    if (maxRelated < 0) { // 0 lists the primaries alone
      throw new NotesException(
          "Error", "INVALID_MAX_RELATED", "max_related must be >= 0, got " + maxRelated);
    }
    List<NoteSummary> primaries = atUrl(url);
    Instant since = Timeframe.since(timeframe, Instant.now());
    int from = (int) Math.min(primaries.size(), (long) (page - 1) * pageSize);
    List<NoteSummary> shown =
        primaries.subList(from, (int) Math.min(primaries.size(), (long) from + pageSize));
    List<ContextResult.Related> related = related(shown, depth, since, maxRelated);
    List<ContextResult.Item> items = new ArrayList<>();
    Map<String, Integer> observations = new HashMap<>();
    for (NoteSummary p : shown) {
      List<Observation> obs = readFile(p.filePath()).note().observations();
      observations.put(p.filePath(), obs.size());
      items.add(
          new ContextResult.Item(
              p,
              obs,
              related.stream().filter(r -> r.root().filePath().equals(p.filePath())).toList()));
    }
    // basic-memory counts the observations of every note listed, related ones too
    for (ContextResult.Related r : related) {
      if (r.kind().equals("entity") && !observations.containsKey(r.from().filePath())) {
        observations.put(
            r.from().filePath(), readFile(r.from().filePath()).note().observations().size());
      }
    }
    return new ContextResult(
        items,
        normalisedUrl(url),
        depth,
        timeframe,
        since,
        items.size(),
        related.size(),
        observations.values().stream().mapToInt(Integer::intValue).sum(),
        primaries.size() > from + shown.size());
  }

  /** A URL's path as basic-memory's context service looks it up: slugged, each part around a *. */
  static String normalisedUrl(String url) {
    String path = urlPath(url);
    if (!path.contains("*")) {
      return Permalinks.slug(path);
    }
    return java.util.Arrays.stream(path.split("\\*", -1))
        .map(part -> part.isEmpty() ? "" : Permalinks.slug(part))
        .collect(java.util.stream.Collectors.joining("*"));
  }

  /**
   * The notes a memory:// URL names, as build_context finds them: by permalink, with {@code *}
   * matching any part, or else the one note a permalink, title or path resolves to. A URL with
   * {@code ..}, {@code ~}, an absolute path or control characters is refused with basic-memory's
   * message.
   */
  public List<NoteSummary> atUrl(String url) throws NotesException {
    String path = urlPath(url);
    if (path.isEmpty()
        || path.contains("://")
        || path.contains("//")
        || path.matches(".*[<>\"|?].*")) {
      throw new NotesException("Error", "INVALID_URL", "Invalid memory URL: '" + url + "'");
    }
    PathGuard.checkControlCharacters("Identifier", path);
    if (!PathGuard.isAllowedName(path) && !namesANote(path)) {
      throw new PathNotAllowedException("Identifier", path);
    }
    List<NoteSummary> exact = matchPermalinks(path);
    if (path.contains("*") || !exact.isEmpty()) {
      return exact;
    }
    Optional<NoteSummary> resolved = graph().resolve(path, Optional.empty());
    if (resolved.isPresent()) {
      return List.of(resolved.get());
    }
    return bestTextMatch(path).map(List::of).orElse(List.of());
  }

  /**
   * Non-strict link resolution's last step: the best full-text hit for the words of a link ({@code
   * memory://lovelace} finds "Ada Lovelace").
   */
  private Optional<NoteSummary> bestTextMatch(String path) {
    String words = path.replaceAll("[/_\\-]+", " ").strip();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    try {
      SearchPage hits =
          index.search(
              new SearchRequest(
                  words, "text", List.of(), List.of(), Optional.empty(), Optional.empty(), 1, 1),
              false,
              false);
      return hits.results().stream().findFirst().flatMap(h -> byPath(h.filePath()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Notes and relations within {@code depth} hops of a note, both directions (the room's graph).
   */
  public List<ContextResult.Related> neighbourhood(
      NoteSummary start, int depth, Instant since, int max) {
    return related(List.of(start), depth, since, max);
  }

  /**
   * What build_context finds around some primary notes, as basic-memory's context query does: the
   * relations touching a note (its own and those pointing to it) and the notes at their other end,
   * hop by hop up to {@code depth}, each once for each primary at its nearest hop. Within the
   * timeframe by when notes were created: a relation counts when the note holding it was created
   * since then, a note when it was; a primary created before then has nothing related. Ordered by
   * hop, relations before the notes they reach, then by file (basic-memory's order of indexing); at
   * most {@code max} in all, over every primary.
   */
  public List<ContextResult.Related> related(
      List<NoteSummary> roots, int depth, Instant since, int max) {
    LinkGraph g = graph();
    record Row(ContextResult.Related related, int kind, String key) {}
    List<Row> rows = new ArrayList<>();
    for (NoteSummary root : roots) {
      if (root.created().isBefore(since)) {
        continue;
      }
      Set<String> relationsSeen = new HashSet<>();
      Set<String> notesSeen = new HashSet<>(Set.of(root.filePath()));
      List<NoteSummary> frontier = List.of(root);
      for (int hop = 1; hop <= depth && !frontier.isEmpty(); hop++) {
        List<NoteSummary> next = new ArrayList<>();
        for (NoteSummary n : frontier) {
          List<Backlink> touching = new ArrayList<>();
          n.relations().forEach(r -> touching.add(new Backlink(n, r)));
          touching.addAll(g.backlinks(n.filePath()));
          for (Backlink edge : touching) {
            NoteSummary holder = edge.source();
            if (holder.created().isBefore(since)) {
              continue;
            }
            Relation r = edge.relation();
            boolean outgoing = holder.filePath().equals(n.filePath());
            Optional<NoteSummary> to =
                outgoing ? g.resolve(r.target(), Optional.of(holder.filePath())) : Optional.of(n);
            String key =
                holder.filePath()
                    + String.format(Locale.ROOT, "\u0000%06d\u0000", holder.relations().indexOf(r))
                    + r;
            if (relationsSeen.add(key)) {
              rows.add(
                  new Row(
                      new ContextResult.Related(
                          "relation", r.type(), holder, to, r.target(), hop, root),
                      0,
                      key));
            }
            Optional<NoteSummary> other = outgoing ? to : Optional.of(holder);
            if (other.isPresent()
                && !other.get().created().isBefore(since)
                && notesSeen.add(other.get().filePath())) {
              NoteSummary o = other.get();
              next.add(o);
              rows.add(
                  new Row(
                      new ContextResult.Related(
                          "entity", "", o, Optional.empty(), o.title(), hop, root),
                      1,
                      o.filePath()));
            }
          }
        }
        frontier = next;
      }
    }
    return rows.stream()
        .sorted(
            Comparator.comparingInt((Row w) -> w.related().depth())
                .thenComparingInt(Row::kind)
                .thenComparing(Row::key))
        .limit(Math.max(0, max))
        .map(Row::related)
        .toList();
  }

  // ---- writing ----

  /** Where a new note with this title would go, and the permalink it would get. */
  public record Placement(String filePath, String permalink, boolean exists) {}

  public Placement placement(String title, String folder) throws NotesException {
    checkTitle(title, location.kebabFilenames());
    String dir = folder.strip();
    if (!dir.equals("/") && !dir.isEmpty()) {
      PathGuard.check("Directory path", dir);
    }
    String filePath =
        withoutDotSegments(Permalinks.filePath(dir, title, location.kebabFilenames()));
    refuseUnindexed("Note path", filePath, false);
    NoteSummary existing = notes.get(filePath);
    boolean exists = existing != null || Files.exists(inProject(filePath));
    String permalink =
        existing != null
            ? existing.permalink()
            : uniquePermalink(
                Permalinks.canonical(
                    location.projectName(), filePath, location.permalinksIncludeProject()),
                filePath);
    return new Placement(filePath, permalink, exists);
  }

  private String uniquePermalink(String base, String filePath) {
    String candidate = base;
    for (int i = 1; ; i++) {
      String owner = permalinkOwners.get(candidate);
      if (owner == null || owner.equals(filePath)) {
        return candidate;
      }
      candidate = base + "-" + i;
    }
  }

  /** The longest file name ext4, APFS and most file systems take. */
  private static final int MAX_FILE_NAME_BYTES = 255;

  /**
   * A title is not a path: basic-memory only makes a file name of it (reference §1.3, {@code
   * sanitize_for_filename}): "Replace / and \\ with -; replace any of < > : " | ? * with -.
   * Collapse runs of -. Strip leading/trailing . then leading/trailing -." So "GPU Memory: 80GB" is
   * written as {@code GPU Memory- 80GB.md}, "Q: Why?" as {@code Q- Why.md}, "../x" as {@code x.md}
   * and "a/../../b" as {@code a-..-..-b.md}: no title leads out of its folder, and none is refused
   * as a path (basic-memory's guard, §2.1, checks the directory, not the title). Refused here:
   * control characters, as everywhere; a title that leaves nothing for a file name ("??", "..");
   * one too long for a file system.
   */
  private static void checkTitle(String title, boolean kebab) throws NotesException {
    if (title.isBlank()) {
      throw new NotesException(
          "Error", "INVALID_TITLE", "Title is required: give the note a title.");
    }
    if (PathGuard.hasControlCharacters(title)) {
      throw new PathNotAllowedException("Title", title);
    }
    String name = Permalinks.fileName(title, kebab);
    if (name.equals(".md")) {
      throw new NotesException(
          "Error",
          "INVALID_TITLE",
          "Title '"
              + title
              + "' has no characters usable in a file name: / \\ < > : \" | ? * become dashes,"
              + " and dots and dashes at its ends are dropped. Give the title letters or digits.");
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_FILE_NAME_BYTES) {
      throw new NotesException(
          "Error",
          "TITLE_TOO_LONG",
          "Title is too long for a file name: "
              + bytes
              + " bytes as UTF-8 with .md, where file systems allow "
              + MAX_FILE_NAME_BYTES
              + ". Shorten it (a long description belongs in the note).");
    }
  }

  /**
   * write_note: creates a note (or replaces it with {@code overwrite}) in basic-memory's layout.
   */
  public synchronized WriteResult write(
      String title,
      String folder,
      String content,
      List<String> tags,
      String type,
      Map<String, Object> metadata,
      boolean overwrite)
      throws NotesException, IOException {
    return write(title, folder, content, tags, type, metadata, Optional.of(overwrite));
  }

  /**
   * write_note with {@code overwrite} as its caller gave it: when not given, the config's {@code
   * write_note_overwrite_default} applies (reference §2.2: "with overwrite unset the config
   * write_note_overwrite_default (default false) applies").
   */
  public synchronized WriteResult write(
      String title,
      String folder,
      String content,
      List<String> tags,
      String type,
      Map<String, Object> metadata,
      Optional<Boolean> overwriteGiven)
      throws NotesException, IOException {
    boolean overwrite = overwriteGiven.orElse(location.writeNoteOverwriteDefault());
    Placement place = placement(title, folder);
    Path file = inProject(place.filePath());
    Optional<NoteFile> existing = Optional.empty();
    if (place.exists()) {
      if (!overwrite) {
        throw new NoteExistsException(
            place.filePath(),
            Optional.ofNullable(notes.get(place.filePath()))
                .map(NoteSummary::permalink)
                .orElse(place.permalink()));
      }
      existing = Optional.of(readFile(place.filePath()));
    }
    Frontmatter given = Frontmatter.parse(content);
    Map<String, Object> extra = new LinkedHashMap<>();
    // merged as YAML typed them, as basic-memory does: draft: true stays a boolean
    existing.ifPresent(e -> extra.putAll(Frontmatter.typedValues(e.text())));
    extra.putAll(Frontmatter.typedValues(content));
    metadata.forEach(
        (k, v) -> {
          if (!Set.of("title", "type", "permalink").contains(k)) {
            extra.put(k, v);
          }
        });
    String permalink = place.permalink();
    Object wanted = given.values().get("permalink");
    if (wanted != null && !graph().permalinkTaken(wanted.toString(), place.filePath())) {
      permalink = wanted.toString();
    } else if (existing.isPresent()) {
      permalink = existing.get().note().permalink();
    }
    String noteType =
        given.values().containsKey("type")
            ? String.valueOf(given.values().get("type"))
            : snake(type);
    Map<String, Object> fm = new LinkedHashMap<>();
    fm.put("title", title);
    fm.put("type", noteType);
    fm.put("permalink", permalink);
    // one value is read as basic-memory reads a tags string: comma separated or a JSON array
    List<String> allTags =
        NoteParser.tags(
            tags.isEmpty()
                ? Frontmatter.normalise(extra.get("tags")) // typed: no: is "False", as read
                : tags.size() == 1 ? tags.get(0) : tags);
    extra.remove("tags");
    extra.remove("title");
    extra.remove("type");
    extra.remove("permalink");
    if (!allTags.isEmpty()) {
      fm.put("tags", allTags);
    }
    fm.putAll(extra);
    String text = FrontmatterWriter.block(fm) + "\n" + given.body();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      if (existing.isPresent()) {
        AtomicFileWriter.replace(file, bytes, existing.get().checksum());
      } else {
        AtomicFileWriter.create(file, bytes);
      }
    } catch (WriteConflictException e) {
      throw new NotesException("Error", "WRITE_CONFLICT", e.getMessage());
    }
    return afterWrite(place.filePath(), existing.isPresent() ? "updated" : "created");
  }

  private WriteResult afterWrite(String filePath, String action)
      throws IOException, NotesException {
    update(List.of(location.root().resolve(filePath)));
    index.commit();
    NoteFile now = readFile(filePath);
    LinkGraph g = graph();
    int unresolved =
        (int)
            now.note().relations().stream()
                .filter(r -> g.resolve(r.target(), Optional.of(filePath)).isEmpty())
                .count();
    return new WriteResult(action, now.note(), now.checksum(), unresolved);
  }

  /**
   * basic-memory's note_type normalisation ({@code schemas/base.py to_snake_case}): whitespace,
   * hyphens, backslashes and dots become underscores, camelCase is split, then lower case. "ML
   * Experiment" becomes ml_experiment, "Réunion" réunion; nothing else is changed.
   */
  static String snake(String type) {
    String t =
        type.strip()
            .replaceAll("(?U)[\\s\\-\\\\.]", "_")
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .toLowerCase(java.util.Locale.ROOT);
    return t.isEmpty() ? "note" : t;
  }

  /**
   * Saves the editor's full text over a note read earlier; a conflict (nothing written) when the
   * file changed on disk since.
   */
  public synchronized WriteResult save(String filePath, String text, String checksumWhenRead)
      throws WriteConflictException, IOException, NotesException {
    checkNotePath(filePath);
    if (text.indexOf('\uFFFD') >= 0) {
      // the text of a file that is not UTF-8 shows its unreadable bytes so: never written back
      FileVersion now = AtomicFileWriter.read(location.root().resolve(filePath));
      if (now.checksum().equals(checksumWhenRead)
          && !NoteParser.isUtf8(now.content(), new String(now.content(), StandardCharsets.UTF_8))) {
        throw notUtf8(filePath, "Save Failed");
      }
    }
    AtomicFileWriter.replace(
        inProject(filePath), text.getBytes(StandardCharsets.UTF_8), checksumWhenRead);
    return afterWrite(filePath, "updated");
  }

  /**
   * Rewrites a note that is not UTF-8 as UTF-8, reading its bytes in {@code from} (the user's
   * choice, after seeing the text so read); a conflict, nothing written, when the file changed on
   * disk since it was read.
   */
  public synchronized WriteResult convertToUtf8(
      String filePath, String checksumWhenRead, java.nio.charset.Charset from)
      throws WriteConflictException, IOException, NotesException {
    String text = decodedAs(filePath, from);
    AtomicFileWriter.replace(
        inProject(filePath), text.getBytes(StandardCharsets.UTF_8), checksumWhenRead);
    return afterWrite(filePath, "updated");
  }

  /** A note's bytes read in a charset of the user's choosing (to preview a conversion). */
  public String decodedAs(String filePath, java.nio.charset.Charset from)
      throws IOException, NotesException {
    checkNotePath(filePath);
    return new String(AtomicFileWriter.read(inProject(filePath)).content(), from);
  }

  /**
   * Writes again a note deleted on disk since it was read (the user saved it knowing that); a
   * conflict, nothing written, when a file is back at that path.
   */
  public synchronized WriteResult saveAgain(String filePath, String text)
      throws WriteConflictException, IOException, NotesException {
    checkNotePath(filePath);
    AtomicFileWriter.create(inProject(filePath), text.getBytes(StandardCharsets.UTF_8));
    return afterWrite(filePath, "created");
  }

  /** Writes the user's chosen text over whatever is on disk (after a conflict view). */
  public synchronized WriteResult overwrite(String filePath, String text)
      throws IOException, NotesException {
    checkNotePath(filePath);
    AtomicFileWriter.write(inProject(filePath), text.getBytes(StandardCharsets.UTF_8));
    return afterWrite(filePath, "updated");
  }

  /** edit_note: strict identifier; append/prepend create the note when it is missing. */
  public synchronized WriteResult edit(String identifier, NoteEdits.Edit edit)
      throws NotesException, IOException {
    return edit(identifier, edit, Map.of());
  }

  /**
   * edit_note with a metadata merge: the operation, then the frontmatter keys merged (title, type
   * and permalink excepted), the permalink kept, and the title following a changed first heading
   * when it used to equal it.
   */
  public synchronized WriteResult edit(
      String identifier, NoteEdits.Edit edit, Map<String, ?> metadata)
      throws NotesException, IOException {
    if (!NoteEdits.OPERATIONS.contains(edit.operation())) {
      NoteEdits.apply("", edit);
    }
    NoteEdits.rejectNullMetadata(metadata);
    List<NoteSummary> hits;
    try {
      hits = strict(identifier);
    } catch (NoteNotFoundException e) {
      if (edit.operation().equals("append") || edit.operation().equals("prepend")) {
        String id = urlPath(identifier);
        int slash = id.lastIndexOf('/');
        String folder = slash < 0 ? "" : id.substring(0, slash);
        String title = id.substring(slash + 1);
        Object type = metadata.get("type");
        return write(
            title,
            folder,
            edit.content(),
            List.of(),
            type == null ? "note" : type.toString(),
            new LinkedHashMap<>(metadata),
            false);
      }
      throw new NotesException("Edit Failed - Note Not Found", "NOTE_NOT_FOUND", e.getMessage());
    }
    NoteFile file = readFile(hits.get(0).filePath());
    requireUtf8(file, "Edit Failed");
    boolean metadataOnly =
        !metadata.isEmpty()
            && edit.content().isEmpty()
            && (edit.operation().equals("append") || edit.operation().equals("prepend"));
    String updated = metadataOnly ? file.text() : NoteEdits.apply(file.text(), edit);
    updated = NoteEdits.mergeMetadata(updated, metadata);
    updated = NoteEdits.inLineEndingsOf(file.text(), keepIdentity(file, updated));
    try {
      AtomicFileWriter.replace(
          inProject(file.note().filePath()),
          updated.getBytes(StandardCharsets.UTF_8),
          file.checksum());
    } catch (WriteConflictException e) {
      throw new NotesException("Edit Failed - Conflict", "WRITE_CONFLICT", e.getMessage());
    }
    return afterWrite(file.note().filePath(), "updated");
  }

  /**
   * After an edit, as basic-memory: the frontmatter holds the note's permalink (an edited one is
   * kept when no other note owns it), and a title that equalled the first heading follows it.
   */
  private String keepIdentity(NoteFile before, String text) throws NotesException {
    Frontmatter fm = Frontmatter.parse(text);
    if (fm.problem().isPresent()) {
      return text;
    }
    Map<String, Object> set = new LinkedHashMap<>();
    if (fm.values().isEmpty()) {
      // a note without frontmatter gets what basic-memory's sync would add: title, type, permalink
      set.put("title", before.note().title());
      set.put("type", before.note().type());
    }
    Object wanted = fm.values().get("permalink");
    String current = before.note().permalink();
    if (wanted == null
        || wanted.toString().isEmpty()
        || (!wanted.toString().equals(current)
            && graph().permalinkTaken(wanted.toString(), before.note().filePath()))) {
      set.put("permalink", current);
    }
    String title = before.note().title();
    Object preparedTitle = fm.values().getOrDefault("title", title);
    Optional<String> oldH1 = NoteEdits.firstH1(Frontmatter.parse(before.text()).body());
    Optional<String> newH1 = NoteEdits.firstH1(fm.body());
    if (newH1.isPresent()
        && !newH1.get().equals(preparedTitle.toString())
        && oldH1.equals(Optional.of(title))
        && title.equals(preparedTitle.toString())) {
      set.put("title", newH1.get());
    }
    return set.isEmpty() ? text : NoteEdits.setFrontmatter(text, set);
  }

  /** move_note: same project, permalink kept (unless update_permalinks_on_move). */
  public synchronized WriteResult move(
      String identifier, String destinationPath, boolean isFolderDestination)
      throws NotesException, IOException {
    NoteSummary source = strict(identifier).get(0);
    String dest = destinationPath.strip().replace('\\', '/');
    PathGuard.check("Destination path", dest);
    if (isFolderDestination) {
      String dir = Permalinks.directory(dest);
      String name = source.filePath().substring(source.filePath().lastIndexOf('/') + 1);
      dest = dir.isEmpty() ? name : dir + "/" + name;
    } else {
      int dot = dest.lastIndexOf('.');
      if (dot < 0 || dot < dest.lastIndexOf('/')) {
        throw new NotesException(
            "Move Failed - File Extension Required",
            "EXTENSION_REQUIRED",
            "Destination path '"
                + dest
                + "' must include a file extension ("
                + NoteExtensions.of(source.filePath())
                + ").");
      }
      String sourceExtension = NoteExtensions.of(source.filePath());
      if (!dest.substring(dot).equalsIgnoreCase(sourceExtension)) {
        throw new NotesException(
            "Move Failed - File Extension Mismatch",
            "EXTENSION_MISMATCH",
            "Destination '" + dest + "' must keep the source's extension " + sourceExtension + ".");
      }
    }
    dest = withoutDotSegments(dest);
    refuseUnindexed("Destination path", dest, false);
    if (dest.equals(source.filePath())) {
      throw new NotesException(
          "Move Failed - Destination Same As Source",
          "SAME_PATH",
          "Destination '" + dest + "' is the note's current path.");
    }
    Path target = inProject(dest).normalize();
    if (!target.startsWith(location.root())) {
      throw new PathNotAllowedException("Destination path", destinationPath);
    }
    NoteFile file = readFile(source.filePath());
    String text = file.text();
    if (!file.utf8()) {
      return moveBytes(source.filePath(), target, dest);
    }
    if (location.updatePermalinksOnMove() || !file.note().frontmatter().containsKey("permalink")) {
      String permalink =
          location.updatePermalinksOnMove()
              ? uniquePermalink(
                  Permalinks.canonical(
                      location.projectName(), dest, location.permalinksIncludeProject()),
                  dest)
              : file.note().permalink();
      text = NoteEdits.inLineEndingsOf(text, withPermalinkInText(text, permalink));
    }
    try {
      AtomicFileWriter.create(target, text.getBytes(StandardCharsets.UTF_8));
    } catch (WriteConflictException e) {
      throw destinationExists(dest);
    }
    keepPermissions(inProject(source.filePath()), target);
    Files.delete(inProject(source.filePath()));
    update(List.of(location.root().resolve(source.filePath())));
    return afterWrite(dest, "moved");
  }

  /**
   * Moves a note that is not UTF-8 as it is: no permalink is written into it (that would lose the
   * bytes that cannot be read), so one that had none in its frontmatter takes its new path's.
   */
  private WriteResult moveBytes(String from, Path target, String dest)
      throws NotesException, IOException {
    Files.createDirectories(target.getParent());
    try {
      Files.move(inProject(from), target);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw destinationExists(dest);
    }
    update(List.of(location.root().resolve(from)));
    return afterWrite(dest, "moved");
  }

  /** A moved note keeps its permissions, as a renamed file does. */
  private static void keepPermissions(Path from, Path to) {
    try {
      if (Files.getFileStore(from).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the new file keeps the umask's permissions
    }
  }

  private static NotesException destinationExists(String dest) {
    return new NotesException(
        "Move Failed - Destination Exists",
        "DESTINATION_EXISTS",
        "Destination '" + dest + "' already exists. Choose another path or move that note first.");
  }

  private static String withPermalinkInText(String text, String permalink) {
    Frontmatter fm = Frontmatter.parse(text);
    // written again as YAML typed the values: a date stays a date, as basic-memory writes it
    Map<String, Object> values = new LinkedHashMap<>(Frontmatter.typedValues(text));
    values.put("permalink", permalink);
    return FrontmatterWriter.block(values) + (fm.values().isEmpty() ? "\n" : "") + fm.body();
  }

  /** delete_note: removes the file; false when no note matches. */
  public synchronized boolean delete(String identifier) throws NotesException, IOException {
    NoteSummary n;
    try {
      n = strict(identifier).get(0);
    } catch (NoteNotFoundException e) {
      return false;
    }
    Path file = inProject(n.filePath());
    boolean deleted = Files.deleteIfExists(file);
    update(List.of(file));
    index.commit();
    return deleted;
  }

  // ---- folders ----

  /** What a folder move or delete did: the folder, where it went ("" on delete), its notes. */
  public record FolderChange(String folder, String destination, List<String> notes) {
    public FolderChange {
      notes = List.copyOf(notes);
    }
  }

  /** How a deleted folder leaves the disk (the room passes the system trash). */
  @FunctionalInterface
  public interface Remover {
    void remove(Path folder) throws IOException;
  }

  /** Deletes a folder and everything in it for good, as basic-memory's delete_note does. */
  public static final Remover PERMANENTLY =
      folder -> {
        try (var walk = Files.walk(folder)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      };

  /**
   * A folder inside the project as a plain relative path: "{@code .}" segments and extra slashes go
   * ({@code ml/./training/} is {@code ml/training}); the project itself ({@code .}, {@code /}) and
   * traversal are refused.
   */
  private static String folderInside(String what, String folder) throws NotesException {
    String f = folder.strip().replace('\\', '/').replaceAll("^/+|/+$", "");
    PathGuard.check(what, f);
    if (f.isEmpty()) {
      throw new PathNotAllowedException(what, folder);
    }
    String plain = withoutDotSegments(f);
    if (plain.isEmpty()) {
      throw new NotesException(
          "Error",
          "PROJECT_FOLDER",
          "'"
              + folder
              + "' is the project's own folder, not a folder in it: name a folder inside the"
              + " project.");
    }
    return plain;
  }

  /**
   * Refuses a note path that would not be indexed: in a hidden folder or with a hidden name, or
   * excluded by the project's {@code .gitignore} or {@code .bmignore}. basic-memory (and this app)
   * skip such files, so the note could never be read, found or moved again.
   */
  private void refuseUnindexed(String what, String relativePath, boolean folder)
      throws NotesException {
    for (String segment : relativePath.split("/")) {
      if (segment.startsWith(".") && !segment.equals(".")) {
        throw new NotesException(
            "Error",
            "HIDDEN_PATH",
            what
                + " '"
                + relativePath
                + "' is hidden ('"
                + segment
                + "' starts with a dot): hidden files and folders are not indexed, so the note"
                + " could not be found again. Choose a name that does not start with a dot.");
      }
    }
    if (ignore.isIgnored(relativePath, folder)) {
      throw new NotesException(
          "Error",
          "IGNORED_PATH",
          what
              + " '"
              + relativePath
              + "' is excluded by the project's .gitignore or .bmignore: it would not be"
              + " indexed, so the note could not be found again. Choose another folder or name.");
    }
  }

  /**
   * A relative path without "." segments or doubled slashes: {@code a/./b//c.md} is {@code
   * a/b/c.md}.
   */
  private static String withoutDotSegments(String path) {
    return java.util.Arrays.stream(path.split("/"))
        .filter(s -> !s.isEmpty() && !s.equals("."))
        .collect(java.util.stream.Collectors.joining("/"));
  }

  private String existingFolder(String what, String folder) throws NotesException {
    String f = folderInside(what, folder);
    if (!Files.isDirectory(inProject(f))) { // a linked folder elsewhere is refused, not walked
      throw new NotesException(
          "Folder Not Found",
          "FOLDER_NOT_FOUND",
          "Folder '" + f + "' not found in project '" + location.projectName() + "'.");
    }
    return f;
  }

  private List<String> notesUnder(String folder) {
    return notes.keySet().stream().filter(p -> p.startsWith(folder + "/")).sorted().toList();
  }

  /**
   * move_note with is_directory: the folder tree moves to {@code destination} (merged into it when
   * it exists, refused before anything moves when a file would be overwritten); every note keeps
   * its permalink unless update_permalinks_on_move is set.
   */
  public synchronized FolderChange moveFolder(String folder, String destination)
      throws NotesException, IOException {
    String from = existingFolder("Identifier", folder);
    String to = folderInside("Destination path", destination);
    refuseUnindexed("Destination path", to, true);
    if (to.equals(from)) {
      throw new NotesException(
          "Move Failed - Destination Same As Source",
          "SAME_PATH",
          "Destination '" + destination + "' is not a new folder for '" + from + "'.");
    }
    if (to.startsWith(from + "/")) {
      throw new NotesException(
          "Move Failed - Invalid Destination",
          "INVALID_DESTINATION",
          "Cannot move folder '" + from + "' into itself ('" + to + "').");
    }
    Path src = location.root().resolve(from);
    Path dst = inProject(to).normalize();
    if (!dst.startsWith(location.root())) {
      throw new PathNotAllowedException("Destination path", destination);
    }
    List<String> before = notesUnder(from);
    Map<String, String> permalinks = new HashMap<>();
    before.forEach(p -> permalinks.put(p, notes.get(p).permalink()));
    List<Path> files;
    try (var walk = Files.walk(src)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      if (Files.exists(dst.resolve(src.relativize(f)))) {
        throw new NotesException(
            "Move Failed - Destination Exists",
            "DESTINATION_EXISTS",
            "Destination '"
                + relative(dst.resolve(src.relativize(f)))
                + "' already exists. Nothing was moved; choose another folder.");
      }
    }
    if (!Files.exists(dst)) {
      Files.createDirectories(dst.getParent());
      Files.move(src, dst);
    } else {
      for (Path f : files) {
        Path target = dst.resolve(src.relativize(f));
        Files.createDirectories(target.getParent());
        Files.move(f, target);
      }
      PERMANENTLY.remove(src);
    }
    List<String> after = new ArrayList<>();
    List<Path> changed = new ArrayList<>();
    for (String p : before) {
      String q = to + p.substring(from.length());
      after.add(q);
      keepPermalinkAfterMove(q, permalinks.get(p));
      changed.add(location.root().resolve(p));
    }
    // file by file: the old paths are forgotten first, so the moved notes keep their permalinks
    after.forEach(q -> changed.add(location.root().resolve(q)));
    update(changed);
    index.commit();
    return new FolderChange(from, to, after);
  }

  private void keepPermalinkAfterMove(String filePath, String permalink)
      throws IOException, NotesException {
    Path file = location.root().resolve(filePath);
    FileVersion v = AtomicFileWriter.read(file);
    String text = new String(v.content(), StandardCharsets.UTF_8);
    if (!NoteParser.isUtf8(v.content(), text)) {
      return; // left as it is: writing it back would lose the bytes that cannot be read
    }
    Frontmatter fm = Frontmatter.parse(text);
    String wanted = permalink;
    if (location.updatePermalinksOnMove()) {
      wanted =
          uniquePermalink(
              Permalinks.canonical(
                  location.projectName(), filePath, location.permalinksIncludeProject()),
              filePath);
    } else if (fm.values().containsKey("permalink") || fm.problem().isPresent()) {
      return;
    }
    String updated = NoteEdits.setFrontmatter(text, Map.of("permalink", wanted));
    try {
      AtomicFileWriter.replace(file, updated.getBytes(StandardCharsets.UTF_8), v.checksum());
    } catch (WriteConflictException e) {
      throw new NotesException("Move Failed - Conflict", "WRITE_CONFLICT", e.getMessage());
    }
  }

  /** delete_note with is_directory: the folder and all it holds; empty when there is none. */
  public synchronized Optional<FolderChange> deleteFolder(String folder, Remover remover)
      throws NotesException, IOException {
    String f;
    try {
      f = existingFolder("Identifier", folder);
    } catch (NotesException e) {
      if (e.code().equals("FOLDER_NOT_FOUND")) {
        return Optional.empty();
      }
      throw e;
    }
    List<String> inside = notesUnder(f);
    Path dir = location.root().resolve(f);
    remover.remove(dir);
    update(List.of(dir));
    index.commit();
    return Optional.of(new FolderChange(f, "", inside));
  }

  /**
   * The file of a note path. A path that leads out of the project through a symbolic link to a
   * folder elsewhere is refused, as basic-memory refuses it: nothing is read or written there.
   */
  private Path inProject(String rel) throws PathNotAllowedException {
    Path file = location.root().resolve(rel).normalize();
    try {
      Path root = location.root().toRealPath();
      Path existing = file;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing != null && !existing.toRealPath().startsWith(root)) {
        throw new PathNotAllowedException("Path", rel);
      }
    } catch (IOException e) {
      // the folder cannot be read: the write itself says why
    }
    return file;
  }

  /** The absolute file of a note path (for the room: trash, open in editor). */
  public Path fileOf(String filePath) throws NotesException {
    checkNotePath(filePath);
    return inProject(filePath);
  }
}
