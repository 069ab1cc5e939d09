package dev.agentworkbench.ui.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * Turns a parsed Markdown document (parsed in the background) into native nodes: headings,
 * paragraphs with emphasis and code, lists, code blocks, quotes; {@code [[links]]} are clickable.
 */
final class MarkdownNodes {
  private final Consumer<String> openLink;

  /** The categories of the note's observations: their items lead with a category chip. */
  private final java.util.Set<String> categories;

  /** A list item's leading {@code [..]}: a task's box or an observation's category. */
  private static final Pattern LEAD = Pattern.compile("^\\[([^\\[\\]()]*)\\]\\s+");

  /** Wiki links, and #tags: a word starting with # after a space or at the start. */
  private static final Pattern INLINE =
      Pattern.compile("\\[\\[([^\\]]+)\\]\\]|(?<![^\\s])#[^\\s#]+(?:#[^\\s#]+)*");

  /** The note's link targets that no note answers yet: drawn apart, they create one. */
  private final java.util.Set<String> unresolved;

  private final Consumer<String> createTitle;

  /**
   * The nodes of one note's body; {@code categories} are its observations' categories and {@code
   * unresolved} the targets of its links that no note answers.
   */
  MarkdownNodes(
      Consumer<String> openLink,
      Consumer<String> createTitle,
      java.util.Set<String> categories,
      java.util.Set<String> unresolved) {
    this.openLink = openLink;
    this.createTitle = createTitle;
    this.categories = java.util.Set.copyOf(categories);
    this.unresolved = java.util.Set.copyOf(unresolved);
  }

  /**
   * One top-level block of a document (a list: one item), made when it scrolls into view. Two
   * blocks with equal keys look the same: the reader keeps the nodes of the blocks a save left as
   * they were.
   */
  record Block(Object key, java.util.function.Supplier<Node> make, boolean listItem) {}

  /**
   * The document's top-level blocks, each list item a block of its own. A first heading that only
   * repeats {@code title} (basic-memory starts a note's body with {@code # Title}) is left out: the
   * reader shows the title above the body already. {@code source} is the text the document was
   * parsed from, with block source spans: a block's key is its source text, its list marker and
   * what the whole note lends it (its categories, its unwritten link targets, link definitions).
   */
  List<Block> blocks(org.commonmark.node.Node document, String title, String source) {
    List<Block> blocks = new ArrayList<>();
    org.commonmark.node.Node first = document.getFirstChild();
    if (first instanceof Heading h && h.getLevel() == 1 && plainText(h).equals(title.strip())) {
      first = first.getNext();
    }
    List<String> definitions = new ArrayList<>();
    for (org.commonmark.node.Node n = first; n != null; n = n.getNext()) {
      if (n instanceof LinkReferenceDefinition) {
        definitions.add(source(n, source));
      }
    }
    List<Object> shared = List.of(categories, unresolved, definitions);
    for (org.commonmark.node.Node n = first; n != null; n = n.getNext()) {
      org.commonmark.node.Node block = n;
      if (block instanceof BulletList || block instanceof OrderedList) {
        int number =
            block instanceof OrderedList o && o.getMarkerStartNumber() != null
                ? o.getMarkerStartNumber()
                : 1;
        for (org.commonmark.node.Node item = block.getFirstChild();
            item != null;
            item = item.getNext()) {
          org.commonmark.node.Node it = item;
          String marker = block instanceof OrderedList ? (number++) + "." : "•";
          boolean following = it.getPrevious() != null;
          blocks.add(
              new Block(
                  key(it, source, marker + following, shared), () -> item(it, marker), following));
        }
      } else {
        blocks.add(new Block(key(block, source, "", shared), () -> block(block), false));
      }
    }
    return blocks;
  }

  /** A block's key; a block without source spans is like no other. */
  private static Object key(
      org.commonmark.node.Node block, String source, String marker, List<Object> shared) {
    String text = source(block, source);
    return text == null ? new Object() : List.of(block.getClass(), text, marker, shared);
  }

  /** The source text of a block, or null without source spans. */
  private static String source(org.commonmark.node.Node block, String source) {
    List<org.commonmark.node.SourceSpan> spans = block.getSourceSpans();
    if (spans.isEmpty()) {
      return null;
    }
    int from = spans.get(0).getInputIndex();
    org.commonmark.node.SourceSpan last = spans.get(spans.size() - 1);
    int to = last.getInputIndex() + last.getLength();
    return from >= 0 && to <= source.length() && from <= to ? source.substring(from, to) : null;
  }

  /** A heading's text as read, without its markup. */
  static String plainText(org.commonmark.node.Node node) {
    StringBuilder out = new StringBuilder();
    appendText(node, out);
    return out.toString().strip();
  }

  private static void appendText(org.commonmark.node.Node parent, StringBuilder out) {
    for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof Code c) {
        out.append(c.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.append(' ');
      } else {
        appendText(n, out);
      }
    }
  }

  private void blocks(org.commonmark.node.Node parent, VBox into) {
    for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      into.getChildren().add(block(n));
    }
  }

  private Node block(org.commonmark.node.Node n) {
    if (n instanceof Heading h) {
      TextFlow flow = inline(h);
      flow.getStyleClass().addAll("md-h", "md-h" + h.getLevel());
      return flow;
    }
    if (n instanceof Paragraph p) {
      return inline(p);
    }
    if (n instanceof BulletList || n instanceof OrderedList) {
      VBox list = new VBox(2);
      int number =
          n instanceof OrderedList o && o.getMarkerStartNumber() != null
              ? o.getMarkerStartNumber()
              : 1;
      for (org.commonmark.node.Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        list.getChildren().add(item(item, n instanceof OrderedList ? (number++) + "." : "•"));
      }
      return list;
    }
    if (n instanceof FencedCodeBlock f) {
      return code(f.getLiteral());
    }
    if (n instanceof IndentedCodeBlock c) {
      return code(c.getLiteral());
    }
    if (n instanceof BlockQuote q) {
      Optional<Node> callout = callout(q);
      if (callout.isPresent()) {
        return callout.get();
      }
      VBox quote = new VBox(4);
      quote.getStyleClass().add("md-quote");
      blocks(q, quote);
      return quote;
    }
    if (n instanceof ThematicBreak) {
      return new Separator();
    }
    Label other = new Label(n.toString());
    other.setWrapText(true);
    return other;
  }

  private Node item(org.commonmark.node.Node item, String bullet) {
    VBox content = new VBox(2);
    blocks(item, content);
    if (!content.getChildren().isEmpty()
        && item.getFirstChild() instanceof Paragraph
        && content.getChildren().get(0) instanceof TextFlow lead) {
      bullet = lead(lead, bullet);
    }
    Label marker = new Label(bullet);
    marker.getStyleClass().add("md-marker");
    javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, marker, content);
    if (item instanceof ListItem) {
      row.getStyleClass().add("md-item");
    }
    return row;
  }

  /**
   * Turns the {@code [ ]} or {@code [x]} that starts a task into a box in place of the bullet, and
   * the {@code [category]} that starts an observation into a chip; returns the bullet to show.
   */
  private String lead(TextFlow flow, String bullet) {
    if (flow.getChildren().isEmpty() || !(flow.getChildren().get(0) instanceof Text first)) {
      return bullet;
    }
    Matcher m = LEAD.matcher(first.getText());
    if (!m.lookingAt()) {
      return bullet;
    }
    String inside = m.group(1);
    boolean task =
        inside.codePointCount(0, inside.length()) == 1
            && (inside.equalsIgnoreCase("x") || !Character.isLetterOrDigit(inside.codePointAt(0)));
    if (task) {
      first.setText(first.getText().substring(m.end()));
      return taskBox(inside);
    }
    if (categories.contains(inside.strip())) {
      first.setText(first.getText().substring(m.end()));
      // a pane around a text: a Label's skin costs several times more to make and lay out
      Text name = new Text(inside.strip());
      name.getStyleClass().add("md-category-name");
      javafx.scene.layout.StackPane chip = new javafx.scene.layout.StackPane(name);
      chip.getStyleClass().add("md-category");
      flow.getChildren().add(0, chip);
      flow.getChildren().add(1, styled(" ", ""));
    }
    return bullet;
  }

  /**
   * A task's box by its mark: open, done ({@code x}), and the marks of extended task lists, in
   * progress ({@code /}), cancelled ({@code -}) and deferred ({@code >}); any other mark as
   * written. Only {@code x} is ticked.
   */
  static String taskBox(String mark) {
    return switch (mark) {
      case " " -> "\u2610";
      case "x", "X" -> "\u2611";
      case "/" -> "\u25d0";
      case "-" -> "\u229f";
      case ">" -> "\u25b7";
      default -> mark.isBlank() ? "\u2610" : "[" + mark + "]";
    };
  }

  private static Node code(String literal) {
    Label code =
        new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
    code.getStyleClass().add("md-code-block");
    code.setWrapText(true);
    code.setMaxWidth(Double.MAX_VALUE);
    return code;
  }

  /** "[!note] Title" opening a quote: a callout (GitHub's and Obsidian's), optionally foldable. */
  private static final java.util.regex.Pattern CALLOUT =
      java.util.regex.Pattern.compile("\\[!([A-Za-z][\\w-]*)\\][+-]?(.*)");

  /**
   * A quote that opens with "[!kind] Title" drawn as a callout: a box named by its title (or its
   * kind), holding the rest of the quote. Empty for any other quote.
   */
  private Optional<Node> callout(BlockQuote q) {
    if (!(q.getFirstChild() instanceof Paragraph p)
        || !(p.getFirstChild() instanceof org.commonmark.node.Text t)) {
      return Optional.empty();
    }
    java.util.regex.Matcher m = CALLOUT.matcher(t.getLiteral());
    if (!m.matches()) {
      return Optional.empty();
    }
    String kind = m.group(1).toLowerCase(java.util.Locale.ROOT);
    String title =
        m.group(2).isBlank()
            ? Character.toUpperCase(kind.charAt(0)) + kind.substring(1)
            : m.group(2).strip();
    VBox box = new VBox(4);
    box.getStyleClass().addAll("md-callout", "md-callout-" + kind);
    Label head = new Label(title);
    head.getStyleClass().add("md-callout-title");
    head.setWrapText(true);
    box.getChildren().add(head);
    // the rest of the first paragraph, after the title's line, then the quote's other blocks
    org.commonmark.node.Node after = t.getNext();
    while (after != null && !(after instanceof SoftLineBreak || after instanceof HardLineBreak)) {
      after = after.getNext();
    }
    if (after != null && after.getNext() != null) {
      TextFlow rest = new TextFlow();
      rest.getStyleClass().add("md-text");
      StringBuilder pending = new StringBuilder();
      spansFrom(after.getNext(), rest, pending, "");
      flush(rest, pending, "");
      box.getChildren().add(rest);
    }
    for (org.commonmark.node.Node b = p.getNext(); b != null; b = b.getNext()) {
      box.getChildren().add(block(b));
    }
    return Optional.of(box);
  }

  private TextFlow inline(org.commonmark.node.Node block) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add("md-text");
    StringBuilder pending = new StringBuilder();
    spans(block, flow, pending, "");
    flush(flow, pending, "");
    return flow;
  }

  private void spans(
      org.commonmark.node.Node parent, TextFlow flow, StringBuilder pending, String style) {
    spansFrom(parent.getFirstChild(), flow, pending, style);
  }

  /** The inline nodes from {@code first} to the end of its parent. */
  private void spansFrom(
      org.commonmark.node.Node first, TextFlow flow, StringBuilder pending, String style) {
    for (org.commonmark.node.Node n = first; n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Text t) {
        pending.append(t.getLiteral());
      } else if (n instanceof SoftLineBreak) {
        pending.append(' ');
      } else if (n instanceof HardLineBreak) {
        pending.append('\n');
      } else if (n instanceof Code c) {
        flush(flow, pending, style);
        flow.getChildren().add(styled(c.getLiteral(), "md-code"));
      } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
        flush(flow, pending, style);
        String s = n instanceof Emphasis ? "md-em" : "md-strong";
        spans(n, flow, pending, s);
        flush(flow, pending, s);
      } else if (n instanceof Link l) {
        flush(flow, pending, style);
        StringBuilder label = new StringBuilder();
        for (org.commonmark.node.Node c = l.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof org.commonmark.node.Text t) {
            label.append(t.getLiteral());
          }
        }
        Text link = styled(label.toString(), "md-url");
        link.setUserData(l.getDestination());
        flow.getChildren().add(link);
      } else {
        spans(n, flow, pending, style);
      }
    }
  }

  /**
   * A line of plain text (an observation's, in its chip) with its [[links]] and #tags drawn as in
   * the body.
   */
  TextFlow inlineText(String text) {
    TextFlow flow = new TextFlow();
    flush(flow, new StringBuilder(text), "");
    return flow;
  }

  /** Writes pending text, with [[wiki links]] as clickable links. */
  private void flush(TextFlow flow, StringBuilder pending, String style) {
    if (pending.length() == 0) {
      return;
    }
    String text = pending.toString();
    pending.setLength(0);
    Matcher m = INLINE.matcher(text);
    int last = 0;
    while (m.find()) {
      flow.getChildren().add(styled(text.substring(last, m.start()), style));
      if (m.group(1) == null) {
        flow.getChildren().add(styled(m.group(), "md-tag"));
        last = m.end();
        continue;
      }
      String written = m.group(1);
      int bar = written.indexOf('|');
      Hyperlink link = new Hyperlink(bar >= 0 ? written.substring(bar + 1) : written);
      link.getStyleClass().add("md-wiki");
      // as the parser stores it: project::Note is the cross-project reference project/Note
      String target = dev.agentworkbench.memory.parse.NoteParser.linkTarget(written);
      // the note it names, without its |alias: what "create" makes
      String named = dev.agentworkbench.memory.links.LinkGraph.normalise(target);
      if (unresolved.contains(target.strip()) || unresolved.contains(named)) {
        link.getStyleClass().add("md-wiki-missing");
        link.setTooltip(
            new javafx.scene.control.Tooltip("No note is called this yet: click to write it"));
        // the note the link resolves to once written, as the relations list proposes it:
        // folder/Note (and project::Note, stored as project/Note) is Note in that folder
        link.setOnAction(e -> createTitle.accept(named));
      } else {
        link.setOnAction(e -> openLink.accept(target));
      }
      flow.getChildren().add(link);
      last = m.end();
    }
    flow.getChildren().add(styled(text.substring(last), style));
  }

  private static Text styled(String s, String style) {
    Text t = new Text(s);
    t.getStyleClass().add("md-span");
    if (!style.isEmpty()) {
      t.getStyleClass().add(style);
    }
    return t;
  }
}
