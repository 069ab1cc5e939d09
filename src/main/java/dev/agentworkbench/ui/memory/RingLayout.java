package dev.agentworkbench.ui.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each note of a radial neighbourhood sits on its ring, as an angle: a note lies in the
 * direction of the note one hop nearer that reaches it (its parent), its sector as wide as the
 * notes beyond it need, so lines stay short and a branch reads as one; notes on a ring are kept a
 * minimum arc apart, moved as little as that allows, the top of each ring is left free for its
 * name, and no note sits on an arc that something drawn before it (a name) takes.
 */
final class RingLayout {
  private RingLayout() {}

  /**
   * The angle (radians, 0 to the right, clockwise on screen) of every note but the middle one, with
   * no part of any ring taken by something else.
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
    Plan plan = plan(depthOf, links, radiusPerHop, keepFree);
    Map<String, Double> angles = new LinkedHashMap<>();
    plan.rings().keySet().forEach(d -> angles.putAll(plan.ring(d, minArc, List.of())));
    return angles;
  }

  /**
   * Where each note would sit if it had its ring to itself: a ring's notes are then kept apart with
   * {@link Plan#ring}, ring by ring, so that what is drawn for the inner rings (their names) can be
   * kept clear on the outer ones.
   */
  static Plan plan(
      Map<String, Integer> depthOf,
      Collection<String[]> links,
      double radiusPerHop,
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
    Map<Integer, List<String>> rings = new TreeMap<>();
    wanted
        .keySet()
        .forEach(k -> rings.computeIfAbsent(depthOf.get(k), d -> new ArrayList<>()).add(k));
    return new Plan(rings, wanted, radiusPerHop, keepFree);
  }

  /**
   * The notes of each ring (by hop, from the middle out) and the angle each would like.
   *
   * @param radiusPerHop the distance between two rings at their top
   * @param keepFree how wide a gap, along each ring, is kept free at its top
   */
  record Plan(
      Map<Integer, List<String>> rings,
      Map<String, Double> wanted,
      double radiusPerHop,
      double keepFree) {

    /**
     * The angles of the notes on ring {@code d}: the nearest to those wanted that keep neighbours
     * {@code minArc} apart along the ring (less where the ring lacks room), leave its top free and
     * put no note within a taken arc, unless the taken arcs leave the ring no room at all.
     *
     * @param taken arcs of the ring (from, to; radians, from the top clockwise, within one turn
     *     from {@code -PI / 2}) where something else is drawn
     */
    Map<String, Double> ring(int d, double minArc, List<double[]> taken) {
      List<String> notes = rings.getOrDefault(d, List.of());
      double free = Math.min(Math.PI, keepFree / (radiusPerHop * d)) / 2;
      List<double[]> open = open(TOP + free, TOP + 2 * Math.PI - free, taken);
      double length = open.stream().mapToDouble(o -> o[1] - o[0]).sum();
      if (length <= 0) {
        open = List.of(new double[] {TOP + free, TOP + 2 * Math.PI - free});
        length = open.get(0)[1] - open.get(0)[0];
      }
      double gap = Math.min(length / Math.max(1, notes.size() - 1), minArc / (radiusPerHop * d));
      // the open arcs laid end to end: kept apart there, neighbours are at least as far apart on
      // the ring, where a taken arc may lie between them
      Map<String, Double> along = new HashMap<>();
      for (String n : notes) {
        along.put(n, along(open, wanted.get(n)));
      }
      Map<String, Double> angles = spread(notes, along, 0, length, gap);
      List<double[]> arcs = open;
      angles.replaceAll((n, a) -> angleAt(arcs, a));
      return angles;
    }
  }

  /** The parts of [lo, hi] that no taken arc covers, in order. */
  private static List<double[]> open(double lo, double hi, List<double[]> taken) {
    List<double[]> sorted = new ArrayList<>(taken);
    sorted.sort(Comparator.comparingDouble(t -> t[0]));
    List<double[]> open = new ArrayList<>();
    double at = lo;
    for (double[] t : sorted) {
      if (t[0] > at) {
        open.add(new double[] {at, Math.min(t[0], hi)});
      }
      at = Math.max(at, t[1]);
      if (at >= hi) {
        break;
      }
    }
    if (at < hi) {
      open.add(new double[] {at, hi});
    }
    open.removeIf(o -> o[1] <= o[0]);
    return open;
  }

  /**
   * How far along the open arcs, laid end to end, an angle lies; an angle in a taken arc (or beyond
   * the ends) at the nearer end of it, just within the open arc there.
   */
  private static double along(List<double[]> open, double angle) {
    double before = 0;
    for (int i = 0; i < open.size(); i++) {
      double[] o = open.get(i);
      if (angle <= o[1]) {
        if (angle >= o[0]) {
          return before + angle - o[0];
        }
        boolean nearerBefore = i > 0 && o[0] - angle > angle - open.get(i - 1)[1];
        return nearerBefore ? before - NUDGE : before + NUDGE;
      }
      before += o[1] - o[0];
    }
    return before - NUDGE;
  }

  /** The angle that lies {@code s} along the open arcs laid end to end. */
  private static double angleAt(List<double[]> open, double s) {
    double before = 0;
    for (double[] o : open) {
      double len = o[1] - o[0];
      if (s <= before + len) {
        return o[0] + Math.max(0, s - before);
      }
      before += len;
    }
    double[] last = open.get(open.size() - 1);
    return last[1];
  }

  /** How far within its open arc a note wanted in a taken arc is put, so it stays on that side. */
  private static final double NUDGE = 1e-9;

  /** The top of the rings, where their names are and where the sectors start and end. */
  static final double TOP = -Math.PI / 2;

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
