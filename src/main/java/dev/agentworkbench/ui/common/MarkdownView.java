package dev.agentworkbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
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
import org.commonmark.parser.Parser;

/**
 * Markdown rendered as native JavaFX nodes (no WebView): headings, paragraphs with emphasis, code
 * and links, lists, tables, block quotes and code blocks. Parse off the FX thread with {@link
 * #parse}, then {@link #show} the tree on it. Keeps an outline of the headings to jump to.
 */
public final class MarkdownView extends ScrollPane {
  /** One heading of the outline and the node it renders to. */
  public record OutlineItem(int level, String text, Node node) {}

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private final VBox content = new VBox(8);
  private final List<OutlineItem> outline = new ArrayList<>();
  private static final String FIND_HIT = "md-find-hit";
  private final List<Text> hits = new ArrayList<>();
  private int hit = -1;
  private Consumer<String> onLink = url -> {};

  public MarkdownView() {
    getStyleClass().add("markdown-view");
    content.getStyleClass().add("markdown-content");
    content.setPadding(new Insets(16, 24, 24, 24));
    setContent(content);
    setFitToWidth(true);
  }

  /** Parses Markdown; thread-safe, call it off the FX thread for large text. */
  public static org.commonmark.node.Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  public void setOnLink(Consumer<String> handler) {
    this.onLink = handler;
  }

  /** Replaces the content with the rendering of a parsed document. */
  public void show(org.commonmark.node.Node document) {
    outline.clear();
    hits.clear();
    hit = -1;
    content.getChildren().setAll(blocks(document));
    setVvalue(0);
  }

  public List<OutlineItem> outline() {
    return List.copyOf(outline);
  }

  /** Scrolls so that a heading is at the top. */
  public void jumpTo(OutlineItem item) {
    scrollTo(item.node());
  }

  private void scrollTo(Node node) {
    layout();
    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
    double range = content.getHeight() - getViewportBounds().getHeight();
    setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (y - 8) / range)));
  }

  /** Marks every text run containing the query (case-insensitive), shows the first; the count. */
  public int find(String query) {
    hits.forEach(t -> t.getStyleClass().remove(FIND_HIT));
    hits.clear();
    hit = -1;
    String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
    if (!q.isEmpty()) {
      collect(content, q);
      findNext();
    }
    return hits.size();
  }

  /** Shows the next match of the last {@link #find}. */
  public void findNext() {
    if (!hits.isEmpty()) {
      hit = (hit + 1) % hits.size();
      scrollTo(hits.get(hit));
    }
  }

  private void collect(javafx.scene.Parent parent, String q) {
    for (Node n : parent.getChildrenUnmodifiable()) {
      if (n instanceof Text t && t.getText().toLowerCase(java.util.Locale.ROOT).contains(q)) {
        t.getStyleClass().add(FIND_HIT);
        hits.add(t);
      } else if (n instanceof javafx.scene.Parent p) {
        collect(p, q);
      }
    }
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
      outline.add(new OutlineItem(h.getLevel(), plain(h), flow));
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
      if (!(item instanceof ListItem)) {
        continue;
      }
      Label marker = new Label(list instanceof OrderedList ? number++ + "." : "•");
      marker.getStyleClass().add("md-list-marker");
      marker.setMinWidth(22);
      VBox body = new VBox(4);
      body.getChildren().setAll(blocks(item));
      HBox.setHgrow(body, Priority.ALWAYS);
      box.getChildren().add(new HBox(4, marker, body));
    }
    return box;
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
