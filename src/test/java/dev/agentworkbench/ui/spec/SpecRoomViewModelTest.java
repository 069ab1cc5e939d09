package dev.agentworkbench.ui.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.spec.CatalogEntry;
import dev.agentworkbench.spec.Diagnostic;
import dev.agentworkbench.spec.SpecService;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceLocator;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The room's logic without a toolkit. */
class SpecRoomViewModelTest {
  @TempDir Path temp;
  final List<String> messages = new ArrayList<>();
  SpecRoomViewModel model;
  Workspace workspace;

  @BeforeEach
  void setUp() throws Exception {
    Path project = Fixtures.copy("agents/project", temp);
    Path home = Files.createDirectories(temp.resolve("home"));
    workspace = new WorkspaceLocator(new UserEnvironment(home, Map.of())).open(project);
    model = new SpecRoomViewModel(new SpecService(), new SameThreadWork(), messages::add);
    model.open(Optional.of(workspace));
  }

  @Test
  void opensTheSeedAndListsOnlyAgents() {
    assertEquals("machine-learning-engineer", model.agentName().get());
    assertTrue(model.filtered().stream().noneMatch(e -> e.name().equals("README")));
    assertEquals(6, model.filtered().size());
    model.filter().set("opus");
    assertEquals(
        List.of("security-auditor"), model.filtered().stream().map(CatalogEntry::name).toList());
  }

  @Test
  void diagnosticsListHoldsWhatOnlyTheCatalogKnows() {
    assertTrue(
        model.diagnostics().stream()
            .anyMatch(
                d ->
                    d.rule().equals("ATTR001")
                        && d.message().contains("not an agent in this workspace")),
        "attribution examples crediting agents the workspace lacks: " + model.diagnostics());
  }

  @Test
  void fixIsPreviewedAppliedAndUndone() {
    int before = model.diagnostics().size();
    Diagnostic heading =
        model.diagnostics().stream()
            .filter(d -> d.rule().equals("FM003"))
            .findFirst()
            .orElseThrow();
    List<String> diff = model.preview(heading);
    assertTrue(diff.contains("- # Machine Learning Engineer Agent"), diff.toString());
    model.applyFix(heading);
    assertEquals(before - 1, model.diagnostics().size());
    assertTrue(model.dirty().get());
    model.undoFix();
    assertEquals(before, model.diagnostics().size());
    assertFalse(model.dirty().get());
  }

  @Test
  void savesAndReportsAConflict() throws Exception {
    model.applyAllFixes();
    assertTrue(model.diagnostics().stream().noneMatch(d -> d.fix().isPresent()));
    Path file = model.file().get().orElseThrow();
    model.save();
    assertFalse(model.dirty().get());
    assertTrue(Files.readString(file).contains("## ⚠️ CRITICAL"));
    model.edited(model.text().get() + "\nmore\n");
    Files.writeString(file, "changed elsewhere");
    model.save();
    assertTrue(messages.get(messages.size() - 1).contains("changed on disk"));
    assertEquals("changed elsewhere", Files.readString(file));
  }

  @Test
  void sampleIsReadOnlyAndMarked() {
    model.openSample();
    assertTrue(model.sample().get());
    assertTrue(model.file().get().isEmpty());
    assertFalse(model.diagnostics().isEmpty());
  }

  @Test
  void unsavedEditsSurviveAsADraftUntilSaved() throws Exception {
    dev.agentworkbench.spec.SpecDrafts drafts =
        new dev.agentworkbench.spec.SpecDrafts(temp.resolve("drafts"));
    model.keepDraftsIn(drafts);
    model.refreshCatalog();
    model.select(model.filtered().get(0));
    String edited = model.text().get() + "\nTyped before the crash.\n";
    model.edited(edited);

    SpecRoomViewModel after =
        new SpecRoomViewModel(new SpecService(), new SameThreadWork(), messages::add);
    after.keepDraftsIn(drafts);
    after.open(Optional.of(workspace));
    after.select(model.filtered().get(0));
    assertEquals(Optional.of(edited), after.draft().get());
    after.restoreDraft();
    assertEquals(edited, after.text().get());
    after.save();
    Path file = after.file().get().orElseThrow();
    assertEquals(Optional.empty(), drafts.load(file));
    assertEquals(edited, Files.readString(file));
  }
}
