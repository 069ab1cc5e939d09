package dev.agentworkbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.fxmisc.flowless.Cell;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * Markdown rendered as native JavaFX nodes (no WebView): headings, paragraphs with emphasis, code
 * and links, lists, tables, block quotes and code blocks. Split the text into a {@link
 * MarkdownDocument} off the FX thread, then {@link #show} it: the view is virtualized, so only the
 * blocks on screen have nodes and a 1 MB document shows as fast as a small one. Jumps through the
 * outline and finds text across the whole document.
 */
public final class MarkdownView extends StackPane {
  private static final String FIND_HIT = "md-find-hit";
  private static final String CURRENT = "md-find-current";
  private final ObservableList<MarkdownDocument.Block> items = FXCollections.observableArrayList();
  private final VirtualFlow<MarkdownDocument.Block, BlockCell> flow =
      VirtualFlow.createVertical(items, BlockCell::new);
  private MarkdownDocument document = MarkdownDocument.of("");
  private List<MarkdownDocument.Match> matches = List.of();
  private String query = "";
  private int hit = -1;
  private Consumer<String> onLink = url -> {};

  public MarkdownView() {
    getStyleClass().add("markdown-view");
    flow.getStyleClass().add("markdown-content");
    setPadding(new Insets(12, 0, 0, 0));
    getChildren().add(new VirtualizedScrollPane<>(flow));
  }

  /** Parses and splits Markdown; thread-safe, call it off the FX thread for large text. */
  public static MarkdownDocument parse(String markdown) {
    return MarkdownDocument.of(markdown);
  }

  public void setOnLink(Consumer<String> handler) {
    this.onLink = handler;
  }

  /** Replaces the content with a document (only the blocks on screen get nodes). */
  public void show(MarkdownDocument doc) {
    show(doc, false);
  }

  /**
   * Replaces the content; with {@code keepPlace} (a new version of the same text) the view stays at
   * the block it showed and the last find is kept, else it starts at the top.
   */
  public void show(MarkdownDocument doc, boolean keepPlace) {
    int first = keepPlace && !items.isEmpty() ? flow.getFirstVisibleIndex() : 0;
    document = doc;
    hit = -1;
    if (!keepPlace) {
      query = "";
    }
    matches = document.find(query);
    items.setAll(doc.blocks());
    if (!items.isEmpty()) {
      flow.showAsFirst(Math.max(0, Math.min(first, items.size() - 1)));
    }
  }

  /** How many matches the last find has in the document shown. */
  public int matchCount() {
    return matches.size();
  }

  /** Replaces the content with the rendering of a parsed document. */
  public void show(org.commonmark.node.Node parsed) {
    show(MarkdownDocument.of(parsed));
  }

  public List<MarkdownDocument.OutlineItem> outline() {
    return document.outline();
  }

  /** Scrolls so that a heading is at the top. */
  public void jumpTo(MarkdownDocument.OutlineItem item) {
    if (item.block() < items.size()) {
      flow.showAsFirst(item.block());
    }
  }

  /** Marks every occurrence of the query (case-insensitive), shows the first; the count. */
  public int find(String text) {
    query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    matches = document.find(query);
    hit = -1;
    flow.visibleCells().forEach(c -> c.mark(query, false));
    if (!matches.isEmpty()) {
      findNext();
    }
    return matches.size();
  }

  /** Shows the next match of the last {@link #find}. */
  public void findNext() {
    if (matches.isEmpty()) {
      return;
    }
    hit = (hit + 1) % matches.size();
    int block = matches.get(hit).block();
    int nth = 0;
    for (int i = hit - 1; i >= 0 && matches.get(i).block() == block; i--) {
      nth++;
    }
    double top = 40;
    flow.showAtOffset(block, top);
    layout();
    int occurrence = nth;
    flow.visibleCells().forEach(c -> c.mark(query, isCurrent(c.block)));
    flow.getCellIfVisible(block)
        .flatMap(c -> c.hitY(occurrence))
        .filter(y -> top + y > flow.getHeight() * 0.7)
        .ifPresent(y -> flow.showAtOffset(block, top - y));
  }

  /** The index of the current match (0-based), or -1. */
  public int currentMatch() {
    return hit;
  }

  private boolean isCurrent(MarkdownDocument.Block block) {
    return hit >= 0
        && hit < matches.size()
        && document.blocks().get(matches.get(hit).block()) == block;
  }

  /** One block on screen: its nodes, wrapped with the spacing its kind needs. */
  private final class BlockCell implements Cell<MarkdownDocument.Block, Node> {
    private final VBox node = new VBox();
    private final MarkdownDocument.Block block;

    BlockCell(MarkdownDocument.Block block) {
      this.block = block;
      node.getStyleClass().add("md-block");
      node.getChildren().add(render(block));
      node.setPadding(spacing(block));
      mark(query, isCurrent(block));
    }

    @Override
    public Node getNode() {
      return node;
    }

    void mark(String q, boolean current) {
      node.getStyleClass().remove(CURRENT);
      if (current) {
        node.getStyleClass().add(CURRENT);
      }
      markTexts(node, q);
    }

    Optional<Double> hitY(int occurrence) {
      List<Text> hits = new ArrayList<>();
      collectHits(node, hits);
      if (hits.isEmpty()) {
        return Optional.empty();
      }
      Text t = hits.get(Math.min(occurrence, hits.size() - 1));
      return Optional.of(node.sceneToLocal(t.localToScene(t.getBoundsInLocal())).getMinY());
    }
  }

  private static void markTexts(javafx.scene.Parent parent, String q) {
    for (Node n : parent.getChildrenUnmodifiable()) {
      if (n instanceof Text t) {
        boolean match = !q.isEmpty() && t.getText().toLowerCase(Locale.ROOT).contains(q);
        if (match && !t.getStyleClass().contains(FIND_HIT)) {
          t.getStyleClass().add(FIND_HIT);
        } else if (!match) {
          t.getStyleClass().remove(FIND_HIT);
        }
      } else if (n instanceof javafx.scene.Parent p) {
        markTexts(p, q);
      }
    }
  }

  private static void collectHits(javafx.scene.Parent parent, List<Text> hits) {
    for (Node n : parent.getChildrenUnmodifiable()) {
      if (n instanceof Text t && t.getStyleClass().contains(FIND_HIT)) {
        hits.add(t);
      } else if (n instanceof javafx.scene.Parent p) {
        collectHits(p, hits);
      }
    }
  }

  private static Insets spacing(MarkdownDocument.Block block) {
    double top = 4;
    double bottom = 4;
    if (block instanceof MarkdownDocument.Item i) {
      top = i.first() ? 4 : 2;
      bottom = i.last() ? 4 : 2;
    } else if (block instanceof MarkdownDocument.CodeLines c) {
      top = c.first() ? 4 : 0;
      bottom = c.last() ? 4 : 0;
    }
    return new Insets(top, 24, bottom, 24);
  }

  private Node render(MarkdownDocument.Block block) {
    if (block instanceof MarkdownDocument.Item i) {
      return item(i.item(), i.marker());
    }
    if (block instanceof MarkdownDocument.CodeLines c) {
      Node code = code(c.lines(), c.info());
      if (!c.first()) {
        code.getStyleClass().add("md-code-continued");
      }
      if (!c.last()) {
        code.getStyleClass().add("md-code-continues");
      }
      return code;
    }
    Node n = block(((MarkdownDocument.Whole) block).node());
    return n == null ? new Region() : n;
  }

  private List<Node> blocks(org.commonmark.node.Node parent) {
    List<Node> nodes = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNext()) {
      Node block = block(n);
      if (block != null) {
        nodes.add(block);
      }
    }
    return nodes;
  }

  private Node block(org.commonmark.node.Node n) {
    if (n instanceof Heading h) {
      TextFlow flow = inline(h);
      flow.getStyleClass().addAll("md-heading", "md-h" + h.getLevel());
      return flow;
    }
    if (n instanceof Paragraph p) {
      return inline(p);
    }
    if (n instanceof BulletList || n instanceof OrderedList) {
      return list(n);
    }
    if (n instanceof FencedCodeBlock f) {
      return code(f.getLiteral(), f.getInfo());
    }
    if (n instanceof IndentedCodeBlock c) {
      return code(c.getLiteral(), "");
    }
    if (n instanceof BlockQuote q) {
      VBox box = new VBox(6);
      box.getStyleClass().add("md-quote");
      box.getChildren().setAll(blocks(q));
      return box;
    }
    if (n instanceof ThematicBreak) {
      return new Separator();
    }
    if (n instanceof TableBlock t) {
      return table(t);
    }
    if (n instanceof HtmlBlock html) {
      return code(html.getLiteral(), "html");
    }
    return null;
  }

  private Node list(org.commonmark.node.Node list) {
    VBox box = new VBox(4);
    box.getStyleClass().add("md-list");
    int number =
        list instanceof OrderedList o && o.getMarkerStartNumber() != null
            ? o.getMarkerStartNumber()
            : 1;
    for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem) {
        box.getChildren().add(item(item, list instanceof OrderedList ? number++ + "." : "•"));
      }
    }
    return box;
  }

  private Node item(org.commonmark.node.Node item, String bullet) {
    Label marker = new Label(bullet);
    marker.getStyleClass().add("md-list-marker");
    marker.setMinWidth(22);
    VBox body = new VBox(4);
    body.getChildren().setAll(blocks(item));
    HBox.setHgrow(body, Priority.ALWAYS);
    return new HBox(4, marker, body);
  }

  private Node code(String literal, String info) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add("md-code-block");
    String language = info == null ? "" : info.strip();
    String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    for (String line : body.split("\n", -1)) {
      Text t = new Text(line + "\n");
      t.getStyleClass().add("md-code-text");
      if (line.strip().startsWith("#") && !language.isEmpty() && !language.startsWith("md")) {
        t.getStyleClass().add("md-code-comment");
      } else if (line.strip().startsWith("$") || line.contains("| xargs")) {
        t.getStyleClass().add("md-code-command");
      }
      flow.getChildren().add(t);
    }
    return flow;
  }

  private Node table(TableBlock t) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("md-table");
    int row = 0;
    for (var section = t.getFirstChild(); section != null; section = section.getNext()) {
      for (var r = section.getFirstChild(); r != null; r = r.getNext()) {
        int col = 0;
        for (var c = r.getFirstChild(); c != null; c = c.getNext()) {
          TextFlow cell = inline(c);
          cell.getStyleClass()
              .add(
                  c instanceof TableCell tc && tc.isHeader() ? "md-table-header" : "md-table-cell");
          grid.add(cell, col++, row);
        }
        row++;
      }
    }
    return grid;
  }

  private TextFlow inline(org.commonmark.node.Node parent) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add("md-paragraph");
    appendInline(parent, flow, List.of());
    return flow;
  }

  private void appendInline(org.commonmark.node.Node parent, TextFlow flow, List<String> styles) {
    for (var n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Text t) {
        flow.getChildren().add(text(t.getLiteral(), styles));
      } else if (n instanceof Code c) {
        flow.getChildren().add(text(c.getLiteral(), with(styles, "md-code")));
      } else if (n instanceof Emphasis) {
        appendInline(n, flow, with(styles, "md-em"));
      } else if (n instanceof StrongEmphasis) {
        appendInline(n, flow, with(styles, "md-strong"));
      } else if (n instanceof SoftLineBreak) {
        flow.getChildren().add(text(" ", styles));
      } else if (n instanceof HardLineBreak) {
        flow.getChildren().add(text("\n", styles));
      } else if (n instanceof Link l) {
        Hyperlink link = new Hyperlink(plain(l));
        link.getStyleClass().add("md-link");
        String url = l.getDestination();
        link.setOnAction(e -> onLink.accept(url));
        flow.getChildren().add(link);
      } else {
        appendInline(n, flow, styles);
      }
    }
  }

  private static List<String> with(List<String> styles, String style) {
    List<String> all = new ArrayList<>(styles);
    all.add(style);
    return all;
  }

  private static Text text(String s, List<String> styles) {
    Text t = new Text(s);
    t.getStyleClass().add("md-text");
    t.getStyleClass().addAll(styles);
    return t;
  }

  /** The plain text of an inline tree. */
  public static String plain(org.commonmark.node.Node parent) {
    StringBuilder b = new StringBuilder();
    for (var n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Text t) {
        b.append(t.getLiteral());
      } else if (n instanceof Code c) {
        b.append(c.getLiteral());
      } else {
        b.append(plain(n));
      }
    }
    return b.toString();
  }
}
