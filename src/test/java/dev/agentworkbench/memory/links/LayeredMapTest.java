package dev.agentworkbench.memory.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayeredMapTest {

  @Test
  void everyGenerationKeepsItsOwnContentsWhateverItsDescendantsDo() {
    Random random = new Random(5);
    LayeredMap<String, Integer> map = new LayeredMap<>();
    Map<String, Integer> expected = new HashMap<>();
    List<LayeredMap<String, Integer>> generations = new ArrayList<>();
    List<Map<String, Integer>> snapshots = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) { // the first generation, built in place
      map.put("k" + i, i);
      expected.put("k" + i, i);
    }
    for (int g = 0; g < 300; g++) {
      generations.add(map);
      snapshots.add(new HashMap<>(expected));
      map = map.next();
      // a few changes per generation, and now and then enough to fold them into a new base
      int changes = g % 50 == 49 ? 600 : 1 + random.nextInt(8);
      for (int c = 0; c < changes; c++) {
        String key = "k" + random.nextInt(2_600);
        if (random.nextInt(3) == 0) {
          assertThat(map.remove(key)).isEqualTo(expected.remove(key));
        } else {
          int value = random.nextInt();
          assertThat(map.put(key, value)).isEqualTo(expected.put(key, value));
        }
      }
      for (int probe = 0; probe < 20; probe++) {
        String key = "k" + random.nextInt(2_600);
        assertThat(map.get(key)).as(key).isEqualTo(expected.get(key));
        assertThat(map.containsKey(key)).as(key).isEqualTo(expected.containsKey(key));
      }
    }
    assertThat(map).isEqualTo(expected); // entrySet: the changes over the base
    assertThat(map.size()).isEqualTo(expected.size());
    assertThat(new HashMap<>(map)).isEqualTo(expected);
    for (int g = 0; g < generations.size(); g++) {
      assertThat(generations.get(g)).as("generation %d", g).isEqualTo(snapshots.get(g));
      assertThat(generations.get(g).size()).isEqualTo(snapshots.get(g).size());
    }
  }
}
