package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.Note;
import dev.agentworkbench.memory.Observation;
import dev.agentworkbench.memory.links.Backlink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.Cell;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The open note rendered: title and facts, warnings, the body, observations as chips by category,
 * relations as links by type (unresolved ones with "create"), and backlinks. Virtualized: each part
 * (a heading, a paragraph, a list item, a category of chips, a backlink) gets its nodes only when
 * it scrolls into view, so opening a note with hundreds of blocks costs what the screen shows.
 */
final class NoteReader extends StackPane {
  /**
   * One part of the note, made when shown, with the space above it. Parts with equal keys look the
   * same: shown again after a save or a change on disk, a note keeps the nodes of the parts that
   * did not change, and only the others are made again.
   */
  private record Part(Object key, Supplier<Node> make, double gapAbove) {
    boolean looksLike(Part other) {
      return gapAbove == other.gapAbove && key.equals(other.key);
    }
  }

  private static final double PAD = 16;
  private final ObservableList<Part> parts = FXCollections.observableArrayList();
  private final VirtualFlow<Part, Cell<Part, Node>> flow =
      VirtualFlow.createVertical(parts, NoteReader::cell);
  private final Consumer<String> openPath;
  private final Consumer<String> createTitle;
  private final Consumer<String> openLink;

  NoteReader(Consumer<String> openPath, Consumer<String> createTitle, Consumer<String> openLink) {
    this.openLink = openLink;
    this.openPath = openPath;
    this.createTitle = createTitle;
    getStyleClass().add("note-reader");
    getChildren().add(new VirtualizedScrollPane<>(flow));
  }

  private static Cell<Part, Node> cell(Part part) {
    VBox box = new VBox(part.make().get());
    box.setPadding(new Insets(part.gapAbove(), PAD, 0, PAD));
    return Cell.wrapNode(box);
  }

  private String shownPath = "";

  /**
   * Shows a note from its top, or where the reader was when it is the note already shown (saved, or
   * changed on disk); only the parts on screen are made.
   */
  void show(MemoryViewModel.OpenNote open) {
    Note n = open.file().note();
    boolean again = n.filePath().equals(shownPath) && !parts.isEmpty();
    int first = again ? Math.max(0, flow.getFirstVisibleIndex()) : 0;
    shownPath = n.filePath();
    List<Part> next = new ArrayList<>();
    next.add(
        new Part(
            List.of("title", n.title()),
            () -> {
              Label title = new Label(n.title());
              title.getStyleClass().addAll("title-2", "note-title");
              title.setWrapText(true);
              return title;
            },
            PAD));
    next.add(
        new Part(
            java.util.Arrays.asList("facts", n.type(), n.permalink(), n.filePath(), n.tags()),
            () -> facts(n),
            10));
    for (String w : n.warnings()) {
      next.add(
          new Part(
              List.of("warning", w),
              () -> {
                Label warn = new Label("⚠ " + w);
                warn.getStyleClass().add("note-warning");
                warn.setWrapText(true);
                return warn;
              },
              10));
    }
    body(open, next);
    observations(open, next);
    relations(open.links(), next);
    backlinks(open.backlinks(), next);
    next.add(new Part("end", VBox::new, PAD));
    if (again && pending.isEmpty()) {
      update(next, first);
      return;
    }
    feed.stop();
    if (first > 0 || next.size() <= BATCH) {
      parts.setAll(next);
      flow.showAsFirst(Math.min(first, parts.size() - 1));
      return;
    }
    parts.setAll(next.subList(0, BATCH));
    flow.showAsFirst(0);
    pending = next;
    feed.start();
  }

  /**
   * The note shown again: the parts before and after the ones that changed keep their nodes, and
   * the reader its place.
   */
  private void update(List<Part> next, int first) {
    int same = 0;
    int most = Math.min(parts.size(), next.size());
    while (same < most && parts.get(same).looksLike(next.get(same))) {
      same++;
    }
    int sameAtEnd = 0;
    while (sameAtEnd < most - same
        && parts
            .get(parts.size() - 1 - sameAtEnd)
            .looksLike(next.get(next.size() - 1 - sameAtEnd))) {
      sameAtEnd++;
    }
    if (same + sameAtEnd == parts.size() && parts.size() == next.size()) {
      return;
    }
    parts.remove(same, parts.size() - sameAtEnd);
    parts.addAll(same, next.subList(same, next.size() - sameAtEnd));
    if (first >= same) {
      flow.showAsFirst(Math.min(first, parts.size() - 1));
    }
  }

  /**
   * Parts shown in the first pulses, a batch per pulse: the screen fills over a few frames instead
   * of one (a screenful of parts made, styled and laid out at once took 50 to 70 ms of FX time; 8 a
   * pulse still took 47 to 52 ms at times, 5 take 28 to 32 ms).
   */
  private static final int BATCH = 5;

  /** After these many parts the rest go in at once: they are below the screen and cost nothing. */
  private static final int SCREENFUL = 32;

  private List<Part> pending = List.of();

  /** Adds the next batch at each pulse, skipping the pulse that lays out the first one. */
  private final AnimationTimer feed =
      new AnimationTimer() {
        private long last = -1;

        @Override
        public void start() {
          last = -1;
          super.start();
        }

        @Override
        public void handle(long now) {
          if (last < 0) {
            last = now;
            return;
          }
          int shown = parts.size();
          int upTo = shown + BATCH >= SCREENFUL ? pending.size() : shown + BATCH;
          parts.addAll(pending.subList(shown, Math.min(upTo, pending.size())));
          if (parts.size() >= pending.size()) {
            pending = List.of();
            stop();
          }
        }
      };

  private static Label facts(Note n) {
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
    return facts;
  }

  private void body(MemoryViewModel.OpenNote open, List<Part> next) {
    if (open.document().isPresent()) {
      double gap = 10;
      Note note = open.file().note();
      for (MarkdownNodes.Block b :
          markdown(open).blocks(open.document().get(), note.title(), note.content())) {
        next.add(new Part(b.key(), b.make(), b.listItem() ? 2 : gap));
        gap = 6;
      }
      return;
    }
    if (open.binary()) {
      next.add(
          new Part(
              "binary body",
              () -> {
                Label body =
                    new Label(
                        "This file holds binary data, not Markdown text, so it is not shown."
                            + " Words in it are still found by search.");
                body.setWrapText(true);
                body.getStyleClass().add("memory-hint");
                return body;
              },
              10));
      return;
    }
    String content = open.file().note().content();
    next.add(
        new Part(
            List.of("plain body", content),
            () -> {
              Label body =
                  new Label(content.substring(0, Math.min(200_000, content.length())) + "\n…");
              body.setWrapText(true);
              body.getStyleClass().add("note-body");
              return body;
            },
            10));
  }

  /** The open note's Markdown drawn with its categories, and its links to no note marked. */
  private MarkdownNodes markdown(MemoryViewModel.OpenNote open) {
    return new MarkdownNodes(
        openLink,
        createTitle,
        open.file().note().observations().stream()
            .map(Observation::category)
            .collect(java.util.stream.Collectors.toSet()),
        unresolved(open));
  }

  /** The targets of the open note's links that no note answers. */
  private static java.util.Set<String> unresolved(MemoryViewModel.OpenNote open) {
    return open.links().stream()
        .filter(l -> l.target().isEmpty())
        .map(l -> l.relation().target())
        .collect(java.util.stream.Collectors.toSet());
  }

  private void observations(MemoryViewModel.OpenNote open, List<Part> next) {
    List<Observation> observations = open.file().note().observations();
    if (observations.isEmpty()) {
      return;
    }
    MarkdownNodes markdown = markdown(open);
    // a chip's link is drawn apart when it finds no note: the chips change when that does
    java.util.Set<String> unresolved = unresolved(open);
    next.add(new Part("observations", () -> section("Observations by category"), 10));
    Map<String, List<Observation>> byCategory = new LinkedHashMap<>();
    for (Observation o : observations) {
      byCategory.computeIfAbsent(o.category(), c -> new ArrayList<>()).add(o);
    }
    byCategory.forEach(
        (category, some) ->
            next.add(
                new Part(
                    List.of("category", category, some, unresolved),
                    () -> {
                      List<Node> chips = new ArrayList<>();
                      for (Observation o : some) {
                        // [[links]] open (or create) their note and #tags look as in the body
                        javafx.scene.text.TextFlow chip =
                            markdown.inlineText(
                                o.content() + o.context().map(c -> " (" + c + ")").orElse(""));
                        chip.getStyleClass().add("obs-chip");
                        chips.add(chip);
                      }
                      return labelledRows(category, "obs-category", chips);
                    },
                    10)));
  }

  private void relations(List<MemoryViewModel.Link> links, List<Part> next) {
    if (links.isEmpty()) {
      return;
    }
    next.add(new Part("relations", () -> section("Relations by type"), 10));
    Map<String, List<MemoryViewModel.Link>> byType = new LinkedHashMap<>();
    for (MemoryViewModel.Link l : links) {
      byType.computeIfAbsent(l.relation().type(), t -> new ArrayList<>()).add(l);
    }
    byType.forEach(
        (type, some) ->
            next.add(
                new Part(
                    List.of("relation type", type, some),
                    () -> labelledRow(type, "rel-type", some.stream().map(this::relation).toList()),
                    10)));
  }

  /**
   * A category or relation type with its items beside it; items that wrap stay under the first
   * item, not under the name.
   */
  private static Label rowName(String name, String styleClass) {
    Label label = new Label(name);
    label.getStyleClass().add(styleClass);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  /**
   * Items that wrap (an observation's chips), one per row: a row asks an item's height at the width
   * it gets, where a FlowPane sized it on one line and its second line spilled over the next.
   */
  private static Node labelledRows(String name, String styleClass, List<Node> items) {
    VBox rows = new VBox(6);
    rows.setMinWidth(0);
    for (Node item : items) {
      HBox row = new HBox(item);
      row.setMinWidth(0);
      rows.getChildren().add(row);
    }
    HBox.setHgrow(rows, Priority.ALWAYS);
    return new HBox(6, rowName(name, styleClass), rows);
  }

  /** Short items (links), side by side as long as they fit. */
  private static Node labelledRow(String name, String styleClass, List<Node> items) {
    // A FlowPane is at least as wide as its widest item: one long item made the whole reader wider
    // than its window. This one takes the width it is given, and a long item wraps.
    FlowPane flow =
        new FlowPane(6, 6) {
          @Override
          protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset();
          }
        };
    for (Node item : items) {
      if (item instanceof Region r) {
        r.maxWidthProperty().bind(flow.widthProperty());
      }
    }
    flow.getChildren().setAll(items);
    HBox.setHgrow(flow, Priority.ALWAYS);
    return new HBox(6, rowName(name, styleClass), flow);
  }

  private Node relation(MemoryViewModel.Link l) {
    if (l.target().isPresent()) {
      Hyperlink link = new Hyperlink(l.target().get().title());
      link.setOnAction(e -> openPath.accept(l.target().get().filePath()));
      return link;
    }
    // the note a link names, without its |alias or #section: what "create" makes
    String named = dev.agentworkbench.memory.links.LinkGraph.normalise(l.relation().target());
    Label missing = new Label(named.isEmpty() ? l.relation().target() : named);
    missing.getStyleClass().add("rel-unresolved");
    if (!named.equals(l.relation().target())) {
      missing.setTooltip(new javafx.scene.control.Tooltip("[[" + l.relation().target() + "]]"));
    }
    Button create = new Button("create");
    create.getStyleClass().addAll("small", "rel-create");
    // folder/Note: the form proposes Note in that folder (MemoryView.newNote)
    create.setOnAction(e -> createTitle.accept(named));
    return new HBox(4, missing, create);
  }

  private void backlinks(List<Backlink> backlinks, List<Part> next) {
    next.add(new Part("backlinks", () -> section("Backlinks"), 10));
    if (backlinks.isEmpty()) {
      next.add(new Part("no backlinks", () -> new Label("No note links here yet."), 10));
      return;
    }
    // by the linking note's title, so a save of one of them does not reorder the list
    List<Backlink> sorted = new ArrayList<>(backlinks);
    sorted.sort(
        java.util.Comparator.comparing(
                (Backlink b) -> b.source().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(b -> b.source().filePath())
            .thenComparing(b -> b.relation().type()));
    for (Backlink b : sorted) {
      next.add(
          new Part(
              List.of("backlink", b.source().title(), b.source().filePath(), b.relation().type()),
              () -> {
                Hyperlink link =
                    new Hyperlink(b.source().title() + "  (" + b.relation().type() + ")");
                link.setOnAction(e -> openPath.accept(b.source().filePath()));
                return link;
              },
              2));
    }
  }

  private static Label section(String name) {
    Label l = new Label(name);
    l.getStyleClass().addAll("title-4", "note-section");
    return l;
  }
}
