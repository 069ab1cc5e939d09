package dev.agentworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.spec.SpecParser;
import dev.agentworkbench.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDocumentTest {
  @Test
  void splitsListsIntoItemsAndLongCodeIntoChunks() {
    String code = "x\n".repeat(MarkdownDocument.CODE_CHUNK_LINES * 2 + 5);
    MarkdownDocument doc =
        MarkdownDocument.of("# Title\n\n- one\n- two\n  - nested\n\n```sh\n" + code + "```\n");
    List<MarkdownDocument.Block> blocks = doc.blocks();
    assertEquals(1 + 2 + 3, blocks.size());
    assertTrue(blocks.get(1) instanceof MarkdownDocument.Item i && i.first() && !i.last());
    assertTrue(blocks.get(2).text().contains("nested"));
    assertTrue(blocks.get(5) instanceof MarkdownDocument.CodeLines c && c.last() && !c.first());
    assertEquals(List.of(new MarkdownDocument.OutlineItem(1, "Title", 0)), doc.outline());
  }

  @Test
  void findsEveryOccurrenceInTheWholeDocument() throws Exception {
    String seed =
        Files.readString(
            Fixtures.fixture("agents/project/.claude/agents/machine-learning-engineer.md"));
    String body = SpecParser.parse(seed).effectiveBody();
    MarkdownDocument doc = MarkdownDocument.of(body.repeat(40));
    assertEquals(40, doc.find("Canary Releases").size());
    assertEquals(40, doc.find("FORBIDDEN").size());
    int last = doc.find("FORBIDDEN").get(39).block();
    assertTrue(last > doc.blocks().size() * 9 / 10, "the last match is near the end");
    assertEquals(List.of(), doc.find("  "));
  }
}
