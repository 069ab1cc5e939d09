package dev.agentworkbench.memory.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts produced by PyYAML 6.0.3 safe_dump(sort_keys=False, allow_unicode=True). */
class FrontmatterWriterTest {

  @Test
  void writesAsPyYamlSafeDumpIncludingFoldingAndQuoting() {
    Map<String, Object> fm = new LinkedHashMap<>();
    fm.put(
        "title",
        "The quick brown fox jumps over the lazy dog while the cat watches from the window sill quietly");
    fm.put(
        "x",
        "GPU Memory: a long title that needs quoting because of the colon and goes past eighty chars wide");
    fm.put(
        "tags",
        List.of(
            "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho"));
    assertEquals(
        "---\n"
            + "title: The quick brown fox jumps over the lazy dog while the cat watches from the\n"
            + "  window sill quietly\n"
            + "x: 'GPU Memory: a long title that needs quoting because of the colon and goes past\n"
            + "  eighty chars wide'\n"
            + "tags:\n"
            + "- alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron\n"
            + "  pi rho\n"
            + "---\n",
        FrontmatterWriter.block(fm));
  }

  @Test
  void quotesValuesThatWouldChangeType() {
    assertEquals("'2025-03-14'", FrontmatterWriter.scalar("2025-03-14"));
    assertEquals("'true'", FrontmatterWriter.scalar("true"));
    assertEquals("'42'", FrontmatterWriter.scalar("42"));
    assertEquals("'#tag'", FrontmatterWriter.scalar("#tag"));
    assertEquals("测试文档", FrontmatterWriter.scalar("测试文档"));
    assertEquals("main/中文/测试文档", FrontmatterWriter.scalar("main/中文/测试文档"));
    assertEquals("Don't Panic", FrontmatterWriter.scalar("Don't Panic"));
  }
}
