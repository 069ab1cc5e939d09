package dev.agentworkbench.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MemoryRoomTest {
  @TempDir Path temp;
  Path root;
  MemoryViewModel model;
  MemoryView view;

  @org.junit.jupiter.api.BeforeAll
  static void patientSetup() {
    // Building the room the first time loads Lucene, RichTextFX and the theme: slow on a busy
    // machine.
    org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
  }

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    root = Fixtures.copy("memory/main", temp.resolve("notes"));
    model = new MemoryViewModel(new SameThreadWork(), temp.resolve("app"));
    // deleted notes go to a trash of the test's own, never the user's
    view =
        new MemoryView(
            model,
            () -> stage,
            dev.agentworkbench.workspace.files.FreedesktopTrash.of(
                new dev.agentworkbench.workspace.UserEnvironment(
                    temp.resolve("home"),
                    java.util.Map.of("XDG_DATA_HOME", temp.resolve("data").toString()),
                    dev.agentworkbench.workspace.UserEnvironment.OperatingSystem.LINUX)));
    stage.setScene(new Scene(view, 1200, 800));
    // the stage is shared by the tests: a size one test gave it is not the next one's
    stage.setWidth(1200);
    stage.setHeight(800);
    stage.show();
  }

  @Test
  void theRoomNamesTheEditsAnEarlierSessionKeptAndTheyCanBeDiscarded(FxRobot robot)
      throws Exception {
    Path ada = root.resolve("people/Ada Lovelace.md");
    String onDisk = Files.readString(ada);
    // a session that ended (a crash) with unsaved edits of Ada's note
    new dev.agentworkbench.memory.NoteDrafts(temp.resolve("app"))
        .save(ada, onDisk + "- [fact] typed before the crash\n");
    robot.interact(() -> model.useFolder(root));
    Label kept = robot.lookup("#memory-recovered-drafts").queryAs(Label.class);
    assertTrue(kept.getParent().isVisible(), "the bar is shown");
    assertTrue(
        kept.getText().startsWith("1 note has unsaved edits kept in a recovery draft:")
            && kept.getText().contains("people/Ada Lovelace"),
        kept.getText());

    robot.clickOn("#memory-open-recovered");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "people/Ada Lovelace.md", model.open().get().orElseThrow().file().note().filePath());
    assertFalse(kept.getParent().isVisible(), "the bar goes once the note is open");
    assertTrue(
        robot.lookup("#memory-unsaved-in-edit").queryAs(Label.class).getParent().isVisible(),
        "the Read tab says where the edits are");

    robot.clickOn("Edit \u2022"); // the tab itself marks unsaved edits, in any window width
    robot.clickOn("#memory-discard");
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(javafx.scene.input.KeyCode.ENTER); // Cancel is the default: nothing is lost
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(model.dirty().get(), "Enter keeps the edits");
    robot.clickOn("#memory-discard");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Discard edits");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(model.dirty().get());
    assertEquals(onDisk, model.editorText().get());
    assertEquals(onDisk, Files.readString(ada), "the file untouched");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theNoteListKeepsItsSortAcrossRestarts(FxRobot robot) {
    var settings = dev.agentworkbench.workspace.AppSettings.load(temp.resolve("app"));
    robot.interact(() -> view.keepListSort(settings));
    robot.interact(() -> model.useFolder(root));
    robot.clickOn("Title");
    robot.clickOn("Title"); // descending
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Title:desc", settings.string(MemoryView.SORT_SETTING).orElseThrow());

    MemoryView[] again = new MemoryView[1];
    robot.interact(
        () -> {
          again[0] = new MemoryView(model, () -> null); // the app started again
          again[0].keepListSort(settings);
          new Scene(again[0], 1200, 800);
          again[0].applyCss();
          again[0].layout();
        });
    var table =
        (javafx.scene.control.TableView<dev.agentworkbench.memory.NoteSummary>)
            again[0].lookup("#memory-notes");
    assertEquals(1, table.getSortOrder().size());
    assertEquals("Title", table.getSortOrder().get(0).getText());
    assertEquals(
        javafx.scene.control.TableColumn.SortType.DESCENDING,
        table.getSortOrder().get(0).getSortType());
    assertEquals("测试文档", table.getItems().get(0).title(), "sorted as kept");
  }

  @Test
  void searchingThenClickingAResultOpensTheNote(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.clickOn("#memory-search").write("zebra");
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> results = robot.lookup("#memory-results").queryAs(ListView.class);
    assertEquals(1, results.getItems().size());
    javafx.scene.Node first = robot.lookup(".result-title").query();
    robot.clickOn(first);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(model.open().get().isPresent());
    assertEquals("Bad Frontmatter", model.open().get().get().file().note().title());
    assertTrue(robot.lookup(".note-title").queryLabeled().getText().contains("Bad Frontmatter"));
    assertTrue(
        robot.lookup(".note-warning").tryQuery().isPresent(),
        "the malformed frontmatter is flagged");
  }

  @Test
  void aNoteBeingEditedThatIsDeletedOnDiskStaysOpenThoughItLeavesTheResults(FxRobot robot)
      throws Exception {
    robot.interact(() -> model.useFolder(root));
    robot.clickOn("#memory-search").write("ada");
    robot.type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> results = robot.lookup("#memory-results").queryAs(ListView.class);
    assertTrue(results.getItems().size() >= 2, "" + results.getItems());
    String opened = model.open().get().orElseThrow().file().note().filePath();
    assertEquals("people/Ada Lovelace.md", opened);
    robot.interact(
        () -> model.editorText().set(model.editorText().get() + "- [fact] not saved yet\n"));
    Path file = root.resolve(opened);
    Files.delete(file);
    // another note takes its place in the results (their number stays the same)
    Path twin = root.resolve("people/Ada Twin.md");
    Files.writeString(twin, "---\ntitle: Ada Twin\ntype: person\n---\n\nAda's twin.\n");
    robot.interact(() -> model.filesChanged(List.of(file, twin)));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        opened,
        model.open().get().orElseThrow().file().note().filePath(),
        "the deleted note stays open, not the next result");
    assertTrue(model.editorText().get().endsWith("not saved yet\n"), "with its edits");
    assertTrue(model.deletedOnDisk().get());
    assertTrue(
        robot.lookup(".note-changed-on-disk").queryAllAs(Label.class).stream()
            .anyMatch(l -> l.getText().startsWith("Deleted on disk since you opened it")),
        "the banner says deleted, not changed");
  }

  @Test
  void aLongTitleWrapsInTheResultsInsteadOfWideningThemAndMarksTheWordsSearched(FxRobot robot)
      throws Exception {
    String title = "Zanzibar " + "a rather long title word ".repeat(10).strip();
    Files.writeString(
        root.resolve("Zanzibar.md"), "---\ntitle: " + title + "\ntype: note\n---\n\nzanzibar\n");
    robot.interact(() -> model.useFolder(root));
    robot.clickOn("#memory-search").write("zanzibar");
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> results = robot.lookup("#memory-results").queryAs(ListView.class);
    assertEquals(1, results.getItems().size());
    boolean horizontalBar =
        results.lookupAll(".scroll-bar").stream()
            .map(n -> (javafx.scene.control.ScrollBar) n)
            .anyMatch(
                b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
    assertTrue(!horizontalBar, "no sideways scrolling for a long title");
    Label shown =
        robot.lookup(".result-title").queryAllAs(Label.class).stream()
            .filter(l -> l.getText().equals(title))
            .findFirst()
            .orElseThrow();
    assertTrue(shown.getHeight() > shown.getFont().getSize() * 2, "it wraps: " + shown.getHeight());
    assertEquals(
        List.of("Zanzibar"),
        shown.lookupAll(".result-hit").stream()
            .map(n -> ((javafx.scene.text.Text) n).getText())
            .toList(),
        "the title marks the word searched for, as the snippet does");
  }

  @Test
  void twoResultsWithOneTitleSayWhichFolderEachIsIn(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.clickOn("#memory-search").write("warmup");
    WaitForAsyncUtils.waitForFxEvents();
    java.util.List<String> shown =
        robot.lookup("#memory-results .result-where").queryAllAs(Label.class).stream()
            .filter(javafx.scene.Node::isVisible)
            .map(Label::getText)
            .toList();
    assertTrue(shown.contains("archive/  \u00b7  note"), "" + shown);
    assertTrue(shown.contains("ml/training/  \u00b7  concept"), "" + shown);
  }

  @Test
  void aNoteReadWithAWarningIsMarkedInTheListAndItsTitleIsShownOnce(FxRobot robot)
      throws Exception {
    robot.interact(() -> model.useFolder(root));
    WaitForAsyncUtils.waitForFxEvents();
    java.util.Map<String, javafx.scene.control.TableCell<?, ?>> titleCells =
        new java.util.HashMap<>();
    for (javafx.scene.Node n : robot.lookup("#memory-notes .table-cell").queryAll()) {
      javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) n;
      if (!cell.isEmpty() && "Title".equals(cell.getTableColumn().getText())) {
        titleCells.put(cell.getText(), cell);
      }
    }
    javafx.scene.control.TableCell<?, ?> bad = titleCells.get("Bad Frontmatter");
    assertTrue(bad != null, "the broken note is listed: " + titleCells.keySet());
    assertTrue(
        bad.getGraphic() != null && bad.getGraphic().isVisible(), "it carries a warning sign");
    assertTrue(
        bad.getTooltip().getText().contains("malformed frontmatter"), bad.getTooltip().getText());
    javafx.scene.control.TableCell<?, ?> ada = titleCells.get("Ada Lovelace");
    assertTrue(ada.getGraphic() == null && ada.getTooltip() == null, "a sound note has no sign");
    // the Modified column's full date and time: in a tooltip, made when the pointer comes over it
    javafx.scene.control.TableCell<?, ?> modified =
        robot.lookup("#memory-notes .table-cell").queryAll().stream()
            .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
            .filter(c -> !c.isEmpty() && "Modified".equals(c.getTableColumn().getText()))
            .findFirst()
            .orElseThrow();
    robot.moveTo(modified);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        modified.getTooltip() != null
            && modified.getTooltip().getText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"),
        "the full date on hover: " + modified.getTooltip());

    // the body's "# LoRA Fine-Tuning Run 2025-03" repeats the title: the reader shows it once
    robot.interact(() -> model.openNote("ml/experiments/LoRA Fine-Tuning Run 2025-03.md"));
    WaitForAsyncUtils.waitForFxEvents();
    long titles =
        robot.lookup(".note-reader .md-span").queryAllAs(javafx.scene.text.Text.class).stream()
            .filter(t -> t.getText().equals("LoRA Fine-Tuning Run 2025-03"))
            .count();
    assertEquals(0, titles, "the body's first heading is not shown again");
    assertEquals(
        "LoRA Fine-Tuning Run 2025-03", robot.lookup(".note-title").queryLabeled().getText());
    assertTrue(
        robot.lookup(".md-h2").tryQuery().isPresent(), "the body's other headings are shown");

    // the reader fills the screen over a few pulses
    WaitForAsyncUtils.waitFor(
        10,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> robot.lookup(".note-reader .md-marker").queryAll().size() >= 12);
    // "- [result] Eval loss dropped ... #metrics": the category as a chip, the tag marked
    java.util.List<String> chips =
        robot
            .lookup(".note-reader .md-category-name")
            .queryAllAs(javafx.scene.text.Text.class)
            .stream()
            .map(javafx.scene.text.Text::getText)
            .toList();
    assertTrue(chips.contains("result") && chips.contains("next_step"), chips.toString());
    java.util.List<String> spans =
        robot.lookup(".note-reader .md-span").queryAllAs(javafx.scene.text.Text.class).stream()
            .map(javafx.scene.text.Text::getText)
            .toList();
    assertTrue(
        spans.stream().noneMatch(t -> t.startsWith("[result]") || t.startsWith("[x]")),
        spans.toString());
    assertTrue(
        robot.lookup(".note-reader .md-tag").queryAllAs(javafx.scene.text.Text.class).stream()
            .anyMatch(t -> t.getText().equals("#metrics")),
        "the tag is marked");
    // "- [x] Export adapter weights" and "- [ ] Merge adapter...": boxes, ticked or not
    java.util.List<String> markers =
        robot.lookup(".note-reader .md-marker").queryAllAs(Label.class).stream()
            .map(Label::getText)
            .toList();
    assertTrue(markers.contains("\u2611") && markers.contains("\u2610"), markers.toString());
  }

  @Test
  void anInProgressTaskIsNotDrawnAsDone(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("edge/Parser Edge Cases.md"));
    WaitForAsyncUtils.waitForFxEvents();
    // "- [ ] open task #todo" and "- [/] in-progress task"
    java.util.List<String> markers =
        robot.lookup(".note-reader .md-marker").queryAllAs(Label.class).stream()
            .map(Label::getText)
            .toList();
    assertTrue(markers.contains("\u2610") && markers.contains("\u25d0"), markers.toString());
    assertFalse(markers.contains("\u2611"), "nothing there is done: " + markers);
  }

  @Test
  void theGraphSpreadsANotesNeighboursAndDrawsNotesNotWrittenYetApart(FxRobot robot) {
    showGraph(robot, "ml/experiments/LoRA Fine-Tuning Run 2025-03.md");
    java.util.Map<String, javafx.scene.control.Label> labels = new java.util.HashMap<>();
    for (javafx.scene.control.Label l :
        robot.lookup(".memory-graph .graph-label").queryAllAs(Label.class)) {
      labels.put(l.getText(), l);
    }
    javafx.scene.control.Label warmup = labels.get("Learning Rate Warmup");
    javafx.scene.control.Label centre = labels.get("LoRA Fine-Tuning Run 2025-03");
    assertTrue(warmup != null && centre != null, labels.keySet().toString());
    double apart =
        Math.hypot(
            warmup.getLayoutX() - centre.getLayoutX(), warmup.getLayoutY() - centre.getLayoutY());
    assertTrue(apart > 150, "one hop uses the room there is: " + apart);
    javafx.scene.control.Label missing = labels.get("Support Ticket Eval Suite");
    assertTrue(missing != null, "a link to a note not written yet is drawn");
    assertTrue(missing.getStyleClass().contains("graph-missing-label"));
    assertTrue(
        robot.lookup(".memory-graph .graph-edge-label").queryAllAs(Label.class).stream()
            .anyMatch(l -> l.getText().equals("evaluated_by")),
        "edges say their relation");
    // LoRA informs FSDP, and FSDP was informed_by LoRA: one line, one label with both
    assertTrue(
        robot.lookup(".memory-graph .graph-edge-label").queryAllAs(Label.class).stream()
            .anyMatch(l -> l.getText().contains("informs") && l.getText().contains("informed_by")),
        "two relations between the same notes share a line");
  }

  @Test
  void aCrossProjectLinkInTheBodyIsMarkedAndMadeAsTheRelationsListDoesIt(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("edge/Parser Edge Cases.md"));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.Hyperlink projLink =
        all(robot, ".note-reader .md-wiki", javafx.scene.control.Hyperlink.class).stream()
            .filter(l -> l.getText().equals("proj::Other Note"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        projLink.getStyleClass().contains("md-wiki-missing"),
        "[[proj::Other Note]] is the unresolved relation proj/Other Note");
    javafx.application.Platform.runLater(projLink::fire);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Other Note", robot.lookup("#new-note-title").queryAs(TextField.class).getText());
    assertEquals(
        "proj",
        robot.lookup("#new-note-folder").queryAs(TextField.class).getText(),
        "proposed where the link finds it, as the relations list proposes it");
    robot.clickOn("#new-note-create");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(Files.exists(root.resolve("proj/Other Note.md")));
    robot.interact(() -> model.openNote("edge/Parser Edge Cases.md"));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        all(robot, ".note-reader .md-wiki", javafx.scene.control.Hyperlink.class).stream()
            .filter(l -> l.getText().equals("proj::Other Note"))
            .noneMatch(l -> l.getStyleClass().contains("md-wiki-missing")),
        "the note made is the one the link names");
  }

  @Test
  void aLinkInTheBodyToANoteNotWrittenYetIsMarkedAndOffersToWriteIt(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("people/Ada Lovelace.md"));
    WaitForAsyncUtils.waitForFxEvents();
    java.util.List<javafx.scene.control.Hyperlink> links =
        all(robot, ".note-reader .md-wiki", javafx.scene.control.Hyperlink.class);
    javafx.scene.control.Hyperlink missing =
        links.stream()
            .filter(l -> l.getText().equals("Training Recipes"))
            .findFirst()
            .orElseThrow();
    assertTrue(missing.getStyleClass().contains("md-wiki-missing"));
    assertTrue(
        links.stream()
            .filter(l -> l.getText().equals("Use FSDP Over DeepSpeed"))
            .noneMatch(l -> l.getStyleClass().contains("md-wiki-missing")),
        "a link to a note that exists is not marked");
    robot.clickOn(missing);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "Training Recipes",
        robot.lookup("#new-note-title").queryAs(javafx.scene.control.TextField.class).getText());
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(Files.notExists(root.resolve("Training Recipes.md")), "nothing written on cancel");
  }

  @Test
  void aProjectWhoseFolderIsMissingOffersNeitherANewNoteNorASearch(FxRobot robot) throws Exception {
    Path config = root.getParent().resolve("bm/config.json");
    Files.createDirectories(config.getParent());
    Files.writeString(
        config,
        Files.readString(Fixtures.fixture("memory/basic-memory-config/config.json"))
            .replace("FIXTURE_ROOT", root.getParent().toString()));
    dev.agentworkbench.workspace.UserEnvironment env =
        new dev.agentworkbench.workspace.UserEnvironment(
            root.getParent(),
            java.util.Map.of("BASIC_MEMORY_CONFIG_DIR", config.getParent().toString()));
    dev.agentworkbench.workspace.NotesConfig notes =
        dev.agentworkbench.workspace.NotesConfig.load(env);
    robot.interact(
        () ->
            model.useWorkspace(
                java.util.Optional.of(
                    new dev.agentworkbench.workspace.Workspace(
                        root.getParent(),
                        java.util.Optional.empty(),
                        List.of(),
                        root.getParent(),
                        notes,
                        env))));
    robot.interact(() -> model.project().set(model.projects().get(1)));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#memory-project-missing").query().isVisible());
    assertTrue(robot.lookup("#memory-new").query().isDisabled(), "nowhere to put a note");
    assertTrue(robot.lookup("#memory-search").query().isDisabled(), "nothing to search");
    assertEquals("research (missing)", projectShown(robot));

    // the folder comes back while the app runs: looking again opens it
    Path research = root.getParent().resolve("research");
    Files.createDirectories(research);
    Files.writeString(research.resolve("Idea.md"), "# Idea\n");
    robot.clickOn("Look again");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(robot.lookup("#memory-project-missing").query().isVisible());
    assertEquals("research", projectShown(robot));
    assertEquals(
        List.of("Idea"),
        model.notes().stream().map(dev.agentworkbench.memory.NoteSummary::title).toList());

    // and goes away again while open: the room says so, as it did at the start
    Files.delete(research.resolve("Idea.md"));
    Files.delete(research);
    robot.interact(() -> model.filesChanged(List.of(research.resolve("Idea.md"))));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#memory-project-missing").query().isVisible());
    assertEquals("research (missing)", projectShown(robot));

    robot.interact(() -> model.project().set(model.projects().get(0)));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(!robot.lookup("#memory-new").query().isDisabled());
  }

  private static String projectShown(FxRobot robot) {
    return robot.lookup("#memory-project").queryAs(ComboBox.class).getButtonCell().getText();
  }

  @Test
  void fromTheSearchBoxEnterOpensTheBestResultAndDownGoesIntoTheResults(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.clickOn("#memory-search").write("zebra");
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Bad Frontmatter", model.open().get().orElseThrow().file().note().title());

    robot.clickOn("#memory-search").eraseText(5).write("cosine");
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(javafx.scene.input.KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Cosine Decay Schedule", model.open().get().orElseThrow().file().note().title());
    assertTrue(robot.lookup("#memory-results").query().isFocused(), "the results have the keys");
  }

  @Test
  void anObservationsChipDrawsItsLinksAsLinksAndItsTagsAsTags(FxRobot robot) throws Exception {
    Files.writeString(
        root.resolve("Chips.md"),
        "---\ntitle: Chips\ntype: note\n---\n\n"
            + "- [idea] Try #ml with [[Cosine Decay Schedule]] or [[Not Written Yet|a new one]]"
            + " (after warmup)\n");
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("Chips.md"));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Parent chip = robot.lookup(".note-reader .obs-chip").query();
    assertEquals(
        "Try #ml with Cosine Decay Schedule or a new one (after warmup)",
        textOf(chip),
        "no brackets, and one space before the context");
    assertTrue(
        chip.getChildrenUnmodifiable().stream()
            .anyMatch(
                n ->
                    n instanceof javafx.scene.text.Text t
                        && t.getText().equals("#ml")
                        && t.getStyleClass().contains("md-tag")),
        "the tag in the tag style");
    List<javafx.scene.control.Hyperlink> links =
        chip.getChildrenUnmodifiable().stream()
            .filter(n -> n instanceof javafx.scene.control.Hyperlink)
            .map(n -> (javafx.scene.control.Hyperlink) n)
            .toList();
    assertEquals(2, links.size());
    assertTrue(links.get(0).getStyleClass().contains("md-wiki"), "a link as in the body");
    assertTrue(links.get(1).getStyleClass().contains("md-wiki-missing"), "to no note yet");
    robot.interact(() -> links.get(0).fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Cosine Decay Schedule", model.open().get().orElseThrow().file().note().title());
  }

  @Test
  void aLongObservationWrapsInsteadOfWideningTheReader(FxRobot robot) throws Exception {
    String words = "a long observation that goes on and on about warmup schedules ".repeat(6);
    Files.writeString(
        root.resolve("Long Chip.md"),
        "---\ntitle: Long Chip\ntype: note\n---\n\n- [tip] " + words.strip() + " #wide\n");
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("Long Chip.md"));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node reader = robot.lookup(".note-reader").query();
    double right = reader.localToScene(reader.getLayoutBounds()).getMaxX();
    javafx.scene.layout.Region chip =
        robot.lookup(".note-reader .obs-chip").queryAs(javafx.scene.layout.Region.class);
    double chipRight = chip.localToScene(chip.getLayoutBounds()).getMaxX();
    assertTrue(
        chipRight <= right + 1, "the chip ends at " + chipRight + ", the reader at " + right);
    assertTrue(chip.getHeight() > 2 * 14, "it wraps onto more lines: " + chip.getHeight());
  }

  @Test
  void aCrowdedGraphNamesItsLinesInTooltipsAndItsLeftHandNotesLeftOfTheirDots(FxRobot robot)
      throws Exception {
    StringBuilder hub = new StringBuilder("---\ntitle: Hub\ntype: note\n---\n\n");
    for (int i = 1; i <= 20; i++) {
      hub.append("- relates_to [[Spoke ").append(i).append("]]\n");
    }
    Files.writeString(root.resolve("Hub.md"), hub.toString());
    showGraph(robot, "Hub.md");
    java.util.List<javafx.scene.control.Label> names =
        all(robot, ".memory-graph .graph-label", javafx.scene.control.Label.class);
    assertTrue(names.size() >= 15, "most of the 21 notes are named: " + names.size());
    assertTrue(
        robot.lookup(".memory-graph .graph-edge-label").queryAll().isEmpty(),
        "twenty named lines would hide the notes");
    javafx.scene.layout.Region graph =
        robot.lookup(".memory-graph").queryAs(javafx.scene.layout.Region.class);
    for (javafx.scene.control.Label l : names) {
      javafx.geometry.Bounds b = l.getBoundsInParent();
      assertTrue(
          b.getMinX() >= 0 && b.getMaxX() <= graph.getWidth(),
          l.getText() + " at " + b + " is cut by the graph's sides, 0 to " + graph.getWidth());
      for (javafx.scene.control.Label m : names) {
        assertTrue(
            l == m || !b.intersects(m.getBoundsInParent()), l.getText() + " covers " + m.getText());
      }
    }
    assertTrue(
        names.stream().anyMatch(l -> l.getBoundsInParent().getMaxX() < graph.getWidth() / 2 - 8),
        "names on the left half are drawn left of their dots");
    // a note whose name had no room says it when pointed at
    long dotsSayingTheirName =
        robot.lookup(".memory-graph .graph-missing").queryAll().stream()
            .map(
                n ->
                    (javafx.scene.control.Tooltip)
                        n.getProperties().get("javafx.scene.control.Tooltip"))
            .filter(t -> t != null && t.getText().startsWith("Spoke "))
            .count();
    assertEquals(20, dotsSayingTheirName);
  }

  /** Opens the note's graph in the room. */
  private void showGraph(FxRobot robot, String note) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote(note));
    robot.clickOn("Graph");
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Opens the note's graph in the room and turns its depth to 2. */
  private void showGraphAtDepthTwo(FxRobot robot, String note) {
    showGraph(robot, note);
    robot.clickOn(".memory-room .spinner .increment-arrow-button");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aFewNeighboursAreNamedInFullWhereThePaneHasRoom(FxRobot robot) {
    showGraph(robot, "people/Ada Lovelace.md");
    Label fsdp =
        all(robot, ".memory-graph .graph-label", Label.class).stream()
            .filter(l -> l.getText().equals("Use FSDP Over DeepSpeed"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        fsdp.getWidth() + 0.5 >= fullWidth(fsdp),
        "named in full: " + fsdp.getWidth() + " of " + fullWidth(fsdp));
  }

  @Test
  void theGraphsRingsSayHowManyHopsAwayTheirNotesAre(FxRobot robot) {
    showGraphAtDepthTwo(robot, "people/Ada Lovelace.md");
    java.util.List<Label> rings = all(robot, ".memory-graph .graph-ring-label", Label.class);
    assertEquals(java.util.List.of("1 hop", "2 hops"), rings.stream().map(Label::getText).toList());
    javafx.scene.Node centre = robot.lookup(".memory-graph .graph-center").query();
    double cy = centre.getBoundsInParent().getCenterY();
    double one = cy - rings.get(0).getBoundsInParent().getCenterY();
    double two = cy - rings.get(1).getBoundsInParent().getCenterY();
    assertTrue(one > 20 && two > one + 20, "a scale from the middle outwards: " + one + ", " + two);
    // each name sits on its ring, above the middle, in no note's way
    assertEquals(
        2, robot.lookup(".memory-graph .graph-ring").queryAll().size(), "the rings are drawn");
    for (Label ring : rings) {
      for (javafx.scene.Node other : robot.lookup(".memory-graph .graph-label").queryAll()) {
        assertFalse(
            ring.getBoundsInParent().intersects(other.getBoundsInParent()),
            ring.getText() + " covers " + ((Label) other).getText());
      }
      for (javafx.scene.Node dot : robot.lookup(".memory-graph .graph-node").queryAll()) {
        assertFalse(
            ring.getBoundsInParent().intersects(dot.getBoundsInParent()),
            ring.getText() + " covers a note");
      }
    }
  }

  @Test
  void aCrowdedTwoHopGraphNamesItsNearNotesInFullAndNoNameCoversAnother(FxRobot robot)
      throws Exception {
    StringBuilder hub = new StringBuilder("---\ntitle: Hub\ntype: note\n---\n\n");
    for (int b = 1; b <= 6; b++) {
      hub.append("- relates_to [[Branch ").append(b).append(" about distributed training]]\n");
      StringBuilder branch =
          new StringBuilder("---\ntitle: Branch " + b + " about distributed training\n---\n\n");
      for (int l = 1; l <= 10; l++) {
        branch.append("- uses [[Leaf ").append(b).append("-").append(l).append(" on warmup]]\n");
        Files.writeString(
            root.resolve("Leaf " + b + "-" + l + " on warmup.md"),
            "---\ntitle: Leaf " + b + "-" + l + " on warmup\n---\n\nA leaf.\n");
      }
      branch.append("- wants [[Unwritten ").append(b).append("]]\n");
      Files.writeString(
          root.resolve("Branch " + b + " about distributed training.md"), branch.toString());
    }
    Files.writeString(root.resolve("Hub.md"), hub.toString());
    showGraphAtDepthTwo(robot, "Hub.md");
    java.util.List<Label> names = all(robot, ".memory-graph .graph-label", Label.class);
    java.util.List<Label> marks = new java.util.ArrayList<>(names);
    marks.addAll(all(robot, ".memory-graph .graph-ring-label", Label.class));
    marks.addAll(all(robot, ".memory-graph .graph-edge-label", Label.class));
    for (Label l : names) {
      for (Label m : marks) {
        assertTrue(
            l == m || !l.getBoundsInParent().intersects(m.getBoundsInParent()),
            l.getText() + " at " + l.getBoundsInParent() + " covers " + m.getText());
      }
      // a shortened name says the whole title when pointed at
      if (l.getWidth() + 0.5 < fullWidth(l)) {
        assertTrue(
            l.getTooltip() != null && l.getTooltip().getText().startsWith(l.getText() + "\n"),
            l.getText() + " is cut and says nothing more");
      }
    }
    for (int b = 1; b <= 6; b++) {
      String title = "Branch " + b + " about distributed training";
      Label branch = names.stream().filter(l -> l.getText().equals(title)).findFirst().orElse(null);
      assertTrue(branch != null, title + " is named: the nearest notes come first");
      assertTrue(branch.getWidth() + 0.5 >= fullWidth(branch), title + " is named in full");
    }
    assertTrue(names.size() >= 40, "most of the 73 notes are named: " + names.size());
    // a note not written yet sits by the note that wants it, not by the open note
    for (int b = 1; b <= 6; b++) {
      javafx.geometry.Point2D wanted = dot(robot, ".graph-missing", "Unwritten " + b);
      javafx.geometry.Point2D by = dot(robot, ".graph-node", "Branch " + b + " about");
      javafx.geometry.Point2D middle = dot(robot, ".graph-center", "Hub");
      assertTrue(
          wanted.distance(by) < wanted.distance(middle),
          "Unwritten " + b + " is nearer to the middle than to the note linking to it");
    }
  }

  @Test
  void aNoteNotWrittenYetIsDrawnByTheHopTwoNoteThatLinksToIt(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("people/Ada Lovelace.md"));
    robot.clickOn("Graph");
    robot.clickOn(".memory-room .spinner .increment-arrow-button");
    robot.clickOn(".memory-room .spinner .increment-arrow-button"); // depth 3
    WaitForAsyncUtils.waitForFxEvents();
    // Ada -> Use FSDP Over DeepSpeed -> LoRA Fine-Tuning Run -> Support Ticket Eval Suite (missing)
    javafx.geometry.Point2D lora = dot(robot, ".graph-node", "LoRA Fine-Tuning Run 2025-03");
    javafx.geometry.Point2D missing = dot(robot, ".graph-missing", "Support Ticket Eval Suite");
    javafx.geometry.Point2D ada = dot(robot, ".graph-center", "Ada Lovelace");
    assertTrue(
        missing.distance(lora) < missing.distance(ada),
        "drawn by LoRA ("
            + missing.distance(lora)
            + ") rather than by the open note ("
            + missing.distance(ada)
            + ")");
    assertTrue(
        all(robot, ".memory-graph .graph-missing-label", Label.class).stream()
            .anyMatch(l -> l.getText().equals("Support Ticket Eval Suite")),
        "and named");
  }

  @Test
  void noNoteIsDrawnUnderANameOrAnotherNoteAndTheNearNamesAreReadAtEveryDepth(FxRobot robot)
      throws Exception {
    asAnAuditLeftIt();
    String fsdp = "decisions/Use FSDP Over DeepSpeed.md";
    for (double[] size : new double[][] {{1200, 800}, {1000, 700}, {900, 600}}) {
      robot.interact(
          () -> {
            view.getScene().getWindow().setWidth(size[0]);
            view.getScene().getWindow().setHeight(size[1]);
          });
      showGraph(robot, fsdp);
      for (int depth = 1; depth <= 3; depth++) {
        int d = depth;
        robot.interact(() -> model.depth().set(d));
        WaitForAsyncUtils.waitForFxEvents();
        assertNoNoteIsCovered(robot, "at depth " + d + ", " + size[0] + " wide");
      }
      robot.interact(() -> model.depth().set(1));
    }
  }

  @Test
  void aCutNeighbourhoodSaysSoInTheGraphWhereANarrowPaneStillShowsIt(FxRobot robot)
      throws Exception {
    StringBuilder hub = new StringBuilder("---\ntitle: Hub\ntype: note\n---\n\n");
    for (int i = 1; i <= 250; i++) {
      hub.append("- relates_to [[Spoke ").append(i).append("]]\n");
    }
    Files.writeString(root.resolve("Hub.md"), hub.toString());
    robot.interact(
        () -> {
          view.getScene().getWindow().setWidth(700);
          view.getScene().getWindow().setHeight(600);
        });
    showGraph(robot, "Hub.md");
    javafx.scene.layout.Region graph =
        robot.lookup(".memory-graph").queryAs(javafx.scene.layout.Region.class);
    assertTrue(graph.getWidth() < 520, "a narrow pane: " + graph.getWidth());
    Label cap = robot.lookup("#memory-graph-cap").queryAs(Label.class);
    assertTrue(cap.getText().startsWith("The nearest 200 of 250 "), cap.getText());
    javafx.geometry.Bounds b = cap.getBoundsInParent();
    assertTrue(cap.isVisible() && cap.getParent() == graph, "it is drawn in the graph");
    assertTrue(
        b.getMinX() >= 0 && b.getMaxX() <= graph.getWidth() && b.getMinY() >= 0,
        "it lies within the graph: " + b + " in " + graph.getWidth());
    assertTrue(
        cap.getHeight() + 0.5 >= cap.prefHeight(cap.getWidth()),
        "every line of it is shown: " + cap.getHeight() + " of " + cap.prefHeight(cap.getWidth()));
    for (javafx.scene.Node n : graph.getChildrenUnmodifiable()) {
      if (n != cap && !(n instanceof javafx.scene.shape.Line)) {
        assertFalse(
            n.getBoundsInParent().intersects(b), n + " at " + n.getBoundsInParent() + " covers it");
      }
    }
  }

  @Test
  void twoDrawnNotesOfOneTitleAreNamedWithTheirFoldersAndSayTheirPathsWhenPointedAt(FxRobot robot)
      throws Exception {
    asAnAuditLeftIt();
    showGraph(robot, "decisions/Use FSDP Over DeepSpeed.md");
    robot.interact(() -> model.depth().set(3));
    WaitForAsyncUtils.waitForFxEvents();
    java.util.Map<String, String> twins = new java.util.TreeMap<>();
    for (Label l : all(robot, ".memory-graph .graph-label", Label.class)) {
      if (l.getText().startsWith("Learning Rate Warmup")) {
        twins.put(l.getText(), l.getTooltip().getText());
      }
    }
    assertEquals(
        java.util.Map.of(
            "Learning Rate Warmup \u00b7 archive/",
            "Learning Rate Warmup\narchive/Learning Rate Warmup.md",
            "Learning Rate Warmup \u00b7 \u2026/training/",
            "Learning Rate Warmup\nml/training/Learning Rate Warmup.md"),
        twins);
  }

  @Test
  void notesOfOneTitleInLikeNamedFoldersAreToldApartByAsMuchOfTheirFoldersAsItTakes(FxRobot robot)
      throws Exception {
    Files.writeString(root.resolve("Hub.md"), "---\ntitle: Hub\n---\n\nThe hub.\n");
    for (String folder : List.of("a/x/", "b/x/", "")) {
      Files.createDirectories(root.resolve(folder.isEmpty() ? "." : folder));
      Files.writeString(
          root.resolve(folder + "Notes.md"), "---\ntitle: Notes\n---\n\n- about [[Hub]]\n");
    }
    showGraph(robot, "Hub.md");
    assertEquals(
        List.of("Hub", "Notes \u00b7 a/x/", "Notes \u00b7 b/x/", "Notes \u00b7 project root"),
        all(robot, ".memory-graph .graph-label", Label.class).stream()
            .map(Label::getText)
            .sorted()
            .toList());
  }

  /** The fixture as a user's audit left it: Training Recipes written, Ada citing a schedule. */
  private void asAnAuditLeftIt() throws java.io.IOException {
    Files.createDirectories(root.resolve("recipes"));
    Files.writeString(
        root.resolve("recipes/Recipes For Training.md"),
        "---\ntitle: Training Recipes\ntype: note\n---\n\n# Training Recipes\n");
    Files.writeString(
        root.resolve("people/Ada Lovelace.md"),
        "\n- [idea] Try the new scheduler #ml see [[Cosine Decay Schedule]]\n",
        java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * No dot's bounds meet any name's (the graph's notes, rings and lines), no two dots meet, and the
   * open note and its direct neighbours are named in full.
   */
  private static void assertNoNoteIsCovered(FxRobot robot, String where) {
    List<javafx.scene.Node> dots = new java.util.ArrayList<>();
    for (String style : List.of(".graph-center", ".graph-node", ".graph-missing")) {
      dots.addAll(robot.lookup(".memory-graph " + style).queryAll());
    }
    List<Label> names = new java.util.ArrayList<>();
    for (String style : List.of(".graph-label", ".graph-ring-label", ".graph-edge-label")) {
      names.addAll(all(robot, ".memory-graph " + style, Label.class));
    }
    for (javafx.scene.Node dot : dots) {
      javafx.geometry.Bounds b = dot.getBoundsInParent();
      for (Label name : names) {
        assertFalse(
            b.intersects(name.getBoundsInParent()),
            where
                + ": "
                + name.getText()
                + " at "
                + name.getBoundsInParent()
                + " covers "
                + tip(dot)
                + " at "
                + b);
      }
      for (javafx.scene.Node other : dots) {
        assertTrue(
            other == dot || !b.intersects(other.getBoundsInParent()),
            where + ": " + tip(dot) + " and " + tip(other) + " overlap");
      }
    }
    List<String> named =
        names.stream().filter(l -> l.getWidth() + 0.5 >= fullWidth(l)).map(Label::getText).toList();
    for (String near :
        List.of(
            "Use FSDP Over DeepSpeed",
            "LoRA Fine-Tuning Run 2025-03",
            "DeepSpeed Training Setup",
            "Distributed Checkpointing",
            "Ada Lovelace")) {
      assertTrue(
          named.contains(near),
          where
              + ": "
              + near
              + " is not named in full: "
              + names.stream()
                  .map(
                      l ->
                          l.getText()
                              + "="
                              + l.getWidth()
                              + "/"
                              + fullWidth(l)
                              + " in a pane "
                              + l.getParent().getLayoutBounds().getWidth()
                              + " wide")
                  .toList());
    }
  }

  /** What a graph's dot says when pointed at: its note's title and file. */
  private static String tip(javafx.scene.Node dot) {
    Object t = dot.getProperties().get("javafx.scene.control.Tooltip");
    return t == null ? "a dot" : ((javafx.scene.control.Tooltip) t).getText();
  }

  /** The middle of the graph's dot whose tooltip starts with {@code title}. */
  private static javafx.geometry.Point2D dot(FxRobot robot, String style, String title) {
    javafx.scene.Node n =
        robot.lookup(".memory-graph " + style).queryAll().stream()
            .filter(
                d -> {
                  Object t = d.getProperties().get("javafx.scene.control.Tooltip");
                  return t == null
                      ? style.equals(".graph-center")
                      : ((javafx.scene.control.Tooltip) t).getText().startsWith(title);
                })
            .findFirst()
            .orElseThrow(() -> new AssertionError("no dot for " + title));
    javafx.geometry.Bounds b = n.getBoundsInParent();
    return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
  }

  /** How wide a label's whole text is. */
  private static double fullWidth(Label l) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(l.getText());
    t.setFont(l.getFont());
    return t.getLayoutBounds().getWidth() + l.snappedLeftInset() + l.snappedRightInset();
  }

  @Test
  void theNewNoteFormShowsTheWholePathAndPermalinkOfALongTitle(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.clickOn("#memory-new");
    String longTitle =
        "A very long title about learning rate warmup schedules for large transformer models"
            + " trained with mixed precision on many GPUs over many weeks";
    robot.interact(
        () -> robot.lookup("#new-note-title").queryAs(TextField.class).setText(longTitle));
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitForFxEvents();
    Label where = robot.lookup("#new-note-where").queryAs(Label.class);
    assertTrue(where.getText().contains("Permalink: main/"), where.getText());
    assertTrue(
        where.getHeight() + 1 >= where.prefHeight(where.getWidth()),
        "every line is shown, the permalink too: "
            + where.getHeight()
            + " < "
            + where.prefHeight(where.getWidth()));
    robot.type(javafx.scene.input.KeyCode.ESCAPE);
  }

  @Test
  void twoNotesOfOneTitleAreToldApartByTheirFileUnderThePointer(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    WaitForAsyncUtils.waitForFxEvents();
    java.util.List<NoteColumns.TitleCell> twins =
        robot.lookup(".table-cell").queryAll().stream()
            .filter(n -> n instanceof NoteColumns.TitleCell)
            .map(n -> (NoteColumns.TitleCell) n)
            .filter(c -> "Learning Rate Warmup".equals(c.getText()))
            .toList();
    assertEquals(2, twins.size(), "the fixture holds two notes of that title");
    java.util.Set<String> tips = new java.util.HashSet<>();
    for (NoteColumns.TitleCell cell : twins) {
      robot.moveTo(cell);
      WaitForAsyncUtils.waitForFxEvents();
      tips.add(cell.getTooltip().getText());
    }
    assertEquals(
        java.util.Set.of("archive/Learning Rate Warmup.md", "ml/training/Learning Rate Warmup.md"),
        tips);
  }

  @Test
  void creatingANoteWritesTheFileAndShowsWhereItGoes(FxRobot robot) throws Exception {
    robot.interact(() -> model.useFolder(root));
    robot.clickOn("#memory-new");
    robot.clickOn("#new-note-title").write("GPU Memory: 80GB");
    robot.clickOn("#new-note-folder").write("ml");
    WaitForAsyncUtils.waitForFxEvents();
    String where = robot.lookup("#new-note-where").queryLabeled().getText();
    assertTrue(where.contains("ml/GPU Memory- 80GB.md"), where);
    assertTrue(where.contains("main/ml/gpu-memory-80-gb"), where);
    robot.clickOn("#new-note-create");
    WaitForAsyncUtils.waitForFxEvents();
    Path file = root.resolve("ml/GPU Memory- 80GB.md");
    assertTrue(Files.exists(file));
    assertTrue(Files.readString(file).startsWith("---\ntitle: 'GPU Memory: 80GB'\ntype: note\n"));
    assertEquals("GPU Memory: 80GB", model.open().get().orElseThrow().file().note().title());
  }

  @Test
  void aNewNoteOpensForTypingAndCreatingFromAnAliasedLinkLeavesTheAliasOut(FxRobot robot)
      throws Exception {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("edge/Parser Edge Cases.md"));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.Label aliased =
        robot.lookup(".rel-unresolved").queryAllAs(javafx.scene.control.Label.class).stream()
            .filter(l -> l.getText().equals("Link Two"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("[[Link Two|Alias]] is listed as Link Two"));
    // the button may lie below the reader's fold: fired, as a click would (the form then waits)
    javafx.application.Platform.runLater(
        ((javafx.scene.control.Button) aliased.getParent().lookup(".rel-create"))::fire);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "Link Two",
        robot.lookup("#new-note-title").queryAs(javafx.scene.control.TextField.class).getText());
    robot.clickOn("#new-note-create");
    WaitForAsyncUtils.waitForFxEvents();
    String created = model.open().get().orElseThrow().file().note().filePath();
    assertTrue(created.endsWith("Link Two.md") && Files.exists(root.resolve(created)), created);
    robot.write("typed at once");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        model.editorText().get().endsWith("typed at once"),
        "the cursor is in the new note's editor: " + model.editorText().get());
  }

  @Test
  void observationChipsThatWrapKeepTheirLinesWithinThemselves(FxRobot robot) {
    robot.interact(() -> view.getScene().getWindow().setWidth(900));
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("ml/training/Learning Rate Warmup.md"));
    WaitForAsyncUtils.waitForFxEvents();
    List<javafx.scene.layout.Region> chips =
        all(robot, ".note-reader .obs-chip", javafx.scene.layout.Region.class);
    assertTrue(chips.size() >= 4, "chips: " + chips.size());
    boolean wrapped = false;
    for (javafx.scene.layout.Region chip : chips) {
      double needed = chip.prefHeight(chip.getWidth());
      wrapped |= needed > chip.prefHeight(-1) + 1;
      assertTrue(
          chip.getHeight() + 0.5 >= needed,
          "a chip " + chip.getWidth() + " wide is " + chip.getHeight() + " high for " + needed);
      // and its category's row holds it: the next row starts below it
      javafx.scene.Parent row = chip.getParent();
      while (row.getChildrenUnmodifiable().stream()
          .noneMatch(n -> n.getStyleClass().contains("obs-category"))) {
        row = row.getParent();
      }
      double chipBottom = chip.localToScene(chip.getLayoutBounds()).getMaxY();
      double rowBottom = row.localToScene(row.getLayoutBounds()).getMaxY();
      assertTrue(
          chipBottom <= rowBottom + 0.5,
          "a chip ends at " + chipBottom + ", its row at " + rowBottom);
    }
    assertTrue(wrapped, "at this width some chip wraps");
  }

  @Test
  void aQuoteOpeningWithACalloutMarkIsDrawnAsACalloutNamedByItsTitle(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("decisions/Use FSDP Over DeepSpeed.md"));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node callout = robot.lookup(".note-reader .md-callout").query();
    assertTrue(callout.getStyleClass().contains("md-callout-note"));
    assertEquals(
        "Context", robot.from(callout).lookup(".md-callout-title").queryLabeled().getText());
    String shown =
        robot.from(callout).lookup(".md-span").queryAllAs(javafx.scene.text.Text.class).stream()
            .map(javafx.scene.text.Text::getText)
            .collect(java.util.stream.Collectors.joining());
    assertEquals("This callout is ignored by the observation parser.", shown.strip());
  }

  @Test
  void aLongNoteShowsAtOnceAndTheEditorIsMadeWhenItsTabIsShown(FxRobot robot) throws Exception {
    StringBuilder body = new StringBuilder("---\ntitle: Long List\ntype: note\n---\n\n");
    for (int i = 0; i < 2000; i++) {
      body.append("- item number ").append(i).append(" with [[Long List]]\n");
    }
    Files.writeString(root.resolve("Long List.md"), body.toString());
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("Long List.md"));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup(".note-title").queryLabeled().getText().contains("Long List"));
    int items = robot.lookup(".md-item").queryAll().size();
    assertTrue(items > 0 && items < 200, "only the items on screen have nodes: " + items);
    assertTrue(
        robot.lookup(".note-editor").tryQuery().isEmpty(), "no editor before the Edit tab shows");
    robot.clickOn("Edit");
    WaitForAsyncUtils.waitForFxEvents();
    org.fxmisc.richtext.CodeArea area =
        robot.lookup(".note-editor").queryAs(org.fxmisc.richtext.CodeArea.class);
    assertEquals(model.editorText().get(), area.getText());
  }

  /** Opens Ada Lovelace's note in the Edit tab; its editor. */
  private org.fxmisc.richtext.CodeArea editAda(FxRobot robot) {
    return edit(robot, "people/Ada Lovelace.md");
  }

  /** Opens a note in the Edit tab; its editor. */
  private org.fxmisc.richtext.CodeArea edit(FxRobot robot, String path) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote(path));
    robot.clickOn("Edit");
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(".note-editor").queryAs(org.fxmisc.richtext.CodeArea.class);
  }

  @Test
  void titleCompletionOpensOnTypingOnlyNotOnARedoOrInsideAClosedLink(FxRobot robot) {
    org.fxmisc.richtext.CodeArea area = editAda(robot);
    robot.interact(
        () -> {
          // at the foot of a long note, where the list has no room below the caret
          area.insertText(area.getLength(), "- a line\n".repeat(80));
          area.moveTo(area.getLength());
          area.requestFollowCaret();
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> area.insertText(area.getLength(), "- see_also [[Cos"));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.ContextMenu list = completionList().orElseThrow();
    javafx.geometry.Bounds caret = area.getCaretBounds().orElseThrow();
    assertTrue(
        list.getY() >= caret.getMaxY() - 1 || list.getY() + list.getHeight() <= caret.getMinY() + 1,
        "the list leaves the caret's line in sight: " + list.getY() + " against " + caret);
    robot.interact(() -> list.getItems().get(0).fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(area.getText().endsWith("- see_also [[Cosine Decay Schedule]]"), area.getText());
    robot.interact(area::requestFocus);
    robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
    robot.push(
        javafx.scene.input.KeyCode.CONTROL,
        javafx.scene.input.KeyCode.SHIFT,
        javafx.scene.input.KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(completionList().isEmpty(), "a redo is not typing: no list on a closed link");
    assertTrue(area.getText().endsWith("[[Cosine Decay Schedule]]"), area.getText());
    // typing inside the closed link's name offers nothing to put in front of the rest
    robot.interact(
        () -> {
          area.moveTo(area.getLength() - "sine Decay Schedule]]".length());
          area.insertText(area.getCaretPosition(), "s"); // [[Cos|sine Decay Schedule]]
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(completionList().isEmpty(), "no list inside a closed link");
  }

  @Test
  void twoNotesOfOneTitleAreOfferedWithTheirFoldersAndEachChoiceLinksToItsOwnNote(FxRobot robot) {
    org.fxmisc.richtext.CodeArea area = editAda(robot);
    robot.interact(() -> area.moveTo(area.getLength()));
    robot.interact(() -> area.insertText(area.getLength(), "\n- see_also [[Learning"));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.ContextMenu list = completionList().orElseThrow();
    assertEquals(
        List.of("Learning Rate Warmup \u00b7 archive/", "Learning Rate Warmup \u00b7 ml/training/"),
        list.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList());
    // from people/ the title alone finds archive/'s note (the shorter path): the other is named
    robot.interact(() -> list.getItems().get(1).fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        model.editorText().get().endsWith("[[ml/training/Learning Rate Warmup]]"),
        model.editorText().get());
    robot.interact(() -> area.insertText(area.getLength(), "\n- see_also [[Learning"));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> completionList().orElseThrow().getItems().get(0).fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        model.editorText().get().endsWith("[[Learning Rate Warmup]]"), model.editorText().get());
    robot.interact(() -> model.save());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        List.of("archive/Learning Rate Warmup.md", "ml/training/Learning Rate Warmup.md"),
        model.open().get().orElseThrow().links().stream()
            .filter(l -> l.relation().target().contains("Learning Rate Warmup"))
            .map(l -> l.target().orElseThrow().filePath())
            .sorted()
            .toList(),
        "each link finds the note chosen");
  }

  private static java.util.Optional<javafx.scene.control.ContextMenu> completionList() {
    return javafx.stage.Window.getWindows().stream()
        .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
        .map(w -> (javafx.scene.control.ContextMenu) w)
        .findFirst();
  }

  @Test
  void aSavedNoteIsShownAgainKeepingWhatTheSaveLeftAsItWas(FxRobot robot) throws Exception {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("people/Ada Lovelace.md"));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node paragraph = readerText(robot, "Owns the training platform");
    javafx.scene.Node title = robot.lookup(".note-title").query();
    javafx.scene.Node changed = readerText(robot, "(weekly review)");

    robot.interact(
        () -> {
          model.editorText().set(model.editorText().get().replace("weekly", "monthly"));
          model.save();
        });
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(
        Files.readString(root.resolve("people/Ada Lovelace.md")).contains("(monthly review)"));
    javafx.scene.Node now = readerText(robot, "(monthly review)");
    assertTrue(now != changed, "the changed item is drawn again");
    assertTrue(
        robot.lookup(".note-reader .md-text").queryAll().stream()
            .noneMatch(n -> textOf(n).contains("weekly")),
        "nothing shows the old text");
    assertTrue(
        robot.lookup(".obs-chip").queryAll().stream()
            .anyMatch(chip -> textOf(chip).endsWith("discussed (monthly review)")),
        "the observation's chip shows the new context");
    assertTrue(
        readerText(robot, "Owns the training platform") == paragraph,
        "an unchanged paragraph keeps its nodes");
    assertTrue(robot.lookup(".note-title").query() == title, "so does the title");
  }

  @Test
  void backlinksAreListedByTheLinkingNotesTitle(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("archive/Learning Rate Warmup.md"));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        java.util.List.of(
            "Learning Rate Warmup  (links_to)",
            "LoRA Fine-Tuning Run 2025-03  (links_to)",
            "LoRA Fine-Tuning Run 2025-03  (uses)",
            "\u6d4b\u8bd5\u6587\u6863  (links_to)"),
        robot
            .lookup(".note-reader .hyperlink")
            .queryAllAs(javafx.scene.control.Hyperlink.class)
            .stream()
            .map(javafx.scene.control.Hyperlink::getText)
            .filter(t -> t.endsWith(")"))
            .toList());
  }

  /** Every node {@code query} finds, as {@code type}. */
  private static <T extends javafx.scene.Node> java.util.List<T> all(
      FxRobot robot, String query, Class<T> type) {
    return java.util.List.copyOf(robot.lookup(query).queryAllAs(type));
  }

  /** The reader's text flow that holds {@code text}. */
  private static javafx.scene.Node readerText(FxRobot robot, String text) {
    return robot.lookup(".note-reader .md-text").queryAll().stream()
        .filter(n -> textOf(n).contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no text flow shows " + text));
  }

  private static String textOf(javafx.scene.Node flow) {
    StringBuilder out = new StringBuilder();
    for (javafx.scene.Node n : ((javafx.scene.Parent) flow).getChildrenUnmodifiable()) {
      if (n instanceof javafx.scene.text.Text t) {
        out.append(t.getText());
      } else if (n instanceof javafx.scene.control.Labeled l) {
        out.append(l.getText());
      }
    }
    return out.toString();
  }

  @Test
  void theEditorHighlightsHeadingsTagsLinksAndKeepsDoingSoAsTheUserTypes(FxRobot robot) {
    org.fxmisc.richtext.CodeArea area = editAda(robot);
    String text = area.getText();
    assertTrue(area.getStyleOfChar(text.indexOf("## Observations") + 3).contains("md-heading"));
    assertTrue(area.getStyleOfChar(text.indexOf("#people") + 1).contains("md-tag"));
    assertTrue(area.getStyleOfChar(text.indexOf("[[Training Recipes]]") + 2).contains("md-link"));
    assertTrue(
        area.getStyleOfChar(text.indexOf("[[Training Recipes]]") + 2).contains("md-link-missing"),
        "no note is called that: marked as the reader marks it");
    assertFalse(
        area.getStyleOfChar(text.indexOf("[[Use FSDP Over DeepSpeed]]") + 2)
            .contains("md-link-missing"));
    assertTrue(area.getStyleOfChar(text.indexOf("Owns the") + 1).isEmpty(), "prose is plain");

    robot.interact(() -> area.appendText("\n- [idea] Try #newtag\n"));
    // the highlighting follows once typing pauses
    WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    String now = area.getText();
    assertTrue(area.getStyleOfChar(now.indexOf("#newtag") + 1).contains("md-tag"));
    assertTrue(area.getStyleOfChar(now.indexOf("[idea]") + 1).contains("md-category"));
  }

  @Test
  void theEditorShowsCodeQuietlyAndNothingInItAsAHeadingInBothThemes(FxRobot robot) {
    org.fxmisc.richtext.CodeArea area = edit(robot, "decisions/Use FSDP Over DeepSpeed.md");
    String text = area.getText();
    int comment = text.indexOf("# code blocks are not parsed");
    assertFalse(area.getStyleOfChar(comment + 2).contains("md-heading"), "a python comment");
    assertTrue(area.getStyleOfChar(comment + 2).contains("md-code"));
    assertTrue(area.getStyleOfChar(text.indexOf("```python") + 1).contains("md-code-fence"));
    assertTrue(area.getStyleOfChar(text.indexOf("## Observations") + 3).contains("md-heading"));
    assertTrue(area.getStyleOfChar(text.indexOf("#fsdp") + 1).contains("md-tag"));
    for (var theme : List.of(new PrimerLight(), new atlantafx.base.theme.PrimerDark())) {
      robot.interact(
          () -> {
            Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
            area.applyCss();
          });
      javafx.scene.paint.Paint code = fillOf(area, "md-code");
      javafx.scene.paint.Paint fence = fillOf(area, "md-code-fence");
      javafx.scene.paint.Paint heading = fillOf(area, "md-heading");
      javafx.scene.paint.Paint plain =
          area.lookupAll(".text").stream()
              .map(n -> (javafx.scene.text.Text) n)
              .filter(t -> t.getText().contains("We standardize"))
              .findFirst()
              .orElseThrow()
              .getFill();
      String in = theme.getName() + ": ";
      assertFalse(code.equals(heading) || code.equals(plain), in + "code has a colour of its own");
      assertFalse(fence.equals(heading) || fence.equals(plain), in + "and so have its fences");
    }
  }

  /** The fill of the first text drawn in {@code styleClass}. */
  private static javafx.scene.paint.Paint fillOf(
      org.fxmisc.richtext.CodeArea area, String styleClass) {
    return area.lookupAll("." + styleClass).stream()
        .filter(n -> n instanceof javafx.scene.text.Text)
        .map(n -> ((javafx.scene.text.Text) n).getFill())
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing is drawn as " + styleClass));
  }

  @Test
  void aNoteWithWindowsLineEndsKeepsThemWhenEditedInTheRoom(FxRobot robot) throws Exception {
    Path note = root.resolve("Windows Note.md");
    Files.writeString(
        note, "---\r\ntitle: Windows Note\r\ntype: note\r\n---\r\n\r\nFirst line.\r\n");
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("Windows Note.md"));
    robot.clickOn("Edit");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(!model.dirty().get(), "opening it changes nothing");
    org.fxmisc.richtext.CodeArea area =
        robot.lookup(".note-editor").queryAs(org.fxmisc.richtext.CodeArea.class);
    robot.interact(() -> area.appendText("Second line.\n"));
    robot.interact(() -> model.save());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "---\r\ntitle: Windows Note\r\ntype: note\r\n---\r\n\r\nFirst line.\r\nSecond line.\r\n",
        Files.readString(note),
        "the line the user added ends as the others do, and the others are kept");
  }

  @Test
  void aNoteThatIsNotUtf8IsShownReadOnlyAndTypingCannotChangeIt(FxRobot robot) throws Exception {
    Path note = root.resolve("Cafe.md");
    byte[] latin1 =
        "---\ntitle: Cafe\n---\ncaf\u00e9 cr\u00e8me\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(note, latin1);
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("Cafe.md"));
    robot.clickOn("Edit");
    WaitForAsyncUtils.waitForFxEvents();
    Label why = robot.lookup("#memory-read-only").queryAs(Label.class);
    assertTrue(why.getParent().isVisible() && why.getText().contains("not UTF-8"), why.getText());
    org.fxmisc.richtext.CodeArea area =
        robot.lookup(".note-editor").queryAs(org.fxmisc.richtext.CodeArea.class);
    robot.clickOn(area);
    robot.write("typed");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(!area.getText().contains("typed"), "the editor takes no typing");
    assertTrue(!model.dirty().get(), "nothing to save");
    assertTrue(java.util.Arrays.equals(latin1, Files.readAllBytes(note)));

    robot.interact(() -> model.openNote("people/Ada Lovelace.md"));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(!why.getParent().isVisible(), "a UTF-8 note is editable again");
    assertTrue(area.isEditable());
  }

  @Test
  void aNoteInWindows1252IsConvertedToUtf8AfterTheUserSawHowItWouldRead(FxRobot robot)
      throws Exception {
    Path note = root.resolve("Cafe.md");
    byte[] before =
        "---\ntitle: Cafe\n---\ncaf\u00e9 cr\u00e8me \u20ac5\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Files.write(note, before);
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("Cafe.md"));
    robot.clickOn("Edit");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#memory-convert");
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.DialogPane dialog =
        robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
    assertTrue(
        dialog.getContentText().contains("caf\u00e9 cr\u00e8me \u20ac5"), dialog.getContentText());
    robot.type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        java.util.Arrays.equals(before, Files.readAllBytes(note)),
        "Enter answers Cancel: nothing converted");
    robot.clickOn("#memory-convert");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Convert to UTF-8");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "---\ntitle: Cafe\n---\ncaf\u00e9 cr\u00e8me \u20ac5\n",
        new String(Files.readAllBytes(note), java.nio.charset.StandardCharsets.UTF_8));
    org.fxmisc.richtext.CodeArea area =
        robot.lookup(".note-editor").queryAs(org.fxmisc.richtext.CodeArea.class);
    assertTrue(area.isEditable(), "converted, it can be edited");
    assertTrue(area.getText().contains("caf\u00e9 cr\u00e8me"), area.getText());
  }

  @Test
  void aBinaryFileIsListedWithItsWarningButItsBytesAreNotShownAsText(FxRobot robot)
      throws Exception {
    byte[] bytes = new byte[600];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 37 + 11);
    }
    Files.write(root.resolve("blob.md"), bytes);
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("blob.md"));
    WaitForAsyncUtils.waitForFxEvents();
    List<String> shown =
        robot.lookup("#memory-note .label").queryAllAs(Label.class).stream()
            .filter(javafx.scene.Node::isVisible)
            .map(Label::getText)
            .toList();
    assertTrue(shown.stream().anyMatch(t -> t.contains("binary content")), shown.toString());
    assertTrue(
        shown.stream().anyMatch(t -> t.startsWith("This file holds binary data")),
        shown.toString());
    assertTrue(
        shown.stream()
            .filter(t -> !t.startsWith("\u26a0") && !t.startsWith("This file is not UTF-8"))
            .noneMatch(t -> t.contains("\uFFFD")),
        "no undecodable bytes drawn as text: " + shown);
    assertTrue(
        robot.lookup(".note-reader .text").queryAllAs(javafx.scene.text.Text.class).stream()
            .map(javafx.scene.text.Text::getText)
            .filter(t -> !t.startsWith("\u26a0"))
            .noneMatch(t -> t.contains("\uFFFD")),
        "nor in the reader's text flows");
    robot.clickOn("Edit");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot
            .lookup("#memory-read-only")
            .queryLabeled()
            .getText()
            .startsWith("This file holds binary data, not text"),
        "the editor's banner says what it is, and offers no conversion");
    assertFalse(robot.lookup("#memory-convert").query().isVisible());
  }

  /** Opens Ada Lovelace in the Edit tab and types text at the end, as a user does. */
  private void typeAtTheEndOfAdaLovelace(FxRobot robot, String text) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("people/Ada Lovelace.md"));
    robot.clickOn("Edit");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(".note-editor");
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.END);
    robot.release(javafx.scene.input.KeyCode.END, javafx.scene.input.KeyCode.CONTROL);
    robot.write(text);
  }

  @Test
  void undoIsOfferedOnlyWhenThereIsSomethingToUndo(FxRobot robot) {
    typeAtTheEndOfAdaLovelace(robot, "");
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.Button undo = robot.lookup("Undo").queryButton();
    assertTrue(undo.isDisabled(), "a note just opened has nothing to undo");
    robot.write("x");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(undo.isDisabled());
    robot.clickOn(undo);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(undo.isDisabled(), "all undone");
    assertFalse(model.dirty().get());
  }

  @Test
  void undoTakesBackTheLastWordTypedNotTheWholeRun(FxRobot robot) {
    typeAtTheEndOfAdaLovelace(robot, "alpha beta\ngamma delta");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(model.editorText().get().endsWith("alpha beta\ngamma delta"));
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
    robot.release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(model.editorText().get().endsWith("alpha beta\ngamma"), model.editorText().get());
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
    robot.release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(model.editorText().get().endsWith("alpha beta"), model.editorText().get());
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
    robot.release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(model.editorText().get().endsWith(")\nalpha"), model.editorText().get());
  }

  @Test
  void typingTwoBracketsOffersTitlesAndEnterTakesTheFirst(FxRobot robot) {
    typeAtTheEndOfAdaLovelace(robot, "\n- relates_to [[Cos");
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        model.editorText().get().endsWith("- relates_to [[Cosine Decay Schedule]]"),
        model.editorText().get());
  }

  @Test
  void ctrlFGoesToTheSearchBoxAndCtrlNOpensTheNewNoteForm(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("people/Ada Lovelace.md"));
    robot.clickOn(".note-title");
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F);
    robot.release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#memory-search").query().isFocused(), "Ctrl+F: the search box");
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N);
    robot.release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#new-note-where").tryQuery().isPresent(), "Ctrl+N: the form");
    robot.type(javafx.scene.input.KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theReadTabSaysWhenTheNoteHasUnsavedEditsAndLeadsToThem(FxRobot robot) {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("people/Ada Lovelace.md"));
    WaitForAsyncUtils.waitForFxEvents();
    Label said = robot.lookup("#memory-unsaved-in-edit").queryAs(Label.class);
    assertTrue(!said.getParent().isVisible(), "nothing unsaved, nothing said");
    robot.interact(
        () -> model.editorText().set(model.editorText().get() + "- [fact] recovered or typed\n"));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(said.getParent().isVisible());
    robot.clickOn("Show them");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup(".note-editor").query().isVisible(), "the Edit tab, with the edits, is shown");
  }

  @Test
  void shortcutSSavesTheNoteInTheEditor(FxRobot robot) throws Exception {
    typeAtTheEndOfAdaLovelace(robot, "\nkept by the shortcut\n");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(model.dirty().get());
    robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.S);
    robot.release(javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCode.SHORTCUT);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        Files.readString(root.resolve("people/Ada Lovelace.md")).contains("kept by the shortcut"));
    assertTrue(!model.dirty().get(), "saved: nothing left unsaved");
    javafx.scene.control.TableView<?> table = robot.lookup("#memory-notes").queryTableView();
    assertEquals(
        "people/Ada Lovelace.md",
        ((dev.agentworkbench.memory.NoteSummary) table.getSelectionModel().getSelectedItem())
            .filePath(),
        "the saved note's row stays selected");
  }

  @Test
  void aNoteTheTrashCannotTakeIsKeptNotDeletedForGood(FxRobot robot) throws Exception {
    // the trash's folder cannot be made: a file stands where it would go
    Files.writeString(temp.resolve("data"), "not a folder");
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("people/Ada Lovelace.md"));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Delete…");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Move to trash");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        Files.exists(root.resolve("people/Ada Lovelace.md")),
        "promised the trash, the note is never deleted for good instead");
    assertTrue(model.message().get().startsWith("Delete failed"), model.message().get());
  }

  @Test
  void deletingANoteAsksFirstAndEnterKeepsIt(FxRobot robot) throws Exception {
    robot.interact(() -> model.useFolder(root));
    robot.interact(() -> model.openNote("people/Ada Lovelace.md"));
    WaitForAsyncUtils.waitForFxEvents();
    Path note = root.resolve("people/Ada Lovelace.md");

    robot.clickOn("Delete…");
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(Files.exists(note), "Enter answers Cancel: nothing is deleted");

    robot.clickOn("Delete…");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Move to trash");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(Files.notExists(note), "the confirmed deletion removes the note");
    Path trashed = temp.resolve("data/Trash/files/Ada Lovelace.md");
    assertTrue(Files.exists(trashed), "to the desktop's trash, where a file manager restores it");
    assertTrue(
        Files.readString(temp.resolve("data/Trash/info/Ada Lovelace.md.trashinfo"))
            .contains("Path=" + note.toString().replace(" ", "%20")),
        "with where it came from");
  }
}
