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
    Map<String, NoteSummary> nodes = new LinkedHashMap<>();
    depthOf.put(center.filePath(), 0);
    nodes.put(center.filePath(), center);
    List<String[]> edges = new ArrayList<>();
    for (ContextResult.Related r : related) {
      if (!r.kind().equals("relation") || r.to().isEmpty()) {
        continue;
      }
      NoteSummary a = r.from();
      NoteSummary b = r.to().get();
      for (NoteSummary n : List.of(a, b)) {
        nodes.putIfAbsent(n.filePath(), n);
        depthOf.putIfAbsent(n.filePath(), r.depth());
      }
      edges.add(new String[] {a.filePath(), b.filePath(), r.relationType()});
    }
    double w = Math.max(getWidth(), 300);
    double h = Math.max(getHeight(), 300);
    double cx = w / 2;
    double cy = h / 2;
    double ring = Math.min(w, h) / 2 / 3.6;
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
    for (String[] e : edges) {
      double[] a = at.get(e[0]);
      double[] b = at.get(e[1]);
      Line line = new Line(a[0], a[1], b[0], b[1]);
      line.getStyleClass().add("graph-edge");
      Tooltip.install(line, new Tooltip(e[2]));
      getChildren().add(line);
    }
    nodes.forEach(
        (path, n) -> {
          double[] p = at.get(path);
          Circle dot = new Circle(p[0], p[1], path.equals(center.filePath()) ? 9 : 6);
          dot.getStyleClass().add(path.equals(center.filePath()) ? "graph-center" : "graph-node");
          Label label = new Label(n.title());
          label.getStyleClass().add("graph-label");
          label.relocate(p[0] + 8, p[1] - 8);
          dot.setOnMouseClicked(ev -> open.accept(path));
          label.setOnMouseClicked(ev -> open.accept(path));
          Tooltip.install(dot, new Tooltip(n.permalink()));
          getChildren().addAll(dot, label);
        });
  }
}
