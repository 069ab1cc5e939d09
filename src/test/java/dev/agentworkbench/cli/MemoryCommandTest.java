package dev.agentworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentworkbench.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryCommandTest {
  @TempDir Path temp;
  Path root;
  String out;
  String err;

  @BeforeEach
  void copy() {
    root = Fixtures.copy("memory/main", temp.resolve("notes"));
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

  private JsonNode json() throws Exception {
    return new ObjectMapper().readTree(out);
  }

  @Test
  void readGivesBasicMemoryJsonShape() throws Exception {
    assertEquals(0, run("read", "main/ml/training/learning-rate-warmup", "--json"));
    JsonNode n = json();
    assertEquals("Learning Rate Warmup", n.get("title").asText());
    assertEquals("ml/training/Learning Rate Warmup.md", n.get("file_path").asText());
    assertFalse(n.get("content").asText().startsWith("---"));
    assertEquals("concept", n.get("frontmatter").get("type").asText());
    JsonNode obs = n.get("observations").get(1);
    assertEquals("heuristic", obs.get("category").asText());
    assertEquals("tune per model size", obs.get("context").asText());
    assertEquals("rule-of-thumb", obs.get("tags").get(0).asText());
    for (JsonNode o : n.get("observations")) {
      if (o.get("content").asText().indexOf('#') < 0) {
        assertTrue(o.get("tags").isNull(), "no tags is null, as in expected-parse.json: " + o);
      }
    }
    assertEquals("links_to", n.get("relations").get(0).get("type").asText());
    assertEquals("early-training instability", n.get("relations").get(3).get("context").asText());
  }

  @Test
  void readTextIsTheRawFileAndNotFoundIsExitOne() throws Exception {
    assertEquals(0, run("read", "Ada Lovelace"));
    assertEquals(Files.readString(root.resolve("people/Ada Lovelace.md")), out);
    assertEquals(1, run("read", "No Such Note Anywhere"));
    assertTrue(err.contains("Note not found") || err.contains("Note Not Found"), err);
  }

  @Test
  void searchGivesResultsTotalAndHasMore() throws Exception {
    assertEquals(0, run("search", "warmup", "--json", "--page-size", "1"));
    JsonNode s = json();
    assertTrue(s.get("total").asInt() >= 2);
    assertTrue(s.get("has_more").asBoolean());
    JsonNode hit = s.get("results").get(0);
    for (String field : List.of("title", "permalink", "file_path", "score")) {
      assertTrue(hit.has(field), field);
    }
    assertEquals(0, run("search", "zebra", "--type", "note"));
    assertTrue(out.contains("### Bad Frontmatter"), out);
    assertEquals(0, run("search", "warmup", "--folder", "archive", "--json"));
    assertEquals(1, json().get("total").asInt());
    // the notes were copied just now: changed within a week, and none after tomorrow
    assertEquals(0, run("search", "warmup", "--after-date", "1 week", "--json"));
    assertTrue(json().get("total").asInt() >= 2, out);
    String tomorrow = java.time.LocalDate.now().plusDays(2).toString();
    assertEquals(0, run("search", "warmup", "--after-date", tomorrow, "--json"));
    assertEquals(0, json().get("total").asInt(), out);
    assertEquals(2, run("search", "warmup", "--after-date", "someday"));
    assertTrue(err.contains("Invalid timeframe"), err);
  }

  @Test
  void aSearchThatFindsNothingSaysWhatToTryOrWhyTheQueryCannotFindAnything() throws Exception {
    assertEquals(0, run("search", "zzqxv"));
    assertEquals(
        "No results found for 'zzqxv' in project 'main'. Try broader or different terms, or run"
            + " `workbench memory recent --timeframe 7d`.\n",
        out);
    assertEquals(0, run("search", "warmup AND"));
    assertEquals(
        "No results found for 'warmup AND' in project 'main': AND needs a word after it.\n", out);
    assertEquals(0, run("search", "warmup AND", "--json"));
    assertEquals(0, json().get("total").asInt(), "the JSON stays basic-memory's empty page");
  }

  @Test
  void aTagInABooleanQueryIsAFilterAndTakesItsOperatorWithIt() throws Exception {
    assertEquals(0, run("search", "warmup AND tag:optimization"));
    assertTrue(out.contains("### Learning Rate Warmup"), out);
    assertFalse(out.contains("needs a word"), out);
    assertEquals(0, run("search", "warmup AND tag:optimization", "--json"));
    assertEquals(2, json().get("total").asInt(), "the two notes tagged optimization: " + out);
  }

  @Test
  void writeRefusesAnExistingNoteUnlessOverwrite() throws Exception {
    assertEquals(
        0,
        run(
            "write",
            "--title",
            "Fresh Idea",
            "--folder",
            "ideas",
            "--content",
            "- [idea] Try it #x",
            "--tags",
            "a,b",
            "--json"));
    assertEquals("main/ideas/fresh-idea", json().get("permalink").asText());
    assertEquals("created", json().get("action").asText());
    assertEquals(
        1, run("write", "--title", "Fresh Idea", "--folder", "ideas", "--content", "again"));
    assertTrue(err.contains("# Error: Note already exists"), err);
    assertEquals(
        1, run("write", "--title", "Fresh Idea", "--folder", "ideas", "--content", "x", "--json"));
    assertEquals("conflict", json().get("action").asText());
    assertEquals("NOTE_ALREADY_EXISTS", json().get("error").asText());
    assertEquals("main/ideas/fresh-idea", json().get("permalink").asText(), "the note there");
    assertEquals("ideas/Fresh Idea.md", json().get("file_path").asText());
    assertTrue(json().get("checksum").isNull(), out);
    assertEquals(
        0,
        run(
            "write",
            "--title",
            "Fresh Idea",
            "--folder",
            "ideas",
            "--content",
            "again",
            "--overwrite"));
    assertTrue(out.startsWith("# Updated note"), out);
    assertEquals(2, run("write", "--title", "X", "--folder", "../escape", "--content", "x"));
    assertTrue(
        err.contains(
            "Directory path '../escape' is not allowed - paths must stay within project boundaries"),
        err);
    assertFalse(Files.exists(temp.resolve("notes/escape")));
  }

  @Test
  void aTitleIsNotAPathItsCharactersMakeAFileNameAsBasicMemoryMakesIt() throws Exception {
    String[][] cases = {
      {"Q: Why does loss spike?", "qa", "qa/Q- Why does loss spike.md"},
      {"A: the answer", "qa", "qa/A- the answer.md"},
      {"x:y", "qa", "qa/x-y.md"},
      {"../x", "z", "z/x.md"},
      {"a/../../b", "e", "e/a-..-..-b.md"},
      {"~root", "t", "t/~root.md"},
      {"x/~", "t", "t/x-~.md"},
    };
    for (String[] c : cases) {
      assertEquals(
          0,
          run("write", "--title", c[0], "--folder", c[1], "--content", "body", "--json"),
          c[0] + ": " + out + err);
      assertEquals(c[2], json().get("file_path").asText(), c[0]);
      assertEquals(c[0], json().get("title").asText(), "the title is kept as typed");
      assertTrue(Files.isRegularFile(root.resolve(c[2])), c[2]);
    }
    assertTrue(
        Files.readString(root.resolve("qa/Q- Why does loss spike.md"))
            .contains("title: 'Q: Why does loss spike?'"));
    for (String title : List.of("??", "***", "<>", "..")) {
      assertEquals(2, run("write", "--title", title, "--folder", "qa", "--content", "x"), title);
      assertTrue(
          err.contains("Title '" + title + "' has no characters usable in a file name"), err);
      assertFalse(err.contains("paths must stay within project boundaries"), err);
    }
  }

  @Test
  void aHandWrittenNoteWithAColonInItsTitleIsReadEditedAndDeletedByItsTitle() throws Exception {
    Files.createDirectories(root.resolve("qa"));
    Files.writeString(
        root.resolve("qa/Q- Why does loss spike.md"),
        "---\ntitle: 'Q: Why does loss spike?'\ntype: note\n---\n\nThe LR peaked early.\n");
    Files.writeString(root.resolve("qa/x:y.md"), "hand-made file name\n");
    assertEquals(0, run("read", "Q: Why does loss spike?"), err);
    assertTrue(out.contains("The LR peaked early."), out);
    assertEquals(0, run("read", "x:y"), err);
    assertEquals(0, run("read", "qa/x:y.md"), err);
    assertEquals(
        0,
        run("edit", "Q: Why does loss spike?", "--operation", "append", "--content", "tail"),
        err);
    assertTrue(Files.readString(root.resolve("qa/Q- Why does loss spike.md")).endsWith("tail"));
    assertEquals(0, run("delete", "Q: Why does loss spike?"), err);
    assertFalse(Files.exists(root.resolve("qa/Q- Why does loss spike.md")));
    assertEquals(2, run("read", "C:/Windows/win.ini"), "a drive path that names no note");
    assertTrue(err.contains("Identifier 'C:/Windows/win.ini' is not allowed"), err);
  }

  @Test
  void aTabIsRefusedAsEveryOtherControlCharacterIs() throws Exception {
    assertEquals(2, run("write", "--title", "a\ttab", "--folder", "t", "--content", "x"));
    assertTrue(
        err.contains("Title 'a\ttab' is not allowed - paths must stay within project boundaries"),
        err);
    assertEquals(2, run("write", "--title", "T", "--folder", "a\tb", "--content", "x"));
    assertTrue(err.contains("Directory path 'a\tb' is not allowed"), err);
    assertFalse(Files.exists(root.resolve("ab")), "not written to ab/");
    assertEquals(2, run("read", "memory://main/a\tb"));
    assertTrue(err.contains("Identifier 'main/a\tb' is not allowed"), err);
    assertEquals(2, run("context", "memory://a\tb"));
    assertTrue(err.contains("is not allowed"), err);
    assertEquals(2, run("edit", "new\tnote", "--operation", "append", "--content", "x"));
    assertTrue(err.contains("Identifier 'new\tnote' is not allowed"), err);
    assertFalse(Files.exists(root.resolve("new\tnote.md")));
    for (String c : List.of("\u0001", "\r", "\n", "\u007f")) {
      assertEquals(2, run("write", "--title", "a" + c + "b", "--folder", "t", "--content", "x"));
      assertTrue(err.contains("is not allowed - paths must stay within project boundaries"), err);
    }
  }

  @Test
  void searchRefusesAFolderOutsideTheProjectAsWriteDoes() throws Exception {
    for (String folder : List.of("../x", "/etc", "~/x")) {
      assertEquals(2, run("search", "warmup", "--folder", folder), folder);
      assertTrue(
          err.contains(
              "Directory path '"
                  + folder
                  + "' is not allowed - paths must stay within project boundaries"),
          err);
      assertEquals(2, run("search", "warmup", "--folder", folder, "--json"), folder);
      assertEquals("SECURITY_VALIDATION_ERROR", json().get("error").asText(), out);
    }
    Files.createDirectories(root.resolve("Plans ~ Q3"));
    Files.writeString(root.resolve("Plans ~ Q3/Warmup Plan.md"), "# Warmup Plan\n");
    assertEquals(0, run("search", "warmup", "--folder", "Plans ~ Q3", "--json"), err);
    assertEquals(1, json().get("total").asInt(), "a ~ inside a folder's name is no home: " + out);
    assertEquals(0, run("search", "warmup", "--folder", "ml/training", "--json"));
    assertEquals(2, json().get("total").asInt(), out);
    for (JsonNode hit : json().get("results")) {
      assertTrue(hit.get("file_path").asText().startsWith("ml/training/"), out);
    }
  }

  @Test
  void theAdviceForAnExistingNoteRunsAsPrintedOnTheSameProject() throws Exception {
    assertEquals(0, run("write", "--title", "Our Feature", "--folder", "docs", "--content", "v1"));
    assertEquals(1, run("write", "--title", "Our Feature", "--folder", "docs", "--content", "v2"));
    String advice = err;
    for (String goal : List.of("Append content", "Full replace")) {
      String line = advice.lines().filter(l -> l.startsWith("| " + goal)).findFirst().orElseThrow();
      String command = line.substring(line.indexOf('`') + 1, line.lastIndexOf('`'));
      assertTrue(command.endsWith(" --home \"" + root + "\""), command);
      List<String> words = new ArrayList<>();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
      while (m.find()) {
        words.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
      assertEquals(List.of("workbench", "memory"), words.subList(0, 2), command);
      words.set(words.indexOf("..."), goal + " done");
      words.addAll(List.of("--app-home", temp.resolve("app").toString()));
      int code =
          WorkbenchCommand.execute(
              words.subList(1, words.size()).toArray(String[]::new),
              new PrintWriter(new StringWriter()),
              new PrintWriter(new StringWriter()));
      assertEquals(0, code, command);
      assertTrue(
          Files.readString(root.resolve("docs/Our Feature.md")).contains(goal + " done"), command);
    }
    assertTrue(advice.contains("--folder \"docs\""), advice);
  }

  @Test
  void aProjectOrFolderIsQuotedForAShell() {
    MemoryOptions o = new MemoryOptions();
    o.project = "it's $work";
    assertEquals(" --project 'it'\\''s $work'", o.selection());
    o.project = "work notes";
    assertEquals(" --project \"work notes\"", o.selection());
    o.project = null;
    assertEquals("", o.selection());
  }

  @Test
  void editOperationsAndTheirErrors() throws Exception {
    String id = "main/people/ada-lovelace";
    assertEquals(0, run("edit", id, "--operation", "append", "--content", "tail line"));
    assertEquals(0, run("edit", id, "--operation", "prepend", "--content", "head line"));
    String text = Files.readString(root.resolve("people/Ada Lovelace.md"));
    assertTrue(text.contains("---\n\nhead line\n# Ada Lovelace"), "basic-memory's layout: " + text);
    assertTrue(text.endsWith("tail line"));
    assertEquals(
        2, run("edit", id, "--operation", "find_replace", "--find-text", "zzz", "--content", "y"));
    assertTrue(err.contains("Text to replace not found: 'zzz'"), err);
    assertEquals(
        2, run("edit", id, "--operation", "find_replace", "--find-text", "Ada", "--content", "y"));
    assertTrue(err.contains("Expected 1 occurrences of 'Ada', but found"), err);
    assertEquals(
        0,
        run(
            "edit",
            id,
            "--operation",
            "insert_before_section",
            "--section",
            "Relations",
            "--content",
            "## Notes\n- noted"));
    assertTrue(
        Files.readString(root.resolve("people/Ada Lovelace.md"))
            .contains("\n\n## Notes\n- noted\n\n## Relations"),
        "a blank line on each side, as basic-memory inserts it");
    assertEquals(
        0,
        run(
            "edit",
            id,
            "--operation",
            "find_replace",
            "--find-text",
            "nothere",
            "--content",
            "y",
            "--expected-replacements",
            "0"),
        "zero expected and zero found: the check passes");
    assertEquals(2, run("edit", "Learning Rate Warmup", "--operation", "append", "--content", "x"));
    assertTrue(err.contains("Ambiguous identifier 'Learning Rate Warmup' matches 2 notes"), err);
  }

  @Test
  void writeTakesTagsAsBasicMemoryDoesCommaSeparatedAJsonArrayOrRepeated() throws Exception {
    assertEquals(
        0,
        run(
            "write",
            "--title",
            "J",
            "--folder",
            "t",
            "--content",
            "c",
            "--tags",
            "[\"x\",\"y z\"]"));
    assertEquals(
        0, run("write", "--title", "C", "--folder", "t", "--content", "c", "--tags", "#a, b"));
    assertEquals(
        0,
        run(
            "write",
            "--title",
            "R",
            "--folder",
            "t",
            "--content",
            "c",
            "--tags",
            "p",
            "--tags",
            "q"));
    assertTrue(Files.readString(root.resolve("t/J.md")).contains("tags:\n- x\n- y z\n"));
    assertTrue(Files.readString(root.resolve("t/C.md")).contains("tags:\n- a\n- b\n"));
    assertTrue(Files.readString(root.resolve("t/R.md")).contains("tags:\n- p\n- q\n"));
  }

  @Test
  void recentListsObservationsAndRelationsTooAndSaysWhenThereIsMore() throws Exception {
    assertEquals(0, run("recent", "--json", "--page-size", "1"));
    assertTrue(json().get("has_more").asBoolean(), out);
    JsonNode first = json().get("results").get(0);
    assertEquals("entity", first.get("primary_result").get("type").asText());
    assertTrue(first.has("observations") && first.has("related_results"), out);
    assertEquals(1, json().get("metadata").get("primary_count").asInt(), out);
    assertEquals(
        0, run("recent", "--json", "--page-size", "100", "--type", "observation,relation"));
    List<String> kinds = new ArrayList<>();
    boolean decision = false;
    boolean supersedes = false;
    for (JsonNode r : json().get("results")) {
      JsonNode p = r.get("primary_result");
      kinds.add(p.get("type").asText());
      decision |= p.path("category").asText().equals("decision");
      supersedes |= p.path("relation_type").asText().equals("supersedes");
      if (p.get("type").asText().equals("observation")) {
        assertTrue(p.get("permalink").asText().contains("/observations/"), "its own permalink");
      }
    }
    assertTrue(decision && supersedes, out);
    assertFalse(kinds.contains("entity"), "only the kinds asked for");
    assertFalse(json().get("has_more").asBoolean());
    // rows are paged, not notes: a page of 3 holds 3 rows
    assertEquals(0, run("recent", "--json", "--page-size", "3", "--type", "observation,relation"));
    assertEquals(3, json().get("results").size(), out);
    assertEquals(0, run("recent", "--json", "--kind", "entity", "--depth", "2"));
    assertTrue(json().get("results").get(0).has("related_results"), out);
    assertEquals(2, run("recent", "--type", "notes"));
    assertTrue(err.contains("Invalid type 'notes': use entity, relation or observation."), err);
  }

  @Test
  void recentAndSearchListABrokenNoteWithItsWarnings() throws Exception {
    Files.write(
        root.resolve("Latin.md"), "caf\u00e9 zebra\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(root.resolve("List.md"), "---\n- a\n- b\n---\n\nzebra list\n");
    assertEquals(0, run("recent", "--page-size", "100"));
    List<String> lines = out.lines().toList();
    int latin =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("- Latin (")).findFirst().get());
    assertTrue(lines.get(latin + 1).startsWith("  warning: not valid UTF-8"), out);
    int list =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("- List (")).findFirst().get());
    assertTrue(lines.get(list + 1).startsWith("  warning: frontmatter is not a YAML mapping"), out);
    int ada =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("- Ada Lovelace")).findFirst().get());
    assertFalse(lines.get(ada + 1).contains("warning"), out);
    assertEquals(0, run("recent", "--page-size", "100", "--json"));
    int warned = 0;
    for (JsonNode r : json().get("results")) {
      String path = r.get("primary_result").get("file_path").asText();
      boolean broken = List.of("Latin.md", "List.md", "broken/Bad Frontmatter.md").contains(path);
      assertEquals(broken, r.has("warnings"), path + ": " + r);
      warned += broken && r.get("warnings").size() > 0 ? 1 : 0;
    }
    assertEquals(3, warned, out);
    assertEquals(0, run("search", "zebra"));
    assertTrue(out.contains("- warning: not valid UTF-8 (read the note for more)\n"), out);
    assertTrue(out.contains("- warning: malformed frontmatter"), out);
    assertEquals(0, run("search", "zebra", "--json"));
    for (JsonNode hit : json().get("results")) {
      String path = hit.get("file_path").asText();
      boolean broken = List.of("Latin.md", "List.md", "broken/Bad Frontmatter.md").contains(path);
      assertEquals(broken, hit.has("warnings"), path);
      if (path.equals("Latin.md")) {
        assertTrue(hit.get("warnings").get(0).asText().startsWith("not valid UTF-8"), out);
      }
    }
  }

  @Test
  void readWarnsOfAFrontmatterThatIsNeverClosed() throws Exception {
    Files.writeString(root.resolve("Half Open.md"), "---\ntitle: Never Closed\n\nbody\n");
    assertEquals(0, run("read", "Half Open"));
    assertTrue(
        err.contains("warning: Half Open.md: frontmatter opened by --- is never closed"), err);
    assertEquals(0, run("read", "Half Open", "--json"));
    assertTrue(json().get("warnings").get(0).asText().contains("never closed"), out);
  }

  @Test
  void countsBelowZeroAndEmptyIdentifiersAndQueriesAreUsageErrors() throws Exception {
    String id = "main/people/ada-lovelace";
    String before = Files.readString(root.resolve("people/Ada Lovelace.md"));
    assertEquals(
        2,
        run(
            "edit",
            id,
            "--operation",
            "find_replace",
            "--find-text",
            "Ada",
            "--content",
            "y",
            "--expected-replacements",
            "-1"));
    assertTrue(err.contains("expected_replacements must be >= 0, got -1"), err);
    assertEquals(before, Files.readString(root.resolve("people/Ada Lovelace.md")));
    assertEquals(2, run("context", "memory://main/people/ada-lovelace", "--max-related", "-1"));
    assertTrue(err.contains("max_related must be >= 0, got -1"), err);
    assertEquals(0, run("context", "memory://main/people/ada-lovelace", "--max-related", "0"));
    assertEquals(2, run("read", ""));
    assertTrue(err.contains("Identifier is required"), err);
    assertFalse(out.contains("Related notes") || err.contains("Related notes"), out + err);
    assertEquals(2, run("read", "", "--json"));
    assertEquals("INVALID_IDENTIFIER", json().get("error").asText(), out);
    assertEquals(2, run("delete", ""));
    assertTrue(err.contains("Identifier is required"), err);
    assertFalse(out.contains("False"), out);
    assertEquals(2, run("delete", "memory://"));
    assertEquals(2, run("search", "--json", ""));
    assertEquals("NO_SEARCH_CRITERIA", json().get("error").asText(), out);
    assertTrue(json().get("message").asText().startsWith("Give a query or a filter"), out);
    assertEquals("", err);
  }

  @Test
  void contextGivesBasicMemoryGraphContext() throws Exception {
    assertEquals(
        0,
        run("context", "memory://main/ml/training/learning-rate-warmup", "--json", "--depth", "2"));
    JsonNode c = json();
    JsonNode item = c.get("results").get(0);
    assertEquals("Learning Rate Warmup", item.get("primary_result").get("title").asText());
    JsonNode obs = item.get("observations").get(0);
    assertEquals("observation", obs.get("type").asText());
    assertTrue(obs.get("title").asText().startsWith(obs.get("category").asText() + ": "), out);
    assertTrue(
        obs.get("permalink")
            .asText()
            .startsWith("main/ml/training/learning-rate-warmup/observations/"),
        out);
    JsonNode relation = null;
    for (JsonNode r : item.get("related_results")) {
      if (r.get("type").asText().equals("relation")
          && r.get("relation_type").asText().equals("pairs_with")
          && r.get("from_entity").asText().equals("Learning Rate Warmup")) {
        relation = r;
      }
    }
    assertTrue(relation != null, out);
    assertEquals(
        "Cosine Decay Schedule", relation.get("to_entity").asText(), "titles, as RelationSummary");
    assertEquals("pairs_with: Cosine Decay Schedule", relation.get("title").asText());
    assertEquals("ml/training/Learning Rate Warmup.md", relation.get("file_path").asText());
    JsonNode meta = c.get("metadata");
    assertEquals("main/ml/training/learning-rate-warmup", meta.get("uri").asText());
    assertTrue(
        meta.get("timeframe").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d\\d:\\d\\d"), out);
    assertEquals(
        meta.get("primary_count").asInt() + meta.get("related_count").asInt(),
        meta.get("total_results").asInt());
    assertEquals(1, c.get("page").asInt());
    assertEquals(10, c.get("page_size").asInt());
    assertFalse(c.get("has_more").asBoolean());
  }

  @Test
  void editRefusesANoteThatIsNotUtf8AndLeavesItsBytes() throws Exception {
    byte[] latin1 = "caf\u00e9 cr\u00e8me\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(root.resolve("Cafe.md"), latin1);
    assertEquals(2, run("edit", "Cafe", "--operation", "append", "--content", "more"));
    assertTrue(err.contains("Edit Failed - Not UTF-8"), err);
    assertTrue(err.contains("'Cafe.md' is not valid UTF-8 text"), err);
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        latin1, Files.readAllBytes(root.resolve("Cafe.md")));
  }

  @Test
  void moveKeepsPermalinkDeleteAndRecentAndContext() throws Exception {
    assertEquals(0, run("move", "Ada Lovelace", "team/Ada.md", "--json"));
    assertTrue(json().get("moved").asBoolean(), out);
    assertEquals("people/Ada Lovelace.md", json().get("source").asText());
    assertEquals("team/Ada.md", json().get("destination").asText());
    assertEquals("main/people/ada-lovelace", json().get("permalink").asText());
    assertEquals(2, run("move", "Ada Lovelace", "team/Ada.txt"));
    assertTrue(err.contains("Extension"), err);
    assertEquals(0, run("context", "memory://main/people/ada-lovelace", "--depth", "2", "--json"));
    assertEquals(1, json().get("metadata").get("primary_count").asInt());
    assertEquals(2, run("context", "memory://x", "--depth", "many"));
    assertTrue(err.contains("Invalid depth parameter: 'many' is not a valid integer"), err);
    assertEquals(0, run("context", "memory://lovelace", "--json"));
    assertEquals(
        "Ada Lovelace",
        json().get("results").get(0).get("primary_result").get("title").asText(),
        "no exact match: the best full-text hit, as non-strict resolution has it");
    assertEquals(0, run("recent", "--json"));
    assertEquals(9, json().get("results").size());
    assertEquals(0, run("delete", "main/people/ada-lovelace"));
    assertFalse(Files.exists(root.resolve("team/Ada.md")));
    assertEquals(1, run("delete", "main/people/ada-lovelace"));
    assertEquals(2, run("read", "../../etc/passwd"));
    assertTrue(err.contains("Identifier '../../etc/passwd' is not allowed"), err);
  }

  /** The command line in a JVM of its own, as a script starts it (its environment, its stdin). */
  private static ProcessBuilder workbench(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.agentworkbench.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  /** Its output, once it ended with exit code 0. */
  private static String finished(Process p) throws Exception {
    String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), shown);
    return shown;
  }

  @Test
  void findsBasicMemorysConfigUnderTheHomeTheEnvironmentNames() throws Exception {
    Path home = temp.resolve("script-home");
    Files.createDirectories(home.resolve(".basic-memory"));
    Files.writeString(
        home.resolve(".basic-memory/config.json"),
        "{\"projects\": {\"main\": \""
            + root.toString().replace("\\", "/")
            + "\"},"
            + " \"default_project\": \"main\"}");
    ProcessBuilder pb = workbench("memory", "read", "Ada Lovelace");
    pb.environment().remove("BASIC_MEMORY_CONFIG_DIR");
    pb.environment().put("HOME", home.toString());
    pb.environment().put("AGENT_WORKBENCH_HOME", temp.resolve("app").toString());
    String shown = finished(pb.start());
    assertTrue(shown.contains("# Ada Lovelace"), shown);
  }

  @Test
  void aHomeThatIsAConfiguredProjectsFolderIsThatProjectByItsName() throws Exception {
    Path config = temp.resolve("bm-config");
    Files.createDirectories(config);
    Files.createDirectories(temp.resolve("elsewhere"));
    Files.createSymbolicLink(temp.resolve("elsewhere/link"), root);
    Files.writeString(
        config.resolve("config.json"),
        "{\"projects\": {\"Research Notes\": {\"path\": \""
            + root.toString().replace("\\", "/")
            + "\"}}, \"default_project\": \"Research Notes\"}");
    for (String home : List.of(root + "/./", temp.resolve("elsewhere/link").toString())) {
      ProcessBuilder pb =
          workbench(
              "memory",
              "write",
              "--title",
              "Via Home " + home.length(),
              "--folder",
              "x",
              "--content",
              "c",
              "--json",
              "--home",
              home,
              "--app-home",
              temp.resolve("app").toString());
      pb.environment().put("BASIC_MEMORY_CONFIG_DIR", config.toString());
      pb.environment().put("HOME", temp.resolve("script-home").toString());
      String shown = finished(pb.start());
      assertTrue(
          shown.contains("\"permalink\" : \"research-notes/x/via-home-" + home.length() + "\""),
          shown);
    }
  }

  @Test
  void writeNoteOverwriteDefaultInTheConfigAppliesWhenOverwriteIsNotGiven() throws Exception {
    Path config = Files.createDirectories(temp.resolve("bm-overwrite"));
    Files.writeString(
        config.resolve("config.json"),
        "{\"projects\": {\"main\": \""
            + root.toString().replace("\\", "/")
            + "\"}, \"default_project\": \"main\", \"write_note_overwrite_default\": true}");
    for (String content : List.of("first", "second")) {
      String shown = finished(writeDaily(config, content).start());
      assertTrue(
          shown.startsWith(content.equals("first") ? "# Created note" : "# Updated note"), shown);
    }
    assertTrue(Files.readString(root.resolve("log/Daily.md")).endsWith("second"));
    for (String refuse : List.of("--no-overwrite", "--overwrite=false")) {
      ProcessBuilder pb = writeDaily(config, "third", refuse);
      pb.redirectErrorStream(true);
      Process p = pb.start();
      String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
      assertTrue(p.exitValue() != 0 && shown.contains("already exists"), refuse + ": " + shown);
    }
    assertTrue(Files.readString(root.resolve("log/Daily.md")).endsWith("second"), "kept");
  }

  /**
   * `memory write` of log/Daily with {@code content}, reading basic-memory's config in {@code
   * config}.
   */
  private ProcessBuilder writeDaily(Path config, String content, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "memory", "write", "--title", "Daily", "--folder", "log", "--content", content));
    args.addAll(List.of(more));
    args.addAll(List.of("--project", "main", "--app-home", temp.resolve("app").toString()));
    ProcessBuilder pb = workbench(args.toArray(String[]::new));
    pb.environment().put("BASIC_MEMORY_CONFIG_DIR", config.toString());
    pb.environment().put("HOME", temp.resolve("script-home").toString());
    pb.environment().remove("BASIC_MEMORY_WRITE_NOTE_OVERWRITE_DEFAULT");
    return pb;
  }

  @Test
  void editReadsItsContentFromStdinAsWriteDoes() throws Exception {
    Process p =
        workbench(
                "memory",
                "edit",
                "Ada Lovelace",
                "--operation",
                "append",
                "--home",
                root.toString(),
                "--app-home",
                temp.resolve("app").toString())
            .start();
    try (var in = p.getOutputStream()) {
      in.write("- [piped] from a script\n".getBytes(StandardCharsets.UTF_8));
    }
    finished(p);
    assertTrue(
        Files.readString(root.resolve("people/Ada Lovelace.md"))
            .contains("- [piped] from a script"));
  }

  @Test
  void aPageBelowOneIsRefusedWithBasicMemorysMessage() throws Exception {
    assertEquals(2, run("context", "memory://ml/*", "--page", "0"));
    assertTrue(err.contains("page must be >= 1, got 0"), err);
    assertEquals(2, run("recent", "--page", "-3"));
    assertTrue(err.contains("page must be >= 1, got -3"), err);
    assertEquals(2, run("context", "memory://ml/*", "--page-size", "0"));
    assertTrue(err.contains("page_size must be >= 1, got 0"), err);
  }

  @Test
  void aMissingHomeFolderAndANoteNotFoundAreSaidPlainly() throws Exception {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        WorkbenchCommand.execute(
            new String[] {
              "memory",
              "write",
              "--title",
              "T",
              "--folder",
              "x",
              "--content",
              "c",
              "--home",
              temp.resolve("no-such-folder").toString(),
              "--app-home",
              temp.resolve("app").toString()
            },
            new PrintWriter(o),
            new PrintWriter(e));
    assertEquals(2, code);
    assertTrue(
        e.toString().contains("does not exist: --home takes an existing project folder"),
        e.toString());
    assertFalse(Files.exists(temp.resolve("no-such-folder")), "nothing created");
    assertEquals(
        1,
        run(
            "edit",
            "No Such Note",
            "--operation",
            "find_replace",
            "--find-text",
            "a",
            "--content",
            "b"));
    assertEquals(1, run("read", "No Such Note"));
  }

  @Test
  void selectsAConfiguredProjectAndReportsAMissingOne() throws Exception {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        WorkbenchCommand.execute(
            new String[] {"memory", "recent", "--project", "nope", "--app-home", temp.toString()},
            new PrintWriter(o),
            new PrintWriter(e));
    assertEquals(2, code);
    assertTrue(e.toString().contains("Project 'nope' not found"), e.toString());
  }
}
