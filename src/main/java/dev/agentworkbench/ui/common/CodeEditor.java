package dev.agentworkbench.ui.common;

import java.util.Collection;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A source editor: a RichTextFX code area with line numbers, styles computed elsewhere (off the FX
 * thread) and applied in one call, and jumping to a line and column.
 */
public final class CodeEditor extends StackPane {
  private final CodeArea area = new CodeArea();

  public CodeEditor() {
    getStyleClass().add("code-editor");
    area.getStyleClass().add("code-editor-area");
    area.setParagraphGraphicFactory(LineNumberFactory.get(area));
    area.setWrapText(false);
    getChildren().add(new VirtualizedScrollPane<>(area));
  }

  public CodeArea area() {
    return area;
  }

  /** Replaces the whole text (keeps the undo history as one step). */
  public void setText(String text) {
    if (!area.getText().equals(text)) {
      int caret = Math.min(area.getCaretPosition(), text.length());
      area.replaceText(text);
      area.moveTo(caret);
    }
  }

  /** Applies styles computed for exactly the current text; stale spans are ignored. */
  public void applyStyles(String forText, StyleSpans<Collection<String>> spans) {
    if (area.getText().equals(forText) && spans.length() == forText.length()) {
      area.setStyleSpans(0, spans);
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
}
