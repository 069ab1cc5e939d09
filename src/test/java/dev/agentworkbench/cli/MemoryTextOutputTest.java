package dev.agentworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory commands' text output, compared with basic-memory's tool replies verbatim. */
class MemoryTextOutputTest {
  @TempDir Path temp;
  Path root;
  String out;
  String err;

  @BeforeEach
  void copy() {
    root = Fixtures.copy("memory/main", temp.resolve("main"));
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("memory"));
    all.addAll(List.of(args));
    all.addAll(List.of("--home", root.toString(), "--app-home", temp.resolve("app").toString()));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        WorkbenchCommand.execute(
            all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  private String checksum(String rel) throws Exception {
    return AtomicFileWriter.checksum(Files.readAllBytes(root.resolve(rel))).substring(0, 8);
  }

  @Test
  void editSummaryWithAMetadataOnlyEdit() throws Exception {
    assertEquals(
        0,
        run(
            "edit",
            "main/people/ada-lovelace",
            "--operation",
            "append",
            "--content",
            "",
            "--metadata",
            "status=active"));
    assertEquals(
        "# Edited note (append)\n"
            + "project: main\n"
            + "file_path: people/Ada Lovelace.md\n"
            + "permalink: main/people/ada-lovelace\n"
            + "checksum: "
            + checksum("people/Ada Lovelace.md")
            + "\n"
            + "operation: Added 1 lines to end of note\n"
            + "\n"
            + "## Observations\n"
            + "- preference: 1\n"
            + "- role: 1\n"
            + "\n"
            + "## Relations\n"
            + "- Resolved: 2\n"
            + "- Unresolved: 1\n"
            + "\n"
            + "[Session: Using project 'main']\n",
        out);
    String text = Files.readString(root.resolve("people/Ada Lovelace.md"));
    assertEquals(true, text.contains("role: ml-platform lead\nstatus: active\n---\n"), text);
  }

  @Test
  void folderMoveAndDeleteSummaries() throws Exception {
    assertEquals(0, run("move", "ml", "research/ml", "--is-directory"));
    assertEquals(
        "# Directory Moved Successfully\n\n"
            + "- from: ml\n"
            + "- to: research/ml\n"
            + "- notes moved: 3\n"
            + "- permalinks: kept\n\n"
            + "[Session: Using project 'main']\n",
        out);
    assertEquals(0, run("read", "main/ml/training/learning-rate-warmup", "--json"));
    assertEquals(true, out.contains("\"research/ml/training/Learning Rate Warmup.md\""), out);
    assertEquals(0, run("delete", "research", "--is-directory"));
    assertEquals(
        "# Directory Deleted Successfully\n\n"
            + "- directory: research\n"
            + "- notes deleted: 3\n"
            + "  - research/ml/experiments/LoRA Fine-Tuning Run 2025-03.md\n"
            + "  - research/ml/training/Cosine Decay Schedule.md\n"
            + "  - research/ml/training/Learning Rate Warmup.md\n\n"
            + "[Session: Using project 'main']\n",
        out);
    assertEquals(false, Files.exists(root.resolve("research")));
    assertEquals(1, run("delete", "research", "--is-directory"));
    assertEquals("Folder not found: 'research'. Nothing was deleted.\n", err);
  }

  @Test
  void searchTakesBasicMemoryFilters() throws Exception {
    assertEquals(0, run("search", "--meta", "status=accepted", "--json"));
    assertEquals(true, out.contains("\"title\" : \"Use FSDP Over DeepSpeed\""), out);
    assertEquals(true, out.contains("\"total\" : 1"), out);
    assertEquals(
        0,
        run(
            "search",
            "--metadata-filters",
            "{\"status\": {\"$in\": [\"accepted\", \"completed\"]}}",
            "--json"));
    assertEquals(true, out.contains("\"total\" : 2"), out);
    assertEquals(0, run("search", "--entity-types", "observation", "--category", "decision"));
    assertEquals(
        true,
        out.startsWith(
            "# Search Results: \n\n"
                + "### decision: Use FSDP with full sharding for models above 7B parameters"
                + " #fsdp...\n"
                + "- permalink: main/decisions/use-fsdp-over-deep-speed/observations/decision/"
                + "use-fsdp-with-full-sharding-for-models-above-7-b-parameters-fsdp\n"
                + "- file_path: decisions/Use FSDP Over DeepSpeed.md\n"),
        out);
    assertEquals(true, out.endsWith("*1 results | page 1, page_size 10*\n"), out);
    assertEquals(2, run("search", "--filter", "[1]"));
    assertEquals("# Error\n\nMetadata filter JSON must be an object\n", err);
  }
}
