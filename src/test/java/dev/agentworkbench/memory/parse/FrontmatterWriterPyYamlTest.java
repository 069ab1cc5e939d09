package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer against PyYAML itself (what basic-memory writes with): the same frontmatter values
 * dumped by {@code yaml.safe_dump(sort_keys=False, allow_unicode=True, default_flow_style=False)}
 * must come out byte for byte. Skipped where python3 has no PyYAML ({@code .ci/run} installs
 * python3-yaml).
 */
class FrontmatterWriterPyYamlTest {
  @TempDir Path temp;

  private static final String DUMP =
      "import json, sys, yaml\n"
          + "cases = json.load(open(sys.argv[1], encoding='utf-8'))\n"
          + "out = [yaml.safe_dump(c, sort_keys=False, allow_unicode=True,"
          + " default_flow_style=False) for c in cases]\n"
          + "open(sys.argv[2], 'w', encoding='utf-8').write(json.dumps(out))\n";

  @Test
  void writesEveryValueAsPyYamlDoes() throws Exception {
    List<String> values = new ArrayList<>(adversarial());
    Random random = new Random(20261127);
    for (int i = 0; i < 600; i++) {
      values.add(randomText(random));
    }
    List<Map<String, Object>> cases = new ArrayList<>();
    for (String v : values) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("title", v);
      fm.put("tags", List.of(v, "plain"));
      fm.put("nested", Map.of("key", v));
      cases.add(fm);
    }
    List<String> expected = pyYaml(cases);
    int differing = 0;
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < cases.size(); i++) {
      String mine = FrontmatterWriter.block(cases.get(i));
      String theirs = "---\n" + expected.get(i) + "---\n";
      if (!mine.equals(theirs)) {
        differing++;
        if (differing <= 5) {
          report.append("\nvalue ").append(escaped(values.get(i)));
          report.append("\nPyYAML:\n").append(theirs).append("app:\n").append(mine);
        }
      }
    }
    assertEquals(0, differing, differing + " of " + cases.size() + " differ:" + report);
  }

  @Test
  void whatItWritesReadsBackAsTheSameValues() {
    for (String v : adversarial()) {
      if (v.chars().anyMatch(c -> c == 0x85 || c == 0x2028 || c == 0x2029)) {
        continue; // line breaks in YAML 1.1 only: the app reads YAML 1.2, where they are text
      }
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("title", v);
      fm.put("tags", List.of(v));
      Frontmatter read = Frontmatter.parse(FrontmatterWriter.block(fm) + "\nbody\n");
      assertEquals(fm, read.values(), escaped(v));
    }
  }

  private static final String LOAD =
      "import datetime, json, sys, yaml\n"
          + "def norm(v):\n"
          + "    if isinstance(v, bool): return 'True' if v else 'False'\n"
          + "    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()\n"
          + "    if isinstance(v, (int, float)): return str(v)\n"
          + "    if isinstance(v, list): return [norm(x) for x in v]\n"
          + "    if isinstance(v, dict): return {str(norm(k)): norm(x) for k, x in v.items()}\n"
          + "    return v\n"
          + "out = []\n"
          + "for text in json.load(open(sys.argv[1], encoding='utf-8')):\n"
          + "    try:\n"
          + "        d = yaml.safe_load(text)\n"
          + "        out.append(norm(d) if isinstance(d, dict) else 'NOT A MAPPING')\n"
          + "    except Exception:\n"
          + "        out.append('ERROR')\n"
          + "open(sys.argv[2], 'w', encoding='utf-8').write(json.dumps(out))\n";

  @Test
  void readsFrontmatterValuesAsBasicMemoryGetsThemFromPyYaml() throws Exception {
    List<String> yamls = new ArrayList<>();
    for (String v :
        List.of(
            "~",
            "null",
            "Null",
            "NULL",
            "nUll",
            "yes",
            "No",
            "ON",
            "off",
            "y",
            "n",
            "True",
            "0x1F",
            "-0x1f",
            "017",
            "-017",
            "0b101",
            "1_000",
            "+12",
            "-0",
            "00",
            "09",
            "1:30",
            "-1:30:15",
            "190:20:30",
            "1e3",
            "1.5e+3",
            "1.0e-5",
            "0.0001",
            "0.00001",
            "12345678.5",
            "1.",
            ".5",
            "+.5",
            "-.5",
            "1_000.5",
            "1:30.5",
            ".inf",
            "-.Inf",
            ".NaN",
            "3.14159265358979",
            "1.0e+16",
            "1e16",
            "123456789012345678901234567890",
            "2025-03-14",
            "2025-3-4",
            "2025-03-14 10:00:00",
            "2025-03-14T10:00:00Z",
            "2025-03-14t10:00:00.5 +05:30",
            "2025-03-14 10:00:00.1234567",
            "2025-03-14T10:00:00-08",
            "2025-03-14 10:00",
            "2025-02-30",
            "20250314",
            "'quoted 1'",
            "\"0x1F\"",
            "plain words",
            "[1, yes, ~]",
            "{a: 1, b: off}")) {
      yamls.add("k: " + v + "\n");
    }
    yamls.add("title: A\ntitle: B\n");
    yamls.add("yes: 1\n2: x\n~: none\n"); // (1 and True are one key in Python)
    yamls.add("tags:\n- 1\n- on\n- 2025-03-14\n");
    Random random = new Random(27);
    String alphabet = "0123456789+-._:eExXbBoOtTZ nNyYaAlLsSuUfF";
    for (int i = 0; i < 800; i++) {
      StringBuilder token = new StringBuilder();
      int length = 1 + random.nextInt(18);
      for (int j = 0; j < length; j++) {
        token.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = token.toString().strip();
      if (!t.isEmpty()) {
        yamls.add("k: " + t + "\n");
      }
    }
    List<?> expected = python(LOAD, yamls, List.class);
    StringBuilder report = new StringBuilder();
    int differing = 0;
    for (int i = 0; i < yamls.size(); i++) {
      Frontmatter read = Frontmatter.parse("---\n" + yamls.get(i) + "---\nbody\n");
      Object mine = read.problem().isPresent() ? "ERROR" : read.values();
      if (!String.valueOf(expected.get(i)).equals(String.valueOf(mine))) {
        differing++;
        if (differing <= 12) {
          report
              .append("\n")
              .append(yamls.get(i).strip())
              .append("  PyYAML ")
              .append(expected.get(i))
              .append("  app ")
              .append(mine);
        }
      }
    }
    assertEquals(0, differing, differing + " of " + yamls.size() + " differ:" + report);
  }

  private static List<String> adversarial() {
    return List.of(
        "x\ty",
        "a\tb",
        "line\u2028separator",
        "next\u0085line",
        "para\u2029graph",
        "bom\ufeffinside",
        "bell\u0007",
        "del\u007f",
        "c1\u0090",
        "nbsp\u00a0inside",
        "\u00a0leading nbsp",
        "emoji \ud83d\ude80 rocket",
        "multi\nline",
        "trailing break\n",
        "\nleading break",
        "space \nthen break",
        "break\n then space",
        "y",
        "n",
        "Y",
        "N",
        "oN",
        "On",
        "yes",
        "NO",
        "+.5",
        ".",
        ".5",
        "1.",
        "1e3",
        "1.5e+3",
        "0x1F",
        "017",
        "0b101",
        "1_000",
        "1:30",
        "1:30.5",
        "~",
        "Null",
        "nUll",
        "2025-3-4",
        "2025-03-14",
        "2025-03-14 10:00",
        "2025-03-14 10:00:00",
        "2025-03-14T10:00:00Z",
        "2025-03-14t10:00:00.5 +05:30",
        ".inf",
        "-.INF",
        ".NaN",
        "<<",
        "=",
        "GPU Memory: 80GB",
        "a #b",
        "a#b",
        "#a",
        "- a",
        "-a",
        "? x",
        "?x",
        ": x",
        ":x",
        "a:",
        "a:b",
        "---x",
        "...",
        "@x",
        "`x",
        "%x",
        "!x",
        "&x",
        "*x",
        "|x",
        ">x",
        "'quoted'",
        "\"double\"",
        "it's",
        "back\\slash",
        "[x]",
        "{x}",
        "a, b",
        " leading space",
        "trailing space ",
        "",
        "a very long value with a\ttab in it that goes on and on past the eightieth column"
            + " of the line for sure",
        "a very long value with a\u2028line separator that goes on past the eightieth column"
            + " of the line for sure",
        "a very long value with 'quotes' that goes on and on past the eightieth column of the"
            + " line for sure and more",
        "multi\nline and long: this goes on and on past the eightieth column of the line for"
            + " sure and more",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            + " b",
        "测试文档 " + "很长的标题".repeat(20),
        "double  spaces  in a long line that goes on and on past the eightieth column of the"
            + " line");
  }

  private static final String ALPHABET =
      "ab c:#-'\"\\\t\n\u0085\u2028\u00a0\ufeff\u0007.,[]{}?!%@`*&|>~0123456789é中\ud83d\ude80";

  private static String randomText(Random random) {
    int[] cps = ALPHABET.codePoints().toArray();
    StringBuilder s = new StringBuilder();
    int length = 1 + random.nextInt(random.nextInt(4) == 0 ? 120 : 12);
    for (int i = 0; i < length; i++) {
      int c = random.nextInt(3) == 0 ? cps[random.nextInt(cps.length)] : 'a' + random.nextInt(26);
      if (random.nextInt(5) == 0) {
        c = ' ';
      }
      s.appendCodePoint(c);
    }
    return s.toString();
  }

  private List<String> pyYaml(List<Map<String, Object>> cases) throws Exception {
    return List.of(python(DUMP, cases, String[].class));
  }

  /** Runs a script with PyYAML on the input as JSON; its answer, read from JSON. */
  private <T> T python(String script, Object input, Class<T> answer) throws Exception {
    Path file = temp.resolve("script.py");
    Path in = temp.resolve("in.json");
    Path out = temp.resolve("out.json");
    Files.writeString(file, script);
    new ObjectMapper().writeValue(in.toFile(), input);
    assumeTrue(hasPyYaml(), "python3 with PyYAML (python3-yaml) is not installed");
    Process p =
        new ProcessBuilder("python3", file.toString(), in.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), log);
    return new ObjectMapper().readValue(out.toFile(), answer);
  }

  private static boolean hasPyYaml() {
    try {
      Process p =
          new ProcessBuilder("python3", "-c", "import yaml").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0xfeff) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
