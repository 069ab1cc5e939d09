package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.links.Backlink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The open note rendered: title and facts, warnings, the body, observations as chips by category,
 * relations as links by type (unresolved ones with "create"), and backlinks.
 */
final class NoteReader extends ScrollPane {
  private final VBox box = new VBox(10);
  private final Consumer<String> openPath;
  private final Consumer<String> createTitle;

  private final MarkdownNodes markdown;

  NoteReader(Consumer<String> openPath, Consumer<String> createTitle, Consumer<String> openLink) {
    this.markdown = new MarkdownNodes(openLink);
    this.openPath = openPath;
    this.createTitle = createTitle;
    box.setPadding(new Insets(16));
    box.getStyleClass().add("note-reader");
    setContent(box);
    setFitToWidth(true);
  }

  void show(MemoryViewModel.OpenNote open) {
    Note n = open.file().note();
    box.getChildren().clear();
    Label title = new Label(n.title());
    title.getStyleClass().addAll("title-2", "note-title");
    title.setWrapText(true);
    Label facts =
        new Label(
            n.type()
                + "  ·  "
                + n.permalink()
                + "  ·  "
                + n.filePath()
                + (n.tags().isEmpty() ? "" : "  ·  #" + String.join(" #", n.tags())));
    facts.getStyleClass().add("note-facts");
    facts.setWrapText(true);
    box.getChildren().addAll(title, facts);
    for (String w : n.warnings()) {
      Label warn = new Label("⚠ " + w);
      warn.getStyleClass().add("note-warning");
      warn.setWrapText(true);
      box.getChildren().add(warn);
    }
    if (open.document().isPresent()) {
      box.getChildren().add(markdown.render(open.document().get()));
    } else {
      Label body =
          new Label(n.content().substring(0, Math.min(200_000, n.content().length())) + "\n…");
      body.setWrapText(true);
      body.getStyleClass().add("note-body");
      box.getChildren().add(body);
    }
    observations(n.observations());
    relations(open.links());
    backlinks(open.backlinks());
  }

  private void observations(List<Observation> observations) {
    if (observations.isEmpty()) {
      return;
    }
    box.getChildren().add(section("Observations"));
    Map<String, FlowPane> byCategory = new LinkedHashMap<>();
    for (Observation o : observations) {
      FlowPane row =
          byCategory.computeIfAbsent(
              o.category(),
              c -> {
                FlowPane f = new FlowPane(6, 6);
                Label cat = new Label(c);
                cat.getStyleClass().add("obs-category");
                f.getChildren().add(cat);
                return f;
              });
      Label chip = new Label(o.content() + o.context().map(c -> "  (" + c + ")").orElse(""));
      chip.getStyleClass().add("obs-chip");
      chip.setWrapText(true);
      row.getChildren().add(chip);
    }
    box.getChildren().addAll(byCategory.values());
  }

  private void relations(List<MemoryViewModel.Link> links) {
    if (links.isEmpty()) {
      return;
    }
    box.getChildren().add(section("Relations"));
    Map<String, FlowPane> byType = new LinkedHashMap<>();
    for (MemoryViewModel.Link l : links) {
      FlowPane row =
          byType.computeIfAbsent(
              l.relation().type(),
              t -> {
                FlowPane f = new FlowPane(6, 6);
                Label type = new Label(t);
                type.getStyleClass().add("rel-type");
                f.getChildren().add(type);
                return f;
              });
      if (l.target().isPresent()) {
        Hyperlink link = new Hyperlink(l.target().get().title());
        link.setOnAction(e -> openPath.accept(l.target().get().filePath()));
        row.getChildren().add(link);
      } else {
        Label missing = new Label(l.relation().target());
        missing.getStyleClass().add("rel-unresolved");
        Button create = new Button("create");
        create.getStyleClass().addAll("small", "rel-create");
        create.setOnAction(e -> createTitle.accept(l.relation().target()));
        row.getChildren().add(new HBox(4, missing, create));
      }
    }
    box.getChildren().addAll(byType.values());
  }

  private void backlinks(List<Backlink> backlinks) {
    box.getChildren().add(section("Backlinks"));
    if (backlinks.isEmpty()) {
      box.getChildren().add(new Label("No note links here yet."));
      return;
    }
    for (Backlink b : backlinks) {
      Hyperlink link = new Hyperlink(b.source().title() + "  (" + b.relation().type() + ")");
      link.setOnAction(e -> openPath.accept(b.source().filePath()));
      box.getChildren().add(link);
    }
  }

  private static Label section(String name) {
    Label l = new Label(name);
    l.getStyleClass().addAll("title-4", "note-section");
    return l;
  }
}
