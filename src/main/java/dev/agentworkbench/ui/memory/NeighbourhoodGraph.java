package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.ContextResult;
import dev.agentworkbench.memory.NoteSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;

/** A radial drawing of a note's neighbourhood: the note in the middle, one ring per hop. */
final class NeighbourhoodGraph extends Pane {
  private final Consumer<String> open;

  NeighbourhoodGraph(Consumer<String> open) {
    this.open = open;
    getStyleClass().add("memory-graph");
    setMinSize(300, 300);
    widthProperty().addListener((o, a, b) -> drawIfShown());
    heightProperty().addListener((o, a, b) -> drawIfShown());
  }

  private boolean active;
  private boolean stale;

  /** Shown or hidden: a hidden graph only remembers what to draw. */
  void setActive(boolean active) {
    this.active = active;
    if (active && stale) {
      draw();
    }
  }

  private void drawIfShown() {
    if (active) {
      draw();
    } else {
      stale = true;
    }
  }

  private NoteSummary center;
  private List<ContextResult.Related> related = List.of();
  private int total;

  /**
   * Draws the note's neighbourhood.
   *
   * @param related the notes and links to draw, the nearest of the neighbourhood
   * @param total how many notes and links the neighbourhood holds in all: more than are drawn is
   *     said above the drawing
   */
  void show(NoteSummary center, List<ContextResult.Related> related, int total) {
    this.center = center;
    this.related = related;
    this.total = total;
    drawIfShown();
  }

  /**
   * What is drawn: each note's hop, title, name beside its dot and links, one line per pair of
   * linked notes.
   */
  private record Drawing(
      Map<String, Integer> depthOf,
      Map<String, String> titles,
      Map<String, String> names,
      Map<String, String[]> edges) {}

  private Drawing collect() {
    Map<String, Integer> depthOf = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    depthOf.put(center.filePath(), 0);
    titles.put(center.filePath(), center.title());
    // one line per pair of notes, saying every relation between them
    Map<String, String[]> edges = new LinkedHashMap<>();
    for (ContextResult.Related r : related) {
      if (!r.kind().equals("relation")) {
        continue;
      }
      NoteSummary a = r.from();
      // a link to a note not written yet is drawn too, hollow: a forward reference, one hop
      // beyond the note that holds it, on its side of the drawing
      String b = r.to().map(NoteSummary::filePath).orElse(MISSING + r.toName());
      titles.putIfAbsent(a.filePath(), a.title());
      depthOf.putIfAbsent(a.filePath(), r.depth());
      titles.putIfAbsent(b, r.to().map(NoteSummary::title).orElse(r.toName()));
      depthOf.putIfAbsent(b, r.depth());
      String pair =
          a.filePath().compareTo(b) < 0 ? a.filePath() + "\0" + b : b + "\0" + a.filePath();
      String[] edge = edges.putIfAbsent(pair, new String[] {a.filePath(), b, r.relationType()});
      if (edge != null && !List.of(edge[2].split(", ")).contains(r.relationType())) {
        edge[2] = edge[2] + ", " + r.relationType();
      }
    }
    return new Drawing(depthOf, titles, toldApart(titles), edges);
  }

  /**
   * What each note's name says: its title, and when another drawn note has the same title, the end
   * of its folder, as much of it as tells them apart ("Learning Rate Warmup · archive/"); their
   * tooltips give the whole path.
   */
  private static Map<String, String> toldApart(Map<String, String> titles) {
    Map<String, List<String>> byTitle = new LinkedHashMap<>();
    titles.forEach(
        (path, title) -> {
          if (!path.startsWith(MISSING)) {
            byTitle.computeIfAbsent(title, t -> new ArrayList<>()).add(path);
          }
        });
    Map<String, String> names = new LinkedHashMap<>(titles);
    byTitle.forEach(
        (title, paths) -> {
          if (paths.size() > 1) {
            where(paths).forEach((path, where) -> names.put(path, title + " \u00b7 " + where));
          }
        });
    return names;
  }

  /**
   * The shortest ends of the notes' folders that tell the notes apart ("archive/", "…/training/",
   * "project root"); their file paths when they share a folder.
   */
  private static Map<String, String> where(List<String> paths) {
    int deepest = paths.stream().mapToInt(p -> folders(p).size()).max().orElse(0);
    for (int k = 1; k <= deepest; k++) {
      Map<String, String> ends = new LinkedHashMap<>();
      for (String path : paths) {
        List<String> folders = folders(path);
        String end =
            String.join("/", folders.subList(Math.max(0, folders.size() - k), folders.size()));
        ends.put(
            path,
            folders.isEmpty() ? "project root" : (folders.size() > k ? "\u2026/" : "") + end + "/");
      }
      if (Set.copyOf(ends.values()).size() == paths.size()) {
        return ends;
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    paths.forEach(path -> files.put(path, path));
    return files;
  }

  /** The folders a note's file lies in, outermost first. */
  private static List<String> folders(String path) {
    List<String> parts = List.of(path.split("/"));
    return parts.subList(0, parts.size() - 1);
  }

  private void draw() {
    stale = false;
    getChildren().clear();
    if (center == null) {
      return;
    }
    Drawing g = collect();
    double w = Math.max(getWidth(), 300);
    Optional<Bounds> cap = sayCap(w);
    // the drawing keeps below the cap's note
    double top = cap.map(Bounds::getMaxY).orElse(0.0);
    double h = Math.max(getHeight(), 300) - top;
    double cx = w / 2;
    double cy = top + h / 2;
    int deepest = g.depthOf().values().stream().mapToInt(Integer::intValue).max().orElse(1);
    // the rings are ellipses as wide and as high as the pane allows: the outer one keeps room for
    // its names beside it; one hop is drawn as wide as three
    double labelRoom = labelRoom(g, deepest, w);
    double ringX = Math.max(60, w / 2 - labelRoom) / Math.max(1, deepest);
    double ringY = Math.max(60, h / 2 - 24) / Math.max(1, deepest);
    Sketch sketch = new Sketch(g, w);
    cap.ifPresent(sketch.named::add);
    List<Label> ringNames =
        g.depthOf().size() > 1 ? nameRings(deepest, cx, cy, ringY, sketch.named) : List.of();
    // spaced for the ellipse's narrower radius, where neighbours sit closest
    RingLayout.Plan plan =
        RingLayout.plan(g.depthOf(), g.edges().values(), Math.min(ringX, ringY), RING_NAME_ROOM);
    // ring by ring from the middle out, each note's dot where no name already placed covers it:
    // the open note and its direct neighbours are named before the notes further out are placed,
    // so that no note lands under their names
    sketch.put(center.filePath(), cx, cy);
    sketch.name(center.filePath(), true);
    for (int d = 1; d <= deepest; d++) {
      int ring = d;
      List<double[]> taken = taken(sketch.named, cx, cy, ringX * d, ringY * d);
      plan.ring(d, MIN_ARC, taken)
          .forEach(
              (path, angle) ->
                  sketch.put(
                      path,
                      cx + Math.cos(angle) * ringX * ring,
                      cy + Math.sin(angle) * ringY * ring));
      if (d == 1) {
        sketch.byLinks(1).forEach(path -> sketch.name(path, true));
      }
    }
    // the notes further out are named where they cover no name and no note, nearer hops first
    for (int d = 2; d <= deepest; d++) {
      sketch.byLinks(d).forEach(path -> sketch.name(path, false));
    }
    for (int d = 1; d <= deepest && g.depthOf().size() > 1; d++) {
      Ellipse ring = new Ellipse(cx, cy, ringX * d, ringY * d);
      ring.getStyleClass().add("graph-ring");
      ring.setMouseTransparent(true);
      getChildren().add(ring);
    }
    List<Line> lines = new ArrayList<>();
    for (String[] e : g.edges().values()) {
      double[] a = sketch.at.get(e[0]);
      double[] b = sketch.at.get(e[1]);
      Line line = new Line(a[0], a[1], b[0], b[1]);
      line.getStyleClass().add("graph-edge");
      Tooltip.install(line, new Tooltip(e[2]));
      getChildren().add(line);
      lines.add(line);
    }
    sketch.at.forEach((path, p) -> getChildren().add(dot(g, path, p)));
    // names on the lines only while they can be read, and where they cover no note's name
    if (g.edges().size() <= NAMED_LINES) {
      int i = 0;
      for (String[] e : g.edges().values()) {
        nameLine(lines.get(i++), e[2], sketch.named, sketch.dots.values());
      }
    }
    // names above the lines and dots
    sketch.labels.forEach(Node::toFront);
    ringNames.forEach(Node::toFront);
  }

  /**
   * Says, across the top of the pane and on as many lines as its width needs, that only the nearest
   * notes are drawn, when the neighbourhood holds more: in a toolbar, a narrow pane hid it. The
   * space it takes, if said.
   */
  private Optional<Bounds> sayCap(double w) {
    if (total <= related.size()) {
      return Optional.empty();
    }
    Label cap =
        new Label(
            "The nearest "
                + related.size()
                + " of "
                + total
                + " notes and links are drawn. Open one of them to see the notes around it.");
    cap.setId("memory-graph-cap");
    cap.getStyleClass().add("graph-cap");
    cap.setWrapText(true);
    getChildren().add(cap);
    cap.applyCss();
    double width = w - 2 * EDGE;
    double height = cap.prefHeight(width);
    cap.resizeRelocate(EDGE, EDGE, width, height);
    cap.setPrefSize(width, height);
    cap.setMinHeight(height);
    return Optional.of(new BoundingBox(EDGE, EDGE, width, height + EDGE));
  }

  /** A note's dot: the open note's larger; a note not written yet hollow. */
  private Circle dot(Drawing g, String path, double[] p) {
    boolean missing = path.startsWith(MISSING);
    boolean isCenter = path.equals(center.filePath());
    Circle dot = new Circle(p[0], p[1], radius(path));
    dot.getStyleClass().add(isCenter ? "graph-center" : missing ? "graph-missing" : "graph-node");
    Tooltip.install(dot, new Tooltip(tip(g, path)));
    if (!missing) {
      dot.setOnMouseClicked(ev -> open.accept(path));
    }
    return dot;
  }

  private double radius(String path) {
    return path.equals(center.filePath()) ? 9 : 6;
  }

  /** What a note's dot and name say when pointed at: its title and file. */
  private static String tip(Drawing g, String path) {
    String title = g.titles().get(path);
    return path.startsWith(MISSING) ? title + "\nNo note has this title yet" : title + "\n" + path;
  }

  /** One drawing while it is laid out: where its notes are, and what space their names take. */
  private final class Sketch {
    final Drawing g;
    final double w;
    final Map<String, double[]> at = new LinkedHashMap<>();
    final Map<String, Bounds> dots = new LinkedHashMap<>();
    // every name placed (the rings' too): later names and dots keep clear of them
    final List<Bounds> named = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    final Map<String, Long> degree = new LinkedHashMap<>();

    Sketch(Drawing g, double w) {
      this.g = g;
      this.w = w;
      for (String[] e : g.edges().values()) {
        degree.merge(e[0], 1L, Long::sum);
        degree.merge(e[1], 1L, Long::sum);
      }
    }

    void put(String path, double x, double y) {
      double r = radius(path) + 1;
      at.put(path, new double[] {x, y});
      dots.put(path, new BoundingBox(x - r, y - r, 2 * r, 2 * r));
    }

    /** The notes on ring {@code d}, the ones with the most links first: they are named first. */
    List<String> byLinks(int d) {
      return g.depthOf().entrySet().stream()
          .filter(e -> e.getValue() == d)
          .map(Map.Entry::getKey)
          .sorted(Comparator.comparingLong(path -> -degree.getOrDefault(path, 0L)))
          .toList();
    }

    /** Names a note beside its dot, where it covers nothing, or not at all unless needed. */
    void name(String path, boolean needed) {
      double[] p = at.get(path);
      Label label = new Label(g.names().get(path));
      // as its dot's: the whole title, shortened or told apart from a twin's, and the file
      label.setTooltip(new Tooltip(tip(g, path)));
      label.getStyleClass().add("graph-label");
      if (path.startsWith(MISSING)) {
        label.getStyleClass().add("graph-missing-label");
      } else {
        label.setOnMouseClicked(ev -> open.accept(path));
      }
      getChildren().add(label);
      int side = p[0] < w / 2 - 1 ? -1 : 1;
      Spot spot = new Spot(p, radius(path), side, w);
      Optional<Bounds> box = place(label, spot, named, dots.values(), dots.get(path), needed);
      if (box.isPresent()) {
        named.add(box.get());
        labels.add(label);
      } else {
        getChildren().remove(label); // its name is in the dot's tooltip
      }
    }
  }

  /**
   * The arcs of a ring (radians, within one turn from its top) where a note's dot would touch a
   * name already placed: the ring is walked a pixel at a time.
   */
  static List<double[]> taken(List<Bounds> named, double cx, double cy, double rx, double ry) {
    double step = 1 / Math.max(1, Math.max(rx, ry));
    double r = 6 + 1 + 1; // a dot's box and a pixel's slack
    // only names that can reach the ring are tried at each of its points: a name wholly inside
    // the ring, short of a dot's box (the inner rings' names), cannot
    Bounds[] near =
        named.stream().filter(b -> !inside(b, cx, cy, rx - r, ry - r)).toArray(Bounds[]::new);
    List<double[]> arcs = new ArrayList<>();
    double[] arc = null;
    for (double a = RingLayout.TOP; a < RingLayout.TOP + 2 * Math.PI; a += step) {
      double x = cx + Math.cos(a) * rx;
      double y = cy + Math.sin(a) * ry;
      boolean hit = false;
      for (int i = 0; i < near.length && !hit; i++) {
        hit = near[i].intersects(x - r, y - r, 2 * r, 2 * r);
      }
      if (!hit) {
        arc = null;
      } else if (arc == null) {
        arc = new double[] {a - step, a + step};
        arcs.add(arc);
      } else {
        arc[1] = a + step;
      }
    }
    return arcs;
  }

  /** Whether the box lies wholly inside the ellipse of radii rx, ry about (cx, cy). */
  private static boolean inside(Bounds b, double cx, double cy, double rx, double ry) {
    if (rx <= 0 || ry <= 0) {
      return false;
    }
    for (double x : new double[] {b.getMinX(), b.getMaxX()}) {
      for (double y : new double[] {b.getMinY(), b.getMaxY()}) {
        double dx = (x - cx) / rx;
        double dy = (y - cy) / ry;
        if (dx * dx + dy * dy >= 1) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Room kept beside the outer ring for its names: a fifth of the pane's width within bounds, or,
   * when the ring holds few notes, what its longest name takes (up to a third of the pane), so that
   * a few neighbours are named in full where the pane allows.
   */
  private double labelRoom(Drawing g, int deepest, double w) {
    double room = Math.max(MIN_LABEL_ROOM, Math.min(LABEL_ROOM, w * 0.2));
    List<String> outer =
        g.depthOf().entrySet().stream()
            .filter(e -> e.getValue() == deepest)
            .map(e -> g.names().get(e.getKey()))
            .toList();
    if (outer.isEmpty() || outer.size() > FEW_OUTER) {
      return room;
    }
    Label probe = new Label();
    probe.getStyleClass().add("graph-label");
    getChildren().add(probe);
    double widest = 0;
    for (String title : outer) {
      probe.setText(title);
      probe.applyCss();
      widest = Math.max(widest, probe.prefWidth(-1));
    }
    getChildren().remove(probe);
    return Math.max(room, Math.min(widest + 16, w / 3));
  }

  /** Rings holding at most this many notes are given the room their longest name takes. */
  private static final int FEW_OUTER = 24;

  /** Says on a line which relations it stands for, at its middle, unless that covers a name. */
  private void nameLine(Line line, String types, List<Bounds> named, Collection<Bounds> dots) {
    Label type = new Label(types);
    type.getStyleClass().add("graph-edge-label");
    type.setMouseTransparent(true);
    getChildren().add(type);
    type.applyCss();
    double x = (line.getStartX() + line.getEndX()) / 2 + 4;
    double y = (line.getStartY() + line.getEndY()) / 2 - 14;
    Bounds box = new BoundingBox(x, y, type.prefWidth(-1), type.prefHeight(-1));
    if (named.stream().anyMatch(box::intersects) || dots.stream().anyMatch(box::intersects)) {
      getChildren().remove(type); // the line's tooltip still says it
      return;
    }
    type.relocate(x, y);
    named.add(box);
  }

  /**
   * Names each ring by its hop ("1 hop", "2 hops") at its top, which the layout keeps free of
   * notes: the names read as a scale from the middle outwards.
   */
  private List<Label> nameRings(
      int deepest, double cx, double cy, double ringY, List<Bounds> named) {
    List<Label> names = new ArrayList<>();
    for (int d = 1; d <= deepest; d++) {
      Label ringName = new Label(d == 1 ? "1 hop" : d + " hops");
      ringName.getStyleClass().add("graph-ring-label");
      ringName.setMouseTransparent(true);
      getChildren().add(ringName);
      ringName.applyCss();
      double lw = ringName.prefWidth(-1);
      double lh = ringName.prefHeight(-1);
      Bounds box = new BoundingBox(cx - lw / 2, cy - ringY * d - lh / 2, lw, lh);
      ringName.relocate(box.getMinX(), box.getMinY());
      named.add(box);
      names.add(ringName);
    }
    return names;
  }

  /** A note's dot (middle, radius), the side away from the middle, and the pane's width. */
  private record Spot(double[] dot, double radius, int side, double w) {}

  /**
   * Puts a note's name beside its dot, inside the pane: first on the side away from the middle,
   * else above it, below it, or on the other side. A name too long for the room beside its dot, up
   * to the pane's side or the next name or dot, ends in "…". A name is left out when every place
   * would cover another name or another note's dot, unless {@code needed} (the open note and its
   * direct neighbours): those, as a last resort, cover a dot rather than go unnamed. The space the
   * name takes, if placed.
   */
  private static Optional<Bounds> place(
      Label label,
      Spot at,
      List<Bounds> names,
      Collection<Bounds> dots,
      Bounds ownDot,
      boolean needed) {
    label.applyCss();
    double full = label.prefWidth(-1);
    double lh = label.prefHeight(-1);
    double[] dot = at.dot();
    double off = at.radius() + 3; // from the dot's middle to its name
    List<double[]> spots = new ArrayList<>(); // x, y, width, side; in the order they are tried
    beside(spots, at, at.side(), full, lh);
    double centred = Math.min(full, at.w() - 2 * EDGE);
    double x = Math.max(EDGE, Math.min(at.w() - EDGE - centred, dot[0] - centred / 2));
    spots.add(new double[] {x, dot[1] - off - lh, centred, 0}); // above
    spots.add(new double[] {x, dot[1] + off, centred, 0}); // below
    beside(spots, at, -at.side(), full, lh);
    List<Bounds> clear = new ArrayList<>(names);
    dots.stream().filter(d -> d != ownDot).forEach(clear::add);
    // every place in full, then shortened, before a name covers a note
    List<List<Bounds>> avoiding = needed ? List.of(clear, names) : List.of(clear);
    for (List<Bounds> obstacles : avoiding) {
      for (boolean shorten : new boolean[] {false, true}) {
        for (double[] spot : spots) {
          Optional<double[]> fits = fit(spot, lh, obstacles, shorten);
          if (fits.isPresent()) {
            double[] f = fits.get();
            label.setPrefWidth(f[2]);
            label.setMaxWidth(f[2]);
            label.relocate(f[0], f[1]);
            return Optional.of(box(f, lh));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The spot itself when it covers nothing; a spot beside a dot shortened to end before what it
   * would cover, when that leaves a readable name; else nothing.
   */
  private static Optional<double[]> fit(
      double[] spot, double lh, List<Bounds> obstacles, boolean shorten) {
    Bounds box = box(spot, lh);
    List<Bounds> hit = obstacles.stream().filter(box::intersects).toList();
    if (hit.isEmpty()) {
      return Optional.of(spot);
    }
    if (!shorten || spot[3] == 0) {
      return Optional.empty();
    }
    double[] shorter = spot.clone();
    if (spot[3] > 0) {
      double end = hit.stream().mapToDouble(Bounds::getMinX).min().orElseThrow() - 3;
      shorter[2] = end - spot[0];
    } else {
      double start = hit.stream().mapToDouble(Bounds::getMaxX).max().orElseThrow() + 3;
      shorter[2] = spot[0] + spot[2] - start;
      shorter[0] = start;
    }
    Bounds smaller = box(shorter, lh);
    if (shorter[2] >= MIN_NAME && obstacles.stream().noneMatch(smaller::intersects)) {
      return Optional.of(shorter);
    }
    return Optional.empty();
  }

  /** The space a name at this spot takes, with a little room either side. */
  private static Bounds box(double[] spot, double lh) {
    return new BoundingBox(spot[0] - 2, spot[1], spot[2] + 4, lh);
  }

  /** A spot beside the dot on {@code side} (-1 left, 1 right), when there is room for a name. */
  private static void beside(List<double[]> spots, Spot at, int side, double full, double lh) {
    double[] dot = at.dot();
    double off = at.radius() + 2;
    double room = side < 0 ? dot[0] - off - EDGE : at.w() - EDGE - (dot[0] + off);
    if (room >= MIN_NAME) {
      double lw = Math.min(full, room);
      spots.add(
          new double[] {side < 0 ? dot[0] - off - lw : dot[0] + off, dot[1] - lh / 2, lw, side});
    }
  }

  /** The narrowest a shortened name may be, and the margin kept at the pane's sides. */
  private static final double MIN_NAME = 64;

  private static final double EDGE = 4;

  /**
   * Room kept beside the outer ring for the names of its notes, left and right: a fifth of the
   * pane's width, within these bounds.
   */
  private static final double LABEL_ROOM = 190;

  private static final double MIN_LABEL_ROOM = 120;

  /** How far apart, along their ring, neighbouring notes are kept when the ring has room. */
  private static final double MIN_ARC = 22;

  /** The gap kept free at the top of each ring, along it, for the ring's name. */
  private static final double RING_NAME_ROOM = 64;

  /** Above this many lines, their relations are named in tooltips only. */
  private static final int NAMED_LINES = 16;

  /** Keys of notes not written yet, apart from every file path (which never holds a NUL). */
  private static final String MISSING = "\0missing:";
}
