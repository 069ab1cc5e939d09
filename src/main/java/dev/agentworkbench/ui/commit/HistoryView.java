package dev.agentworkbench.ui.commit;

import dev.agentworkbench.commit.AgentActivity;
import dev.agentworkbench.commit.HistoryEntry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Recent commits with their agents as chips, a filter by agent, and commits per agent per day. */
final class HistoryView extends VBox {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final int CHART_DAYS = 14;

  private final StackedBarChart<String, Number> chart =
      new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
  private final ComboBox<String> filter = new ComboBox<>();

  HistoryView(CommitRoomViewModel model) {
    getStyleClass().add("history-view");
    setSpacing(8);
    filter.setId("agent-filter");
    filter.setPromptText("All agents");
    filter
        .valueProperty()
        .addListener((o, was, now) -> model.agentFilter().set(now == null ? "" : now));
    ListView<HistoryEntry> list = new ListView<>(model.filteredHistory());
    list.setId("history-list");
    list.setCellFactory(v -> new EntryCell());
    list.setPlaceholder(new Label("No commits yet."));
    VBox.setVgrow(list, Priority.ALWAYS);
    chart.setId("agent-chart");
    chart.setTitle("Commits per agent (last " + CHART_DAYS + " active days)");
    chart.setPrefHeight(200);
    chart.setMinHeight(160);
    chart.setAnimated(false);
    chart.setLegendVisible(true);
    chart.setLegendSide(javafx.geometry.Side.RIGHT);
    chart.setCategoryGap(24);
    model.activity().addListener((o, was, now) -> show(now));
    Label label = new Label("Agent");
    HBox top = new HBox(8, label, filter);
    getChildren().addAll(top, list, chart);
  }

  private void show(AgentActivity activity) {
    List<String> agents = new ArrayList<>(activity.perAgent().keySet());
    String current = filter.getValue();
    List<String> items = new ArrayList<>();
    items.add("");
    items.addAll(agents);
    filter.getItems().setAll(items);
    filter.setValue(current);
    TreeSet<LocalDate> days = new TreeSet<>();
    activity.perAgent().values().forEach(m -> days.addAll(m.keySet()));
    List<LocalDate> recent =
        new ArrayList<>(days.descendingSet()).subList(0, Math.min(CHART_DAYS, days.size()));
    List<LocalDate> shown = new ArrayList<>(recent);
    java.util.Collections.reverse(shown);
    chart.getData().clear();
    for (Map.Entry<String, Map<LocalDate, Integer>> e : activity.perAgent().entrySet()) {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName("@" + e.getKey());
      for (LocalDate d : shown) {
        series.getData().add(new XYChart.Data<>(d.toString(), e.getValue().getOrDefault(d, 0)));
      }
      chart.getData().add(series);
    }
  }

  /** A commit: short id, subject without tags, chips, author and time. */
  private static final class EntryCell extends ListCell<HistoryEntry> {
    @Override
    protected void updateItem(HistoryEntry entry, boolean empty) {
      super.updateItem(entry, empty);
      setText(null);
      if (empty || entry == null) {
        setGraphic(null);
        return;
      }
      Label id = new Label(entry.commit().shortId());
      id.getStyleClass().add("history-id");
      Label subject = new Label(entry.commit().subject());
      subject.getStyleClass().add("history-subject");
      subject.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(subject, Priority.ALWAYS);
      FlowPane chips = new FlowPane(4, 4);
      for (String agent : entry.agents()) {
        Label chip = new Label("@" + agent);
        chip.getStyleClass().add("history-chip");
        chips.getChildren().add(chip);
      }
      Label meta =
          new Label(entry.commit().author() + " · " + DAY.format(entry.commit().time()) + " UTC");
      meta.getStyleClass().add("history-meta");
      HBox first = new HBox(8, id, subject, meta);
      setGraphic(new VBox(2, first, chips));
    }
  }
}
