package dev.agentworkbench.ui.commit;

import dev.agentworkbench.git.DiffLine;
import dev.agentworkbench.git.FileDiff;
import dev.agentworkbench.git.Hunk;
import dev.agentworkbench.git.LineSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * A diff, unified or side by side, as a virtualised list of rows (only visible rows are built, so a
 * 10,000-line diff scrolls smoothly), with word-level highlights and multi-row selection for hunk
 * and line staging.
 */
final class DiffView extends StackPane {
  static final double ROW_HEIGHT = 20;

  private final ListView<FileDiff.Row> list = new ListView<>();
  private final ObservableList<FileDiff.Row> rows = FXCollections.observableArrayList();
  private final Label placeholder = new Label("Select a changed file to see its diff.");

  DiffView(ObjectProperty<FileDiff> diff, BooleanProperty sideBySide) {
    getStyleClass().add("diff-view");
    list.setItems(rows);
    list.setFixedCellSize(ROW_HEIGHT);
    list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    list.setCellFactory(v -> new RowCell(sideBySide));
    list.setPlaceholder(placeholder);
    list.setId("diff-list");
    getChildren().add(list);
    diff.addListener((o, was, now) -> show(now, sideBySide.get()));
    sideBySide.addListener((o, was, now) -> show(diff.get(), now));
  }

  private void show(FileDiff diff, boolean split) {
    if (diff == null) {
      placeholder.setText("Select a changed file to see its diff.");
      rows.clear();
      return;
    }
    if (diff.binary()) {
      placeholder.setText(diff.path() + " is a binary file: no text diff.");
      rows.clear();
      return;
    }
    if (diff.hunks().isEmpty()) {
      placeholder.setText("No changes in the text of " + diff.path() + " (mode or empty file).");
    }
    rows.setAll(split ? diff.sideBySide() : unified(diff));
  }

  static List<FileDiff.Row> unified(FileDiff diff) {
    List<FileDiff.Row> out = new ArrayList<>(diff.lineCount());
    for (Hunk h : diff.hunks()) {
      out.add(new FileDiff.Row(Optional.empty(), Optional.empty(), Optional.of(h)));
      for (DiffLine line : h.lines()) {
        out.add(new FileDiff.Row(Optional.of(line), Optional.empty(), Optional.empty()));
      }
    }
    return out;
  }

  /** The changed lines under the selected rows; a selected hunk header takes the whole hunk. */
  LineSelection selection() {
    List<DiffLine> lines = new ArrayList<>();
    for (FileDiff.Row row : list.getSelectionModel().getSelectedItems()) {
      row.header().ifPresent(h -> lines.addAll(h.lines()));
      row.left().ifPresent(lines::add);
      row.right().ifPresent(lines::add);
    }
    return LineSelection.of(lines);
  }

  ListView<FileDiff.Row> list() {
    return list;
  }

  /** One row: a hunk header, a unified line, or a left/right pair. */
  private static final class RowCell extends ListCell<FileDiff.Row> {
    private final BooleanProperty sideBySide;

    RowCell(BooleanProperty sideBySide) {
      this.sideBySide = sideBySide;
      getStyleClass().add("diff-row");
    }

    @Override
    protected void updateItem(FileDiff.Row row, boolean empty) {
      super.updateItem(row, empty);
      setText(null);
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      if (row.header().isPresent()) {
        Label header = new Label(row.header().get().header());
        header.getStyleClass().add("diff-hunk");
        setGraphic(header);
        return;
      }
      if (!sideBySide.get()) {
        setGraphic(side(row.left(), true, true));
        return;
      }
      Node left = side(row.left(), false, false);
      Node right = side(row.right(), false, false);
      HBox.setHgrow(left, Priority.ALWAYS);
      HBox.setHgrow(right, Priority.ALWAYS);
      HBox pair = new HBox(left, right);
      pair.getStyleClass().add("diff-pair");
      setGraphic(pair);
    }

    private static Node side(Optional<DiffLine> line, boolean unified, boolean bothNumbers) {
      HBox box = new HBox();
      box.getStyleClass().add("diff-side");
      box.setMaxWidth(Double.MAX_VALUE);
      if (!unified) {
        // Halves share the row equally and cut long lines instead of wrapping them.
        box.setPrefWidth(0);
        box.setMinWidth(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
      }
      if (line.isEmpty()) {
        box.getStyleClass().add("diff-empty");
        return box;
      }
      DiffLine l = line.get();
      box.getStyleClass().add("diff-" + l.kind().name().toLowerCase());
      if (bothNumbers) {
        box.getChildren().add(number(l.oldNumber()));
        box.getChildren().add(number(l.newNumber()));
      } else {
        box.getChildren()
            .add(number(l.kind() == DiffLine.Kind.ADDED ? l.newNumber() : l.oldNumber()));
      }
      box.getChildren().add(text(l, unified));
      return box;
    }

    private static Label number(int n) {
      Label label = new Label(n == 0 ? "" : Integer.toString(n));
      label.getStyleClass().add("diff-number");
      label.setMinWidth(44);
      label.setPrefWidth(44);
      return label;
    }

    private static HBox text(DiffLine line, boolean unified) {
      // An HBox of Text nodes, not a TextFlow: a diff line never wraps.
      HBox flow = new HBox();
      flow.setMinWidth(0);
      flow.getStyleClass().add("diff-text");
      String content = line.text().replace("\t", "    ");
      if (unified) {
        flow.getChildren().add(styled(String.valueOf(line.kind().marker()), "diff-marker"));
      }
      int pos = 0;
      for (DiffLine.Span span : line.changed()) {
        if (span.start() > pos && span.start() <= content.length()) {
          flow.getChildren().add(styled(content.substring(pos, span.start()), "diff-plain"));
        }
        int end = Math.min(span.end(), content.length());
        if (end > span.start()) {
          flow.getChildren().add(styled(content.substring(span.start(), end), "diff-word"));
        }
        pos = Math.max(pos, end);
      }
      if (pos < content.length()) {
        flow.getChildren().add(styled(content.substring(pos), "diff-plain"));
      }
      return flow;
    }

    private static Text styled(String s, String styleClass) {
      Text t = new Text(s);
      t.getStyleClass().add(styleClass);
      return t;
    }
  }
}
