package dev.agentworkbench.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A source editor: a RichTextFX code area with line numbers, styles computed elsewhere (off the FX
 * thread) and applied in one call, and jumping to a line and column. For large text, {@link
 * #prepare} builds the styled document off the FX thread; {@link #show} swaps it in and {@link
 * #restyle} restyles only the lines whose styles changed, so a 1 MB file never stalls the FX thread
 * on a whole-document restyle.
 */
public final class CodeEditor extends StackPane {
  /** More changed lines than this: one whole-document restyle instead of one call per line. */
  private static final int LINE_BY_LINE_LIMIT = 400;

  /** A text with its styles, split into lines: built off the FX thread, applied on it. */
  public static final class Styled {
    private final String text;
    private final List<StyleSpans<Collection<String>>> lines;
    private final ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document;

    private Styled(
        String text,
        List<StyleSpans<Collection<String>>> lines,
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document) {
      this.text = text;
      this.lines = lines;
      this.document = document;
    }

    public String text() {
      return text;
    }
  }

  private final CodeArea area = new CodeArea();
  private long version;
  private boolean styling;
  private String known = "";
  private long knownVersion;

  /** The line ending of the text last set: the area keeps "\n" only, {@link #text} restores it. */
  private String lineEnding = "\n";

  public CodeEditor() {
    getStyleClass().add("code-editor");
    area.getStyleClass().add("code-editor-area");
    area.setParagraphGraphicFactory(LineNumberFactory.get(area));
    area.setWrapText(false);
    undoWordByWord(area);
    area.richChanges()
        .subscribe(
            c -> {
              if (!styling) {
                version++;
              }
            });
    getChildren().add(new VirtualizedScrollPane<>(area));
  }

  public CodeArea area() {
    return area;
  }

  /**
   * Undo in {@code area} goes back a word at a time, not a whole run of typing (RichTextFX merges
   * typing with pauses under half a second into one step): a space, a tab or a new line typed
   * starts the next step.
   */
  public static void undoWordByWord(org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area) {
    area.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_TYPED,
        e -> {
          if (e.getCharacter().equals(" ") || e.getCharacter().equals("\t")) {
            area.getUndoManager().preventMerge();
          }
        });
    area.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            area.getUndoManager().preventMerge();
          }
        });
  }

  /**
   * The handler gets the text once the user (or a program) stops changing it for {@code quiet};
   * style changes do not count.
   */
  public void onEdited(Duration quiet, Consumer<String> handler) {
    area.richChanges()
        .filter(c -> !styling)
        .successionEnds(quiet)
        .subscribe(c -> handler.accept(text()));
  }

  /** Counts text changes (not style changes): compare two counts to know if the text changed. */
  public long changeCount() {
    return version;
  }

  /** The current text; read from the area only once per change, not per call. */
  public String text() {
    if (knownVersion != version) {
      String plain = area.getText();
      known = lineEnding.equals("\n") ? plain : plain.replace("\n", lineEnding);
      knownVersion = version;
    }
    return known;
  }

  /**
   * The line ending a text mostly uses ("\r\n" when it has more CRLF than lone LF line ends), so
   * that a file with Windows line ends keeps them when it is edited and saved.
   */
  public static String lineEndingOf(String text) {
    return dev.agentworkbench.workspace.files.LineEnds.of(text).mostUsed();
  }

  /** Replaces the whole text (keeps the undo history as one step). */
  public void setText(String text) {
    if (!text().equals(text)) {
      int caret = Math.min(area.getCaretPosition(), text.length());
      lineEnding = lineEndingOf(text);
      area.replaceText(text);
      area.moveTo(caret);
      remember(text);
    }
  }

  /** Builds a styled document; thread-safe and pure, call it off the FX thread. */
  public static Styled prepare(String text, StyleSpans<Collection<String>> spans) {
    List<StyleSpans<Collection<String>>> lines = splitByLine(text, spans);
    ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> b =
        new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
    int start = 0;
    for (StyleSpans<Collection<String>> line : lines) {
      int end = start + line.length();
      b.addParagraph(text.substring(start, end), line);
      start = end + terminator(text, end);
    }
    return new Styled(text, lines, b.build());
  }

  /** Shows a prepared text with its styles in one call (the caret stays where it was). */
  public void show(Styled styled) {
    if (text().equals(styled.text)) {
      restyle(styled);
      return;
    }
    int caret = Math.min(area.getCaretPosition(), styled.text.length());
    lineEnding = lineEndingOf(styled.text);
    area.replace(0, area.getLength(), styled.document);
    area.moveTo(caret);
    area.requestFollowCaret();
    remember(styled.text);
  }

  /**
   * Applies the styles of a prepared text that is still the current text (stale ones are ignored),
   * restyling only the lines whose styles changed.
   */
  public void restyle(Styled styled) {
    if (!text().equals(styled.text) || area.getParagraphs().size() != styled.lines.size()) {
      return;
    }
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < styled.lines.size(); i++) {
      var now = area.getParagraph(i);
      boolean empty = now.length() == 0 && styled.lines.get(i).length() == 0;
      if (!empty && !now.getStyleSpans().equals(styled.lines.get(i))) {
        changed.add(i);
        if (changed.size() > LINE_BY_LINE_LIMIT) {
          break;
        }
      }
    }
    styling = true;
    try {
      if (changed.size() > LINE_BY_LINE_LIMIT) {
        area.setStyleSpans(0, joined(styled.lines));
      } else {
        for (int i : changed) {
          area.setStyleSpans(i, 0, styled.lines.get(i));
        }
      }
    } finally {
      styling = false;
    }
  }

  /** Applies styles computed for exactly the current text; stale spans are ignored. */
  public void applyStyles(String forText, StyleSpans<Collection<String>> spans) {
    if (text().equals(forText) && spans.length() == forText.length()) {
      restyle(prepare(forText, spans));
    }
  }

  /** Moves the caret to a 1-based line and column and shows it. */
  public void goTo(int line, int column) {
    int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
    int col = Math.max(0, Math.min(column - 1, area.getParagraph(paragraph).length()));
    area.moveTo(paragraph, col);
    area.showParagraphAtCenter(paragraph);
    area.requestFocus();
  }

  private void remember(String text) {
    // the area keeps "\n" only: a text with other line ends must be read back once
    if (text.indexOf('\r') < 0) {
      known = text;
      knownVersion = version;
    }
  }

  private static int terminator(String text, int at) {
    if (at >= text.length()) {
      return 0;
    }
    return text.startsWith("\r\n", at) ? 2 : 1;
  }

  /** Cuts whole-text spans at line ends (the line terminators' own styles are dropped). */
  static List<StyleSpans<Collection<String>>> splitByLine(
      String text, StyleSpans<Collection<String>> spans) {
    List<StyleSpans<Collection<String>>> lines = new ArrayList<>();
    Iterator<StyleSpan<Collection<String>>> it = spans.iterator();
    StyleSpan<Collection<String>> span = it.hasNext() ? it.next() : null;
    int spanStart = 0;
    int start = 0;
    while (true) {
      int end = lineEnd(text, start);
      StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
      boolean any = false;
      int pos = start;
      while (span != null && pos < end) {
        int spanEnd = spanStart + span.getLength();
        if (spanEnd <= pos) {
          spanStart = spanEnd;
          span = it.hasNext() ? it.next() : null;
          continue;
        }
        int to = Math.min(end, spanEnd);
        b.add(span.getStyle(), to - pos);
        any = true;
        pos = to;
      }
      if (pos < end) {
        b.add(List.of(), end - pos);
        any = true;
      }
      if (!any) {
        b.add(List.of(), 0);
      }
      lines.add(b.create());
      if (end >= text.length()) {
        return lines;
      }
      start = end + terminator(text, end);
    }
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  private static StyleSpans<Collection<String>> joined(List<StyleSpans<Collection<String>>> lines) {
    StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
    for (int i = 0; i < lines.size(); i++) {
      for (StyleSpan<Collection<String>> s : lines.get(i)) {
        b.add(s);
      }
      if (i < lines.size() - 1) {
        b.add(List.of(), 1);
      }
    }
    return b.create();
  }
}
