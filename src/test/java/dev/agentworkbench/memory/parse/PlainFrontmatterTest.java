package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

class PlainFrontmatterTest {
  private static final ScalarResolver RESOLVER =
      LoadSettings.builder().build().getSchema().getScalarResolver();

  private static Optional<Map<String, Object>> fast(String yaml) {
    return PlainFrontmatter.read(yaml, RESOLVER);
  }

  @Test
  void plainKeysWordsAndBlockListsAreReadWithoutALoad() {
    String yaml =
        "title: Ada Lovelace 7\ntype: note\npermalink: main/people/ada-lovelace\n"
            + "tags:\n- model\n- fei-fei\nempty:\nowner: Fei-Fei\n";
    Map<String, Object> values = fast(yaml).orElseThrow();
    Map<String, Object> want = new LinkedHashMap<>();
    want.put("title", "Ada Lovelace 7");
    want.put("type", "note");
    want.put("permalink", "main/people/ada-lovelace");
    want.put("tags", List.of("model", "fei-fei"));
    want.put("empty", null);
    want.put("owner", "Fei-Fei");
    assertEquals(want, values);
    assertEquals(List.copyOf(want.keySet()), List.copyOf(values.keySet()));
    assertSameAsFullLoad(yaml);
  }

  @Test
  void indentedItemsAndBlankLinesStillReadAsTheLoadReadsThem() {
    for (String yaml :
        List.of(
            "tags:\n  - a\n  - b\ntitle: T\n",
            "title: T\n\ntags:\n- a\n\n- b\n",
            "title: x  y\n",
            "title: 测试文档\n")) {
      assertTrue(fast(yaml).isPresent(), yaml);
      assertSameAsFullLoad(yaml);
    }
  }

  @Test
  void anyScalarThatCouldBeMoreThanAStringFallsBackToTheFullLoad() {
    List<String> tricky =
        Arrays.asList(
            "title: 2024-01-02\n",
            "x: 010\n",
            "x: 12\n",
            "x: -1.5\n",
            "y: yes\n",
            "y: Off\n",
            "y: True\n",
            "y: NaN\n",
            "y: true\n",
            "z: null\n",
            "z: ~\n",
            "t: a: b\n",
            "u: a #c\n",
            "q: 'quoted'\n",
            "q: \"quoted\"\n",
            "q: it's\n",
            "e: \n",
            "tags: [a, b]\n",
            "m: {a: 1}\n",
            "nested:\n  a: 1\n",
            "a: &x v\nb: *x\n",
            "t: !!str 1\n",
            "p: |\n  text\n",
            "s: x \n",
            "s:  x\n",
            "s:\tx\n",
            "l: a\n  continued\n",
            "# comment\nk: v\n",
            "title: a\ntitle: b\n",
            "null: x\n",
            "true: x\n",
            "k: v\r\n",
            "tags:\n- a\n  - b\n",
            "tags:\n-\n",
            "tags:\n- 12\n",
            "k: v\n- a\n",
            "\n\n");
    for (String yaml : tricky) {
      assertEquals(Optional.empty(), fast(yaml), yaml);
      assertSameAsFullLoad(yaml);
    }
  }

  @Test
  void fallbacksComeOutAsBefore() {
    Map<String, Object> values =
        Frontmatter.parse("---\ntitle: 2024-01-02\nx: 010\n---\n").values();
    assertEquals("2024-01-02", values.get("title"));
    assertEquals(
        Frontmatter.parseFully("---\nx: 010\n---\n").values(), Map.of("x", values.get("x")));
    assertEquals("True", Frontmatter.parse("---\ny: true\n---\n").values().get("y"));
    assertEquals(
        List.of("a", "b"), Frontmatter.parse("---\ntags: [a, b]\n---\n").values().get("tags"));
    assertEquals(
        Map.of("a", "1"), Frontmatter.parse("---\nnested:\n  a: 1\n---\n").values().get("nested"));
    assertTrue(Frontmatter.parse("---\nt: a: b\n---\n").problem().isPresent());
    assertEquals("a", Frontmatter.parse("---\nu: a #c\n---\n").values().get("u"));
  }

  @Test
  void theJsonAndCoreSchemasReadEveryShortLetterWordAsAStringButTheSpecialOnes() {
    List<ScalarResolver> resolvers =
        List.of(
            new JsonScalarResolver(),
            new CoreScalarResolver(false),
            new PyYamlSchema.Resolver(),
            RESOLVER);
    List<String> words = new ArrayList<>();
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (char a : letters.toCharArray()) {
      words.add("" + a);
      for (char b : letters.toCharArray()) {
        words.add("" + a + b);
        for (char c : "aeilnorsuxyzAEILNORSUXYZ".toCharArray()) {
          words.add("" + a + b + c);
        }
      }
    }
    for (String w : List.of("null", "true", "false", "none", "yes", "off", "nan", "inf", "tilde")) {
      for (int mask = 0; mask < 1 << w.length(); mask++) {
        StringBuilder variant = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
          char ch = w.charAt(i);
          variant.append((mask & 1 << i) != 0 ? Character.toUpperCase(ch) : ch);
        }
        words.add(variant.toString());
      }
    }
    for (String word : words) {
      boolean special = PlainFrontmatter.SPECIAL_WORDS.contains(word.toLowerCase(Locale.ROOT));
      for (ScalarResolver resolver : resolvers) {
        if (!special) {
          assertEquals(Tag.STR, resolver.resolve(word, true), word);
        }
      }
      if (!special) {
        assertTrue(fast("k: " + word + "\n").isPresent(), word);
      }
    }
  }

  private static void assertSameAsFullLoad(String yaml) {
    String text = "---\n" + yaml + "---\nbody\n";
    Frontmatter before = Frontmatter.parseFully(text);
    Frontmatter after = Frontmatter.parse(text);
    assertEquals(before, after, yaml);
    assertEquals(List.copyOf(before.values().keySet()), List.copyOf(after.values().keySet()), yaml);
    before
        .values()
        .forEach(
            (k, v) ->
                assertEquals(
                    v == null ? null : v.getClass(),
                    after.values().get(k) == null ? null : after.values().get(k).getClass(),
                    yaml + " " + k));
  }
}
