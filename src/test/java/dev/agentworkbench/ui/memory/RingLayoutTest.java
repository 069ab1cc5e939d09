package dev.agentworkbench.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RingLayoutTest {
  @Test
  void aBranchStaysOnItsSideAndNeighboursOnARingKeepTheirDistance() {
    Map<String, Integer> depthOf = new LinkedHashMap<>();
    List<String[]> links = new ArrayList<>();
    depthOf.put("hub", 0);
    for (String b : List.of("a", "b", "c")) {
      depthOf.put(b, 1);
      links.add(new String[] {"hub", b});
    }
    for (int i = 0; i < 12; i++) {
      depthOf.put("a" + i, 2); // a crowded branch
      links.add(new String[] {"a", "a" + i});
    }
    depthOf.put("b0", 2);
    links.add(new String[] {"b", "b0"});
    Map<String, Double> at = RingLayout.angles(depthOf, links, 100, 22, 64);
    double gap = 22.0 / 200 - 1e-9;
    List<Double> ring2 =
        depthOf.keySet().stream().filter(k -> depthOf.get(k) == 2).map(at::get).sorted().toList();
    for (int i = 1; i < ring2.size(); i++) {
      assertTrue(ring2.get(i) - ring2.get(i - 1) >= gap, "too close: " + ring2);
    }
    // b's only neighbour lies in b's direction, closer to b than to a or c
    double b0 = at.get("b0");
    assertTrue(Math.abs(b0 - at.get("b")) < Math.abs(b0 - at.get("a")), at.toString());
    assertTrue(Math.abs(b0 - at.get("b")) < Math.abs(b0 - at.get("c")), at.toString());
    // the top of each ring is kept for its name
    for (double angle : at.values()) {
      double fromTop = Math.abs(Math.IEEEremainder(angle + Math.PI / 2, 2 * Math.PI));
      assertTrue(fromTop >= 32.0 / 200 - 1e-9, "a note at the top: " + angle);
    }
  }

  @Test
  void aNoteWantedWhereSomethingIsDrawnSitsAtTheNearerEndOfItAndNoneSitInIt() {
    Map<String, Integer> depthOf = new LinkedHashMap<>();
    List<String[]> links = new ArrayList<>();
    depthOf.put("hub", 0);
    for (String b : List.of("a", "b", "c", "d")) {
      depthOf.put(b, 1);
      links.add(new String[] {"hub", b});
    }
    RingLayout.Plan plan = RingLayout.plan(depthOf, links, 100, 64);
    String first = plan.rings().get(1).get(0);
    double wanted = plan.wanted().get(first);
    // a name across the ring, from a little before the first note's place to well after it
    double[] taken = {wanted - 0.1, wanted + 0.4};
    Map<String, Double> at = plan.ring(1, 22, List.<double[]>of(taken));
    assertEquals(4, at.size());
    for (Map.Entry<String, Double> e : at.entrySet()) {
      assertTrue(
          e.getValue() <= taken[0] || e.getValue() >= taken[1], e.getKey() + " sits in it: " + at);
    }
    assertEquals(taken[0], at.get(first), 1e-6, "moved to the nearer end: " + at);
    List<Double> ring = at.values().stream().sorted().toList();
    for (int i = 1; i < ring.size(); i++) {
      assertTrue(ring.get(i) - ring.get(i - 1) >= 22.0 / 100 - 1e-9, "too close: " + ring);
    }
  }
}
