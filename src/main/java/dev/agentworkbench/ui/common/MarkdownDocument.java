package dev.agentworkbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A Markdown document split into the blocks a virtualized view shows one by one (top-level blocks;
 * list items and long code blocks split further), with its outline and the searchable text of each
 * block. Pure data: build it off the FX thread.
 */
public final class MarkdownDocument {
  /** Lines per block when a long code block is split. */
  static final int CODE_CHUNK_LINES = 80;

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  /** One block of the view; {@code text} is its lower-cased plain text, for find. */
  public sealed interface Block {
    String text();
  }

  /** A top-level block rendered whole: heading, paragraph, table, quote, rule or HTML. */
  public record Whole(Node node, String text) implements Block {}

  /** One item of a top-level list, with its marker ("•" or "3."). */
  public record Item(ListItem item, String marker, boolean first, boolean last, String text)
      implements Block {}

  /** Some lines of a code block. */
  public record CodeLines(String lines, String info, boolean first, boolean last, String text)
      implements Block {}

  /** One heading of the outline and the index of its block. */
  public record OutlineItem(int level, String text, int block) {}

  /** One occurrence of a query: the block holding it. */
  public record Match(int block) {}

  private final List<Block> blocks;
  private final List<OutlineItem> outline;

  private MarkdownDocument(List<Block> blocks, List<OutlineItem> outline) {
    this.blocks = List.copyOf(blocks);
    this.outline = List.copyOf(outline);
  }

  /** Parses and splits Markdown; thread-safe, call it off the FX thread for large text. */
  public static MarkdownDocument of(String markdown) {
    return of(PARSER.parse(markdown));
  }

  /** Splits a parsed document. */
  public static MarkdownDocument of(Node document) {
    List<Block> blocks = new ArrayList<>();
    List<OutlineItem> outline = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        outline.add(new OutlineItem(h.getLevel(), MarkdownView.plain(h), blocks.size()));
        blocks.add(new Whole(n, searchable(n)));
      } else if (n instanceof BulletList || n instanceof OrderedList) {
        items(n, blocks);
      } else if (n instanceof FencedCodeBlock f) {
        code(f.getLiteral(), f.getInfo(), blocks);
      } else if (n instanceof IndentedCodeBlock c) {
        code(c.getLiteral(), "", blocks);
      } else {
        blocks.add(new Whole(n, searchable(n)));
      }
    }
    return new MarkdownDocument(blocks, outline);
  }

  private static void items(Node list, List<Block> blocks) {
    int number =
        list instanceof OrderedList o && o.getMarkerStartNumber() != null
            ? o.getMarkerStartNumber()
            : 1;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem li) {
        String marker = list instanceof OrderedList ? number++ + "." : "•";
        boolean first = item.getPrevious() == null;
        boolean last = item.getNext() == null;
        blocks.add(new Item(li, marker, first, last, searchable(item)));
      }
    }
  }

  private static void code(String literal, String info, List<Block> blocks) {
    String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    String language = info == null ? "" : info.strip();
    String[] lines = body.split("\n", -1);
    for (int from = 0; from < lines.length; from += CODE_CHUNK_LINES) {
      int to = Math.min(lines.length, from + CODE_CHUNK_LINES);
      String chunk = String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
      blocks.add(
          new CodeLines(
              chunk, language, from == 0, to == lines.length, chunk.toLowerCase(Locale.ROOT)));
    }
  }

  private static String searchable(Node node) {
    StringBuilder b = new StringBuilder();
    appendText(node, b);
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static void appendText(Node node, StringBuilder b) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        b.append(t.getLiteral());
      } else if (n instanceof Code c) {
        b.append(c.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        b.append(' ');
      } else if (n instanceof FencedCodeBlock f) {
        b.append(f.getLiteral());
      } else if (n instanceof IndentedCodeBlock c) {
        b.append(c.getLiteral());
      } else if (n instanceof HtmlBlock h) {
        b.append(h.getLiteral());
      } else {
        appendText(n, b);
        if (n instanceof org.commonmark.node.Block) {
          b.append('\n');
        }
      }
    }
    if (node instanceof HtmlBlock h) {
      b.append(h.getLiteral());
    }
  }

  public List<Block> blocks() {
    return blocks;
  }

  public List<OutlineItem> outline() {
    return outline;
  }

  /** Every occurrence of a query (case-insensitive), in document order. */
  public List<Match> find(String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    List<Match> matches = new ArrayList<>();
    if (q.isEmpty()) {
      return matches;
    }
    for (int i = 0; i < blocks.size(); i++) {
      String text = blocks.get(i).text();
      for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length())) {
        matches.add(new Match(i));
      }
    }
    return matches;
  }
}
