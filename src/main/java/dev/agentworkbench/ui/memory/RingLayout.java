package dev.agentworkbench.ui.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each note of a radial neighbourhood sits on its ring, as an angle: a note lies in the
 * direction of the note one hop nearer that reaches it (its parent), its sector as wide as the
 * notes beyond it need, so lines stay short and a branch reads as one; notes on a ring are kept a
 * minimum arc apart, moved as little as that allows, and the top of each ring is left free for its
 * name.
 */
final class RingLayout {
  private RingLayout() {}

  /**
   * The angle (radians, 0 to the right, clockwise on screen) of every note but the middle one.
   *
   * @param depthOf each note's hop, in the order notes were found; the middle one at 0
   * @param links pairs of linked notes
   * @param radiusPerHop the distance between two rings at their top
   * @param minArc how far apart neighbours on a ring should be, along the ring
   * @param keepFree how wide a gap, along each ring, is kept free at its top (for its name)
   */
  static Map<String, Double> angles(
      Map<String, Integer> depthOf,
      Collection<String[]> links,
      double radiusPerHop,
      double minArc,
      double keepFree) {
    Map<String, List<String>> children = new LinkedHashMap<>();
    String root = null;
    Map<String, List<String>> neighbours = new HashMap<>();
    for (String[] l : links) {
      neighbours.computeIfAbsent(l[0], k -> new ArrayList<>()).add(l[1]);
      neighbours.computeIfAbsent(l[1], k -> new ArrayList<>()).add(l[0]);
    }
    for (Map.Entry<String, Integer> e : depthOf.entrySet()) {
      if (e.getValue() == 0) {
        root = e.getKey();
        continue;
      }
      // the first note one hop nearer that links here; none (a cut neighbourhood): the middle
      String parent =
          neighbours.getOrDefault(e.getKey(), List.of()).stream()
              .filter(n -> depthOf.getOrDefault(n, -1) == e.getValue() - 1)
              .findFirst()
              .orElse(null);
      children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.getKey());
    }
    List<String> orphans = children.remove(null);
    if (orphans != null) {
      children.computeIfAbsent(root, k -> new ArrayList<>()).addAll(orphans);
    }
    Map<String, Double> weight = new HashMap<>();
    weigh(root, children, weight);
    Map<String, Double> wanted = new LinkedHashMap<>();
    double free1 = Math.min(Math.PI, keepFree / radiusPerHop) / 2;
    share(root, TOP + free1, TOP + 2 * Math.PI - free1, children, weight, wanted);
    Map<Integer, List<String>> rings = new LinkedHashMap<>();
    wanted
        .keySet()
        .forEach(k -> rings.computeIfAbsent(depthOf.get(k), d -> new ArrayList<>()).add(k));
    Map<String, Double> angles = new LinkedHashMap<>();
    rings.forEach(
        (d, notes) -> {
          double free = Math.min(Math.PI, keepFree / (radiusPerHop * d)) / 2;
          double lo = TOP + free;
          double hi = TOP + 2 * Math.PI - free;
          double gap =
              Math.min((hi - lo) / Math.max(1, notes.size() - 1), minArc / (radiusPerHop * d));
          angles.putAll(spread(notes, wanted, lo, hi, gap));
        });
    return angles;
  }

  /** The top of the rings, where their names are and where the sectors start and end. */
  private static final double TOP = -Math.PI / 2;

  /** How many notes on the outermost rings a note's branch holds (at least 1). */
  private static double weigh(
      String note, Map<String, List<String>> children, Map<String, Double> weight) {
    double w = 0;
    for (String c : children.getOrDefault(note, List.of())) {
      w += weigh(c, children, weight);
    }
    w = Math.max(1, w);
    weight.put(note, w);
    return w;
  }

  /** Gives each child of {@code note} a part of [from, to) as wide as its weight, centred on it. */
  private static void share(
      String note,
      double from,
      double to,
      Map<String, List<String>> children,
      Map<String, Double> weight,
      Map<String, Double> wanted) {
    List<String> kids = children.getOrDefault(note, List.of());
    double total = kids.stream().mapToDouble(weight::get).sum();
    double at = from;
    for (String c : kids) {
      double width = (to - from) * weight.get(c) / total;
      wanted.put(c, at + width / 2);
      share(c, at, at + width, children, weight, wanted);
      at += width;
    }
  }

  /**
   * The angles within [lo, hi] nearest to those wanted (least squares) that keep neighbours {@code
   * gap} apart: an isotonic regression (pool adjacent violators) of wanted minus i * gap, clipped
   * to the bounds, which keeps it the nearest.
   */
  static Map<String, Double> spread(
      List<String> notes, Map<String, Double> wanted, double lo, double hi, double gap) {
    int n = notes.size();
    List<String> order = new ArrayList<>(notes);
    order.sort(Comparator.comparingDouble(wanted::get));
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = wanted.get(order.get(i)) - i * gap;
    }
    double[] x = nonDecreasing(y);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      double clipped = Math.max(lo, Math.min(hi - (n - 1) * gap, x[i]));
      out.put(order.get(i), clipped + i * gap);
    }
    return out;
  }

  /** The non-decreasing sequence nearest to {@code y} in least squares. */
  private static double[] nonDecreasing(double[] y) {
    int n = y.length;
    double[] mean = new double[n];
    int[] size = new int[n];
    int blocks = 0;
    for (double v : y) {
      mean[blocks] = v;
      size[blocks] = 1;
      blocks++;
      while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
        int s = size[blocks - 2] + size[blocks - 1];
        mean[blocks - 2] =
            (mean[blocks - 2] * size[blocks - 2] + mean[blocks - 1] * size[blocks - 1]) / s;
        size[blocks - 2] = s;
        blocks--;
      }
    }
    double[] out = new double[n];
    int i = 0;
    for (int b = 0; b < blocks; b++) {
      for (int k = 0; k < size[b]; k++) {
        out[i++] = mean[b];
      }
    }
    return out;
  }
}
