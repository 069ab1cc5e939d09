package dev.agentworkbench.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Selecting every change gives the new text, none the old; unstaging undoes staging. */
class PartialPatchPropertiesTest {

  private static byte[] text(List<@IntRange(min = 0, max = 5) Integer> lines) {
    StringBuilder s = new StringBuilder();
    for (int n : lines) {
      s.append("line ").append(n).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static LineSelection all(byte[] a, byte[] b) {
    return LineSelection.of(
        DiffBuilder.build("f", ChangeArea.UNSTAGED, a, b).hunks().stream()
            .flatMap(h -> h.lines().stream())
            .toList());
  }

  @Property(tries = 300)
  void allOrNothing(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 5) Integer> before,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 5) Integer> after) {
    byte[] a = text(before);
    byte[] b = text(after);
    LineSelection none = new LineSelection(Set.of(), Set.of());
    assertArrayEquals(b, PartialPatch.apply(a, b, all(a, b)));
    assertArrayEquals(a, PartialPatch.apply(a, b, none));
    assertArrayEquals(a, PartialPatch.revert(a, b, all(a, b)));
    assertArrayEquals(b, PartialPatch.revert(a, b, none));
  }

  @Property(tries = 300)
  void stagingSomeLinesThenTheRestGivesTheNewText(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 5) Integer> before,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 5) Integer> after,
      @ForAll long seed) {
    byte[] a = text(before);
    byte[] b = text(after);
    LineSelection everything = all(a, b);
    java.util.Random random = new java.util.Random(seed);
    Set<Integer> removed = new HashSet<>();
    Set<Integer> added = new HashSet<>();
    everything
        .removed()
        .forEach(
            n -> {
              if (random.nextBoolean()) {
                removed.add(n);
              }
            });
    everything
        .added()
        .forEach(
            n -> {
              if (random.nextBoolean()) {
                added.add(n);
              }
            });
    byte[] staged = PartialPatch.apply(a, b, new LineSelection(removed, added));
    byte[] second = PartialPatch.apply(staged, b, all(staged, b));
    assertEquals(new String(b, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
  }
}
