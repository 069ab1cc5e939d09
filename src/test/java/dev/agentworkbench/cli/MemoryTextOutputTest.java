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

  @Test
  void writeSummaryAndItsRefusal() throws Exception {
    String content =
        "- [tip] Start small #lr\n- pairs_with [[Learning Rate Warmup]]\n"
            + "- extends [[Nowhere]]\n";
    assertEquals(
        0,
        run(
            "write",
            "--title",
            "Warmup Notes",
            "--folder",
            "ml",
            "--content",
            content,
            "--tags",
            "a,b"));
    assertEquals(
        "# Created note\n"
            + "project: main\n"
            + "file_path: ml/Warmup Notes.md\n"
            + "permalink: main/ml/warmup-notes\n"
            + "checksum: "
            + checksum("ml/Warmup Notes.md")
            + "\n\n"
            + "## Observations\n"
            + "- tip: 1\n\n"
            + "## Relations\n"
            + "- Resolved: 1\n"
            + "- Unresolved: 1\n\n"
            + "Note: Unresolved relations point to entities that don't exist yet.\n"
            + "They will be automatically resolved when target entities are created or during"
            + " sync operations.\n\n"
            + "## Tags\n"
            + "- a, b\n\n"
            + "[Session: Using project 'main']\n",
        out);
    assertEquals(1, run("write", "--title", "Warmup Notes", "--folder", "ml", "--content", "x"));
    String home = " --home \"" + root + "\"";
    assertEquals(
        "# Error: Note already exists\n\n"
            + "**\"Warmup Notes\"** already exists (`main/ml/warmup-notes`).\n\n"
            + "`write` does not overwrite by default. Choose an option:\n\n"
            + "| Goal | Action |\n"
            + "|------|--------|\n"
            + "| Append content | `workbench memory edit \"main/ml/warmup-notes\" --operation append"
            + " --content \"...\""
            + home
            + "` |\n"
            + "| Prepend content | `workbench memory edit \"main/ml/warmup-notes\" --operation"
            + " prepend --content \"...\""
            + home
            + "` |\n"
            + "| Replace a section | `workbench memory edit \"main/ml/warmup-notes\" --operation"
            + " replace_section --section \"...\" --content \"...\""
            + home
            + "` |\n"
            + "| Full replace | `workbench memory write --title \"Warmup Notes\" --folder \"ml\""
            + " --content \"...\" --overwrite"
            + home
            + "` |\n"
            + "| Inspect first | `workbench memory read \"main/ml/warmup-notes\""
            + home
            + "` |\n\n"
            + "Project: main\n",
        err);
    assertEquals(2, run("write", "--title", "X", "--folder", "../up", "--content", "x"));
    assertEquals(
        "# Error\n\nDirectory path '../up' is not allowed - paths must stay within project"
            + " boundaries\n",
        err);
  }

  @Test
  void readDeleteAndErrorTexts() throws Exception {
    assertEquals(0, run("read", "Ada Lovelace"));
    assertEquals(Files.readString(root.resolve("people/Ada Lovelace.md")), out);
    String id = "main/people/ada-lovelace";
    assertEquals(
        2, run("edit", id, "--operation", "find_replace", "--find-text", "zzz", "--content", "y"));
    assertEquals("# Edit Failed - Text Not Found\n\nText to replace not found: 'zzz'\n", err);
    assertEquals(
        2, run("edit", id, "--operation", "find_replace", "--find-text", "Ada", "--content", "y"));
    assertEquals(
        true,
        err.startsWith(
            "# Edit Failed - Wrong Replacement Count\n\nExpected 1"
                + " occurrences of 'Ada', but found "),
        err);
    assertEquals(2, run("edit", id, "--operation", "insert_after_section", "--content", "y"));
    assertEquals(
        "# Edit Failed - Missing Section\n\n"
            + "section parameter is required for section-based operations\n",
        err);
    assertEquals(
        2,
        run(
            "edit",
            id,
            "--operation",
            "insert_after_section",
            "--section",
            "Nope",
            "--content",
            "y"));
    assertEquals(
        "# Edit Failed - Section Not Found\n\nSection 'Nope' not found in document. Use"
            + " replace_section to create a new section.\n",
        err);
    assertEquals(2, run("edit", "Learning Rate Warmup", "--operation", "append", "--content", "x"));
    assertEquals(
        true,
        err.startsWith(
            "# Edit Failed - Ambiguous Identifier\n\nAmbiguous"
                + " identifier 'Learning Rate Warmup' matches 2 notes: "),
        err);
    assertEquals(2, run("move", id, "../../outside.md"));
    assertEquals(
        "# Move Failed - Security Validation Error\n\nDestination path '../../outside.md' is not"
            + " allowed - paths must stay within project boundaries\n",
        err);
    assertEquals(2, run("search"));
    assertEquals(true, err.startsWith("# No Search Criteria\n"), err);
    assertEquals(0, run("delete", id));
    assertEquals("True\n", out);
    assertEquals(1, run("delete", id));
    assertEquals("False\n", out);
  }
}
