package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.links.Backlink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
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
  private final PulsedBuild build = new PulsedBuild();

  NoteReader(Consumer<String> openPath, Consumer<String> createTitle, Consumer<String> openLink) {
    this.markdown = new MarkdownNodes(openLink);
    this.openPath = openPath;
    this.createTitle = createTitle;
    box.setPadding(new Insets(16));
    box.getStyleClass().add("note-reader");
    setContent(box);
    setFitToWidth(true);
  }

  /**
   * Shows a note: title, facts and warnings at once, then the body, observations, relations and
   * backlinks a few blocks per pulse (a whole note's nodes made, styled and laid out in one pulse
   * stalled the room for hundreds of milliseconds).
   */
  void show(MemoryViewModel.OpenNote open) {
    Note n = open.file().note();
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
    List<Node> head = new ArrayList<>(List.of(title, facts));
    for (String w : n.warnings()) {
      Label warn = new Label("⚠ " + w);
      warn.getStyleClass().add("note-warning");
      warn.setWrapText(true);
      head.add(warn);
    }
    List<Runnable> steps = new ArrayList<>();
    if (open.document().isPresent()) {
      VBox body = MarkdownNodes.container();
      head.add(body);
      steps.addAll(markdown.steps(open.document().get(), body));
    } else {
      Label body =
          new Label(n.content().substring(0, Math.min(200_000, n.content().length())) + "\n…");
      body.setWrapText(true);
      body.getStyleClass().add("note-body");
      head.add(body);
    }
    box.getChildren().setAll(head);
    setVvalue(0);
    steps.add(() -> observations(n.observations()));
    steps.add(() -> relations(open.links()));
    backlinks(open.backlinks(), steps);
    build.restart(steps);
  }

  /** Whether the whole note is built (the steps run a few per pulse). */
  boolean complete() {
    return build.done();
  }

  private void observations(List<Observation> observations) {
    if (observations.isEmpty()) {
      return;
    }
    List<Node> add = new ArrayList<>();
    add.add(section("Observations"));
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
    add.addAll(byCategory.values());
    box.getChildren().addAll(add);
  }

  private void relations(List<MemoryViewModel.Link> links) {
    if (links.isEmpty()) {
      return;
    }
    List<Node> add = new ArrayList<>();
    add.add(section("Relations"));
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
    add.addAll(byType.values());
    box.getChildren().addAll(add);
  }

  /** Backlinks, twenty links a step (a hub note can have thousands). */
  private void backlinks(List<Backlink> backlinks, List<Runnable> steps) {
    steps.add(
        () -> {
          box.getChildren().add(section("Backlinks"));
          if (backlinks.isEmpty()) {
            box.getChildren().add(new Label("No note links here yet."));
          }
        });
    for (int from = 0; from < backlinks.size(); from += 20) {
      List<Backlink> some = backlinks.subList(from, Math.min(backlinks.size(), from + 20));
      steps.add(
          () -> {
            List<Node> links = new ArrayList<>();
            for (Backlink b : some) {
              Hyperlink link =
                  new Hyperlink(b.source().title() + "  (" + b.relation().type() + ")");
              link.setOnAction(e -> openPath.accept(b.source().filePath()));
              links.add(link);
            }
            box.getChildren().addAll(links);
          });
    }
  }

  private static Label section(String name) {
    Label l = new Label(name);
    l.getStyleClass().addAll("title-4", "note-section");
    return l;
  }
}
