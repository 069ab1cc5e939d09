package dev.agentworkbench.memory.links;

import dev.agentworkbench.memory.NoteExtensions;
import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.Permalinks;
import dev.agentworkbench.memory.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves link targets as basic-memory's LinkResolver does (permalink, title, path; for a title
 * held by several notes the one closest to the linking note) and keeps the backlinks.
 */
public final class LinkGraph {
  private final String projectSlug;
  private final LayeredMap<String, NoteSummary> byPath;
  private final LayeredMap<String, NoteSummary> byPermalink;
  private final LayeredMap<String, List<NoteSummary>> byTitle;
  private final LayeredMap<String, List<NoteSummary>> byTitleLower;
  private final LayeredMap<String, List<NoteSummary>> byPathAlias;
  private final LayeredMap<String, List<Backlink>> incoming;
  private final LayeredMap<String, List<Backlink>> incomingWithSlash;

  /** Link targets' slugs, a pure function of the target: shared by every generation. */
  private final Map<String, String> slugs;

  public LinkGraph(Collection<NoteSummary> notes, String projectName) {
    this.projectSlug = Permalinks.slug(projectName);
    byPath = new LayeredMap<>();
    byPermalink = new LayeredMap<>();
    byTitle = new LayeredMap<>();
    byTitleLower = new LayeredMap<>();
    byPathAlias = new LayeredMap<>();
    incoming = new LayeredMap<>();
    incomingWithSlash = new LayeredMap<>();
    slugs = new java.util.concurrent.ConcurrentHashMap<>();
    for (NoteSummary n : notes) {
      file(n, false);
    }
    // Backlinks are found lazily: every link is filed under the names it could mean, and a note's
    // backlinks are the links filed under its own names that really resolve to it.
    for (NoteSummary n : notes) {
      fileLinks(n, false);
    }
  }

  /** The next generation of {@code base}: equal to it, and changed without changing it. */
  private LinkGraph(LinkGraph base) {
    this.projectSlug = base.projectSlug;
    byPath = base.byPath.next();
    byPermalink = base.byPermalink.next();
    byTitle = base.byTitle.next();
    byTitleLower = base.byTitleLower.next();
    byPathAlias = base.byPathAlias.next();
    incoming = base.incoming.next();
    incomingWithSlash = base.incomingWithSlash.next();
    slugs = base.slugs;
  }

  /**
   * The graph after the notes at {@code paths} changed (or were added or deleted); {@code after}
   * are those of them that exist now. Only their entries are refiled, on top of tables shared with
   * this graph ({@link LayeredMap}), so a change costs about what it touches; this graph stays as
   * it was.
   */
  public LinkGraph withChanges(Collection<String> paths, Collection<NoteSummary> after) {
    LinkGraph g = new LinkGraph(this);
    paths.forEach(g::unfile);
    after.forEach(n -> g.file(n, true));
    after.forEach(n -> g.fileLinks(n, true));
    return g;
  }

  private void file(NoteSummary n, boolean copy) {
    byPath.put(n.filePath(), n);
    if (!n.permalink().isEmpty()) {
      byPermalink.putIfAbsent(n.permalink(), n);
    }
    add(byTitle, n.title(), n, copy);
    add(byTitleLower, n.title().toLowerCase(Locale.ROOT), n, copy);
    add(byPathAlias, alias(n.filePath()), n, copy);
  }

  private void fileLinks(NoteSummary n, boolean copy) {
    for (Relation r : n.relations()) {
      String t = normalise(r.target()).toLowerCase(Locale.ROOT);
      Backlink b = new Backlink(n, r);
      add(incoming, t, b, copy);
      if (t.contains("/")) {
        add(incomingWithSlash, t, b, copy);
      }
    }
  }

  private void unfile(String path) {
    NoteSummary held = byPath.remove(path);
    if (held == null) {
      return;
    }
    byPermalink.remove(held.permalink(), held);
    remove(byTitle, held.title(), x -> x.filePath().equals(path));
    remove(byTitleLower, held.title().toLowerCase(Locale.ROOT), x -> x.filePath().equals(path));
    remove(byPathAlias, alias(path), x -> x.filePath().equals(path));
    for (Relation r : held.relations()) {
      String t = normalise(r.target()).toLowerCase(Locale.ROOT);
      remove(incoming, t, b -> b.source().filePath().equals(path));
      remove(incomingWithSlash, t, b -> b.source().filePath().equals(path));
    }
  }

  /** Files a value under a key; with {@code copy} the list is replaced, never changed in place. */
  private static <V> void add(Map<String, List<V>> map, String key, V value, boolean copy) {
    List<V> old = map.get(key);
    List<V> list = old == null ? new ArrayList<>() : copy ? new ArrayList<>(old) : old;
    list.add(value);
    map.put(key, list);
  }

  private static <V> void remove(
      Map<String, List<V>> map, String key, java.util.function.Predicate<V> which) {
    List<V> old = map.get(key);
    if (old == null) {
      return;
    }
    List<V> list = new ArrayList<>(old);
    list.removeIf(which);
    if (list.isEmpty()) {
      map.remove(key);
    } else {
      map.put(key, list);
    }
  }

  private static String alias(String path) {
    String p = path.toLowerCase(Locale.ROOT).replace('_', '-');
    return NoteExtensions.strip(p);
  }

  /** Strips {@code memory://}, an {@code |alias} and a {@code #section} from a link text. */
  public static String normalise(String target) {
    String t = target.strip();
    if (t.startsWith("memory://")) {
      t = t.substring("memory://".length());
    }
    int bar = t.indexOf('|');
    if (bar >= 0) {
      t = t.substring(0, bar);
    }
    int hash = t.indexOf('#');
    if (hash > 0) {
      t = t.substring(0, hash);
    }
    return t.strip();
  }

  /** The note a link points to, or empty for a forward reference. */
  public Optional<NoteSummary> resolve(String rawTarget, Optional<String> sourcePath) {
    String t = normalise(rawTarget);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> sourceFolder = sourcePath.map(LinkGraph::folderOf);
    if (sourceFolder.isPresent() && t.contains("/")) {
      String rel = sourceFolder.get().isEmpty() ? t : sourceFolder.get() + "/" + t;
      NoteSummary hit = byPath.getOrDefault(rel, byPath.get(rel + ".md"));
      if (hit != null) {
        return Optional.of(hit);
      }
    }
    List<NoteSummary> candidates = exactCandidates(t);
    if (!candidates.isEmpty()) {
      return Optional.of(closest(candidates, sourceFolder));
    }
    List<NoteSummary> lower = byTitleLower.getOrDefault(t.toLowerCase(Locale.ROOT), List.of());
    if (!lower.isEmpty()) {
      return Optional.of(closest(lower, sourceFolder));
    }
    NoteSummary path = byPath.getOrDefault(t, byPath.get(t + ".md"));
    if (path != null) {
      return Optional.of(path);
    }
    List<NoteSummary> aliased = byPathAlias.getOrDefault(alias(t), List.of());
    return aliased.size() == 1 ? Optional.of(aliased.get(0)) : Optional.empty();
  }

  /** Notes matching an identifier exactly (permalink, title, path), for destructive operations. */
  public List<NoteSummary> strict(String identifier) {
    String t = normalise(identifier);
    for (String p : permalinkCandidates(t)) {
      NoteSummary n = byPermalink.get(p);
      if (n != null) {
        return List.of(n);
      }
    }
    NoteSummary path = byPath.getOrDefault(t, byPath.get(t + ".md"));
    if (path != null) {
      return List.of(path);
    }
    List<NoteSummary> titled = byTitle.getOrDefault(t, List.of());
    if (titled.isEmpty()) {
      titled = byTitleLower.getOrDefault(t.toLowerCase(Locale.ROOT), List.of());
    }
    return new ArrayList<>(titled);
  }

  private List<NoteSummary> exactCandidates(String t) {
    Map<String, NoteSummary> out = new java.util.LinkedHashMap<>();
    for (String p : permalinkCandidates(t)) {
      NoteSummary n = byPermalink.get(p);
      if (n != null) {
        out.putIfAbsent(n.filePath(), n);
      }
    }
    for (NoteSummary n : byTitle.getOrDefault(t, List.of())) {
      out.putIfAbsent(n.filePath(), n);
    }
    return new ArrayList<>(out.values());
  }

  private List<String> permalinkCandidates(String t) {
    String slug = slugs.computeIfAbsent(t, Permalinks::slug);
    return List.of(t, slug, projectSlug + "/" + t, projectSlug + "/" + slug);
  }

  private static NoteSummary closest(List<NoteSummary> candidates, Optional<String> sourceFolder) {
    Comparator<NoteSummary> order =
        Comparator.<NoteSummary>comparingInt(n -> distance(n.folder(), sourceFolder))
            .thenComparingInt(n -> n.filePath().length())
            .thenComparing(NoteSummary::filePath);
    return candidates.stream().min(order).orElseThrow();
  }

  /**
   * basic-memory's proximity ({@code _find_closest_entity}): the same folder 0, an ancestor the
   * number of levels up, a descendant 100 and the levels down, anything else 1000.
   */
  private static int distance(String folder, Optional<String> source) {
    if (source.isEmpty()) {
      return 0;
    }
    String s = source.get();
    if (folder.equals(s)) {
      return 0;
    }
    if (folder.isEmpty() || s.startsWith(folder + "/")) {
      return levels(s) - levels(folder);
    }
    if (s.isEmpty() || folder.startsWith(s + "/")) {
      return 100 + levels(folder) - levels(s);
    }
    return 1000;
  }

  private static int levels(String folder) {
    return folder.isEmpty() ? 0 : (int) folder.chars().filter(c -> c == '/').count() + 1;
  }

  static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** Relations of other notes that resolve to this note. */
  public List<Backlink> backlinks(String filePath) {
    NoteSummary self = byPath.get(filePath);
    if (self == null) {
      return List.of();
    }
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    names.add(self.title().toLowerCase(Locale.ROOT));
    names.add(self.permalink().toLowerCase(Locale.ROOT));
    names.add(Permalinks.slug(self.title()));
    if (self.permalink().startsWith(projectSlug + "/")) {
      names.add(self.permalink().substring(projectSlug.length() + 1));
    }
    String path = self.filePath().toLowerCase(Locale.ROOT);
    names.add(path);
    names.add(NoteExtensions.strip(path));
    names.add(alias(self.filePath()));
    java.util.Map<Backlink, Boolean> found = new java.util.IdentityHashMap<>();
    List<Backlink> out = new ArrayList<>();
    for (String name : names) {
      for (Backlink b : incoming.getOrDefault(name, List.of())) {
        if (found.put(b, Boolean.TRUE) == null
            && resolve(b.relation().target(), Optional.of(b.source().filePath()))
                .map(t -> t.filePath().equals(filePath))
                .orElse(false)) {
          out.add(b);
        }
      }
    }
    // links written as a path relative to the linking note's folder
    for (Map.Entry<String, List<Backlink>> e : incomingWithSlash.entrySet()) {
      if (path.endsWith(NoteExtensions.isNote(e.getKey()) ? e.getKey() : e.getKey() + ".md")) {
        for (Backlink b : e.getValue()) {
          if (found.put(b, Boolean.TRUE) == null
              && resolve(b.relation().target(), Optional.of(b.source().filePath()))
                  .map(t -> t.filePath().equals(filePath))
                  .orElse(false)) {
            out.add(b);
          }
        }
      }
    }
    return out;
  }

  public Optional<NoteSummary> byPath(String filePath) {
    return Optional.ofNullable(byPath.get(filePath));
  }

  public Optional<NoteSummary> byPermalink(String permalink) {
    return Optional.ofNullable(byPermalink.get(permalink));
  }

  public boolean permalinkTaken(String permalink, String exceptPath) {
    NoteSummary n = byPermalink.get(permalink);
    return n != null && !n.filePath().equals(exceptPath);
  }

  public Collection<NoteSummary> all() {
    return byPath.values();
  }
}
