package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.ContextResult;
import dev.agentworkbench.memory.NoteSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
    // the outer ring keeps room for its labels; one hop is drawn as wide as three
    double outer = Math.max(60, Math.min(w / 2 - LABEL_ROOM, h / 2 - 40));
    double ring = outer / Math.max(1, deepest);
    Map<Integer, List<String>> rings = new LinkedHashMap<>();
    depthOf.forEach((p, d) -> rings.computeIfAbsent(d, k -> new ArrayList<>()).add(p));
    Map<String, double[]> at = new LinkedHashMap<>();
    rings.forEach(
        (d, paths) -> {
          for (int i = 0; i < paths.size(); i++) {
            double angle = 2 * Math.PI * i / paths.size() + d * 0.4;
            at.put(
                paths.get(i),
                new double[] {cx + Math.cos(angle) * ring * d, cy + Math.sin(angle) * ring * d});
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
    depthOf.forEach(
        (path, d) -> {
          double[] p = at.get(path);
          boolean missing = path.startsWith(MISSING);
          boolean isCenter = path.equals(center.filePath());
          Circle dot = new Circle(p[0], p[1], isCenter ? 9 : 6);
          dot.getStyleClass()
              .add(isCenter ? "graph-center" : missing ? "graph-missing" : "graph-node");
          Label label = new Label(titles.get(path));
          label.getStyleClass().add("graph-label");
          label.relocate(p[0] + 8, p[1] - 8);
          if (p[0] < cx - 1) {
            // on the left half the name goes to the left of its dot, away from the middle
            label.translateXProperty().bind(label.widthProperty().add(16).negate());
          }
          if (missing) {
            label.getStyleClass().add("graph-missing-label");
            Tooltip.install(dot, new Tooltip("No note has this title yet"));
          } else {
            dot.setOnMouseClicked(ev -> open.accept(path));
            label.setOnMouseClicked(ev -> open.accept(path));
            Tooltip.install(dot, new Tooltip(path));
          }
          getChildren().addAll(dot, label);
        });
  }

  /** Room kept beside the outer ring for the names of its notes, left and right. */
  private static final double LABEL_ROOM = 190;

  /** Above this many lines, their relations are named in tooltips only. */
  private static final int NAMED_LINES = 16;

  /** Keys of notes not written yet, apart from every file path (which never holds a NUL). */
  private static final String MISSING = "\0missing:";
}
