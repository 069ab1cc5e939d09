package dev.agentworkbench.ui.memory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The note editor: a CodeArea with Markdown/basic-memory highlighting, undo, {@code [[} title
 * completion, and the text bound both ways to the view model.
 */
final class NoteEditor extends VirtualizedScrollPane<CodeArea> {
  private final CodeArea area;
  private final MemoryViewModel model;
  private final ContextMenu completion = new ContextMenu();
  private boolean updatingFromModel;
  private boolean active = true;

  NoteEditor(MemoryViewModel model) {
    super(new CodeArea());
    this.area = getContent();
    this.model = model;
    area.getStyleClass().add("note-editor");
    area.setWrapText(true);
    area.setParagraphGraphicFactory(LineNumberFactory.get(area));
    dev.agentworkbench.ui.common.CodeEditor.undoWordByWord(area);
    area.multiPlainChanges()
        .successionEnds(Duration.ofMillis(120))
        .subscribe(c -> highlight(area.getText()));
    area.multiPlainChanges()
        .successionEnds(Duration.ofMillis(1500))
        .subscribe(c -> model.saveDraft());
    area.textProperty()
        .addListener(
            (o, was, now) -> {
              if (!updatingFromModel) {
                model.editorText().set(withLineEnding(now));
                maybeComplete();
              }
            });
    model
        .editorText()
        .addListener(
            (o, was, now) -> {
              if (active) {
                load(now);
              }
            });
    load(model.editorText().get());
    // the first title is chosen as the list opens: Enter takes it, Down moves on
    completion.setOnShown(
        e -> {
          if (completion.getSkin() != null) {
            javafx.scene.Node first = completion.getSkin().getNode().lookup(".menu-item");
            if (first != null) {
              first.requestFocus();
            }
          }
        });
  }

  /**
   * The line ending of the note as read: the area holds "\n" only, and a note written with Windows
   * line ends keeps them when edited (every line, the new ones too, as in the spec room's editor).
   */
  private String lineEnding = "\n";

  private String withLineEnding(String areaText) {
    return lineEnding.equals("\n") ? areaText : areaText.replace("\n", lineEnding);
  }

  private void load(String text) {
    if (text.equals(withLineEnding(area.getText()))) {
      return;
    }
    lineEnding = dev.agentworkbench.ui.common.CodeEditor.lineEndingOf(text);
    completionAsked++; // a list asked for in the note before is not shown over this one
    completion.hide();
    updatingFromModel = true;
    area.replaceText(text);
    // a note opens at its top (replaceText leaves the caret, and the view, at the end)
    area.moveTo(0);
    area.requestFollowCaret();
    area.getUndoManager().forgetHistory();
    updatingFromModel = false;
    highlight(area.getText());
  }

  /**
   * Highlights {@code text} off the FX thread (a regular expression over the whole note: 40 ms on a
   * 35 KB note the first time), then applies the styles if the editor still holds that text.
   */
  private void highlight(String text) {
    java.util.function.Predicate<String> resolves = model.linkResolver();
    model.inBackground(
        "memory-highlight",
        () -> NoteHighlighting.compute(text, resolves),
        spans -> {
          if (spans.length() == area.getLength() && text.equals(area.getText())) {
            area.setStyleSpans(0, spans);
          }
        });
  }

  /**
   * Shown or hidden: while hidden the editor does not follow the model (a hidden area still takes
   * layout and CSS for every note opened); shown again, it takes the model's text.
   */
  void setActive(boolean active) {
    this.active = active;
    if (active) {
      load(model.editorText().get());
    }
  }

  CodeArea area() {
    return area;
  }

  /** Counts the times the list was asked for: only the answer to the last one is shown. */
  private long completionAsked;

  private void maybeComplete() {
    long asked = ++completionAsked;
    int caret = area.getCaretPosition();
    String before = area.getText(Math.max(0, caret - 80), caret);
    int open = before.lastIndexOf("[[");
    var service = model.service();
    if (open < 0
        || before.indexOf("]]", open) >= 0
        || before.indexOf('\n', open) >= 0
        || area.getUndoManager().isPerformingAction() // an undo or redo is not typing
        || closedAfter(caret)
        || service.isEmpty()) {
      completion.hide();
      return;
    }
    String typed = before.substring(open + 2);
    Optional<String> from = model.open().get().map(n -> n.file().note().filePath());
    // every note of the project, not only the listed folder's, and links resolved as they will be
    model.inBackground(
        "memory-link-choices",
        () -> LinkChoices.of(typed, service.get().notes(), from, service.get()::resolve),
        choices -> {
          // shown only where it was asked for: nothing typed or moved since
          if (asked == completionAsked && area.getCaretPosition() == caret) {
            complete(typed, choices);
          }
        });
  }

  /** Shows the list; a choice puts its link in place of {@code typed}, closed. */
  private void complete(String typed, List<LinkChoices.Choice> choices) {
    if (choices.isEmpty()) {
      completion.hide();
      return;
    }
    completion.getItems().clear();
    for (LinkChoices.Choice choice : choices) {
      MenuItem item = new MenuItem(choice.label());
      item.setMnemonicParsing(false);
      item.setOnAction(
          e -> {
            int at = area.getCaretPosition();
            if (at >= typed.length() && area.getText(at - typed.length(), at).equals(typed)) {
              area.replaceText(at - typed.length(), at, choice.link() + "]]");
            }
          });
      completion.getItems().add(item);
    }
    area.getCaretBounds()
        .ifPresentOrElse(
            b -> {
              completion.show(area, b.getMinX(), b.getMaxY());
              // kept on screen, the list may have been pushed up over the caret's line: it goes
              // above the line instead, so the text being linked from stays in sight
              if (completion.getY() < b.getMaxY() - 1) {
                completion.setY(Math.max(0, b.getMinY() - completion.getHeight()));
              }
            },
            () -> completion.show(area, Side.BOTTOM, 0, 0));
  }

  /**
   * True when the caret is inside a link already closed on its line ({@code [[Cos|ine Decay]]}): a
   * title chosen there would be put in front of the rest of the old one.
   */
  private boolean closedAfter(int caret) {
    String after = area.getText(caret, Math.min(area.getLength(), caret + 200));
    int close = after.indexOf("]]");
    int line = after.indexOf('\n');
    int reopen = after.indexOf("[[");
    return close >= 0 && (line < 0 || close < line) && (reopen < 0 || close < reopen);
  }
}
