package dev.agentworkbench.ui.memory;

import dev.agentworkbench.memory.NoteSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The note list's columns that are more than text: the title, marked when the note was read with a
 * warning, and the date it was modified, short enough to be read whole in a narrow list.
 */
final class NoteColumns {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private NoteColumns() {}

  /** Sorted by title, ignoring case; a warning sign and its text in a tooltip on such notes. */
  static TableColumn<NoteSummary, NoteSummary> title() {
    TableColumn<NoteSummary, NoteSummary> c = new TableColumn<>("Title");
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    c.setComparator(Comparator.comparing(NoteSummary::title, String.CASE_INSENSITIVE_ORDER));
    c.setPrefWidth(320); // most of the room: titles are what the list is read by
    c.setMinWidth(110);
    c.setCellFactory(column -> new TitleCell());
    return c;
  }

  /** Sorted by time; today's notes show the time, older ones the day, the tooltip both. */
  static TableColumn<NoteSummary, Instant> modified() {
    TableColumn<NoteSummary, Instant> c = new TableColumn<>("Modified");
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().modified()));
    // as wide as a day takes in the theme's font, which may be larger than the system's
    double day =
        Math.ceil(new javafx.scene.text.Text("2026-12-28").getLayoutBounds().getWidth() * 1.15)
            + 24;
    c.setMinWidth(Math.max(92, day));
    c.setPrefWidth(Math.max(92, day));
    c.setMaxWidth(Math.max(92, day));
    c.setCellFactory(column -> new ModifiedCell(Clock.systemDefaultZone()));
    return c;
  }

  /** What the Modified column shows for {@code when}, seen at {@code now}. */
  static String shortDate(Instant when, Clock now) {
    ZoneId zone = now.getZone();
    ZonedDateTime at = when.atZone(zone);
    return at.toLocalDate().equals(LocalDate.now(now)) ? TIME.format(at) : DAY.format(at);
  }

  /**
   * Tooltips are made when a cell first needs one: each is a popup window with its own scene, and
   * making one for every visible cell took a third of the list's first layout. The tooltip names
   * the note's file (two notes may share a title) and any warning it was read with.
   */
  static final class TitleCell extends TableCell<NoteSummary, NoteSummary> {
    private FontIcon warning;
    private Tooltip tip;

    TitleCell() {
      setOnMouseEntered(e -> showTip());
    }

    /** What the tooltip says of a note: its file, then its warnings. */
    static String tipText(NoteSummary note) {
      return note.warnings().isEmpty()
          ? note.filePath()
          : note.filePath() + "\n" + String.join("\n", note.warnings());
    }

    private void showTip() {
      NoteSummary note = getItem();
      if (note == null || isEmpty()) {
        return;
      }
      if (tip == null) {
        tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
      }
      tip.setText(tipText(note));
      setTooltip(tip);
    }

    @Override
    protected void updateItem(NoteSummary note, boolean empty) {
      super.updateItem(note, empty);
      if (empty || note == null) {
        setText(null);
        setGraphic(null);
        setTooltip(null);
        return;
      }
      setText(note.title());
      if (note.warnings().isEmpty()) {
        setGraphic(null);
      } else {
        if (warning == null) {
          warning = new FontIcon(Feather.ALERT_TRIANGLE);
          warning.getStyleClass().add("note-list-warning");
        }
        setGraphic(warning);
      }
      if (getTooltip() != null || !note.warnings().isEmpty()) {
        showTip(); // a reused cell's tooltip follows its new note
      }
    }
  }

  /** The full date and time in a tooltip made when the pointer first comes over the cell. */
  private static final class ModifiedCell extends TableCell<NoteSummary, Instant> {
    private final Clock clock;
    private Tooltip tip;

    ModifiedCell(Clock clock) {
      this.clock = clock;
      setOnMouseEntered(
          e -> {
            if (tip == null && getItem() != null) {
              tip = new Tooltip(full(getItem()));
              setTooltip(tip);
            }
          });
    }

    private String full(Instant when) {
      return FULL.format(when.atZone(clock.getZone()));
    }

    @Override
    protected void updateItem(Instant when, boolean empty) {
      super.updateItem(when, empty);
      if (empty || when == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      setText(shortDate(when, clock));
      if (tip != null) {
        tip.setText(full(when));
        setTooltip(tip);
      }
    }
  }
}
