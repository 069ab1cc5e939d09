package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.ContextResult;
import dev.agentworkbench.memory.NoteSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
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

  void show(NoteSummary center, List<ContextResult.Related> related) {
    this.center = center;
    this.related = related;
    drawIfShown();
  }

  private void draw() {
    stale = false;
    getChildren().clear();
    if (center == null) {
      return;
    }
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
      if (r.to().isEmpty() && !a.filePath().equals(center.filePath())) {
        continue; // notes not written yet are drawn for the open note only: further out, clutter
      }
      // a link to a note not written yet is drawn too, hollow: a forward reference
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
    double w = Math.max(getWidth(), 300);
    double h = Math.max(getHeight(), 300);
    double cx = w / 2;
    double cy = h / 2;
    int deepest = depthOf.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    // the rings are ellipses as wide and as high as the pane allows: the outer one keeps room for
    // its names beside it; one hop is drawn as wide as three
    double ringX = Math.max(60, w / 2 - LABEL_ROOM) / Math.max(1, deepest);
    double ringY = Math.max(60, h / 2 - 24) / Math.max(1, deepest);
    Map<Integer, List<String>> rings = new LinkedHashMap<>();
    depthOf.forEach((p, d) -> rings.computeIfAbsent(d, k -> new ArrayList<>()).add(p));
    Map<String, double[]> at = new LinkedHashMap<>();
    rings.forEach(
        (d, paths) -> {
          for (int i = 0; i < paths.size(); i++) {
            double angle = 2 * Math.PI * i / paths.size() + d * 0.4;
            at.put(
                paths.get(i),
                new double[] {cx + Math.cos(angle) * ringX * d, cy + Math.sin(angle) * ringY * d});
          }
        });
    // names on the lines only while they can be read; a crowded graph keeps them in tooltips
    boolean nameLines = edges.size() <= NAMED_LINES;
    for (String[] e : edges.values()) {
      double[] a = at.get(e[0]);
      double[] b = at.get(e[1]);
      Line line = new Line(a[0], a[1], b[0], b[1]);
      line.getStyleClass().add("graph-edge");
      Tooltip.install(line, new Tooltip(e[2]));
      getChildren().add(line);
      if (nameLines) {
        Label type = new Label(e[2]);
        type.getStyleClass().add("graph-edge-label");
        type.relocate((a[0] + b[0]) / 2 + 4, (a[1] + b[1]) / 2 - 14);
        type.setMouseTransparent(true);
        getChildren().add(type);
      }
    }
    // the dots first: a name covers neither another name nor another note's dot
    List<Bounds> named = new ArrayList<>();
    Map<String, Bounds> dots = new LinkedHashMap<>();
    at.forEach((path, p) -> dots.put(path, new BoundingBox(p[0] - 7, p[1] - 7, 14, 14)));
    List<Label> labels = new ArrayList<>();
    depthOf.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(
            entry -> {
              String path = entry.getKey();
              double[] p = at.get(path);
              boolean missing = path.startsWith(MISSING);
              boolean isCenter = path.equals(center.filePath());
              Circle dot = new Circle(p[0], p[1], isCenter ? 9 : 6);
              dot.getStyleClass()
                  .add(isCenter ? "graph-center" : missing ? "graph-missing" : "graph-node");
              Label label = new Label(titles.get(path));
              label.getStyleClass().add("graph-label");
              if (missing) {
                label.getStyleClass().add("graph-missing-label");
                Tooltip.install(
                    dot, new Tooltip(titles.get(path) + "\nNo note has this title yet"));
              } else {
                dot.setOnMouseClicked(ev -> open.accept(path));
                label.setOnMouseClicked(ev -> open.accept(path));
                Tooltip.install(dot, new Tooltip(titles.get(path) + "\n" + path));
              }
              getChildren().add(dot);
              getChildren().add(label);
              Optional<Bounds> box =
                  place(
                      label,
                      p,
                      p[0] < cx - 1 ? -1 : 1,
                      w,
                      named,
                      dots.values(),
                      dots.get(path),
                      entry.getValue() <= 1);
              if (box.isPresent()) {
                named.add(box.get());
                labels.add(label);
              } else {
                getChildren().remove(label); // its name is in the dot's tooltip
              }
            });
    // names above the lines and dots
    labels.forEach(Node::toFront);
  }

  /**
   * Puts a note's name beside its dot, inside the pane: first on the side away from the middle,
   * else above it, below it, or on the other side. A name too long for the room beside its dot ends
   * in "…". A name is left out when every place would cover another name or another note's dot,
   * unless {@code needed} (the open note and its direct neighbours): those cover dots rather than
   * go unnamed. The space the name takes, if placed.
   */
  private static Optional<Bounds> place(
      Label label,
      double[] dot,
      int side,
      double w,
      List<Bounds> names,
      Collection<Bounds> dots,
      Bounds ownDot,
      boolean needed) {
    label.applyCss();
    double full = label.prefWidth(-1);
    double lh = label.prefHeight(-1);
    List<double[]> spots = new ArrayList<>(); // x, y, width; in the order they are tried
    beside(spots, dot, side, full, lh, w);
    double centred = Math.min(full, w - 2 * EDGE);
    double x = Math.max(EDGE, Math.min(w - EDGE - centred, dot[0] - centred / 2));
    spots.add(new double[] {x, dot[1] - 8 - lh, centred}); // above
    spots.add(new double[] {x, dot[1] + 8, centred}); // below
    beside(spots, dot, -side, full, lh, w);
    for (int pass = 0; pass < (needed ? 2 : 1); pass++) {
      for (double[] spot : spots) {
        Bounds box = new BoundingBox(spot[0] - 2, spot[1], spot[2] + 4, lh);
        if (names.stream().noneMatch(box::intersects)
            && (pass == 1 || dots.stream().noneMatch(d -> d != ownDot && d.intersects(box)))) {
          label.setPrefWidth(spot[2]);
          label.setMaxWidth(spot[2]);
          label.relocate(spot[0], spot[1]);
          return Optional.of(box);
        }
      }
    }
    return Optional.empty();
  }

  /** A spot beside the dot on {@code side} (-1 left, 1 right), when there is room for a name. */
  private static void beside(
      List<double[]> spots, double[] dot, int side, double full, double lh, double w) {
    double room = side < 0 ? dot[0] - 8 - EDGE : w - EDGE - (dot[0] + 8);
    if (room >= MIN_NAME) {
      double lw = Math.min(full, room);
      spots.add(new double[] {side < 0 ? dot[0] - 8 - lw : dot[0] + 8, dot[1] - lh / 2, lw});
    }
  }

  /** The narrowest a shortened name may be, and the margin kept at the pane's sides. */
  private static final double MIN_NAME = 48;

  private static final double EDGE = 4;

  /** Room kept beside the outer ring for the names of its notes, left and right. */
  private static final double LABEL_ROOM = 190;

  /** Above this many lines, their relations are named in tooltips only. */
  private static final int NAMED_LINES = 16;

  /** Keys of notes not written yet, apart from every file path (which never holds a NUL). */
  private static final String MISSING = "\0missing:";
}
