package dev.agentworkbench.ui.spec;

import dev.agentworkbench.spec.CatalogEntry;
import dev.agentworkbench.spec.Severity;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The catalog: a filter field and the agents with colour, model, tool count and badges. */
final class CatalogListView extends VBox {
  final ListView<CatalogEntry> list = new ListView<>();

  CatalogListView(SpecRoomViewModel model) {
    getStyleClass().add("spec-catalog");
    setSpacing(8);
    setPadding(new Insets(8));
    TextField filter = new TextField();
    filter.setPromptText("Filter agents (name, description, model)");
    filter.textProperty().bindBidirectional(model.filter());
    filter.setId("spec-filter");
    list.setItems(model.filtered());
    list.setId("spec-catalog-list");
    list.setCellFactory(v -> new EntryCell());
    VBox.setVgrow(list, Priority.ALWAYS);
    Label skipped = new Label();
    skipped.getStyleClass().add("spec-entry-meta");
    skipped.setWrapText(true);
    skipped
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model
                        .catalog()
                        .get()
                        .map(
                            c ->
                                c.nonAgents().isEmpty()
                                    ? ""
                                    : "Not agents (skipped by Claude Code): "
                                        + String.join(
                                            ", ",
                                            c.nonAgents().stream()
                                                .map(e -> e.file().getFileName().toString())
                                                .toList()))
                        .orElse(""),
                model.catalog()));
    getChildren().addAll(filter, list, skipped);
  }

  /** One agent row. */
  private static final class EntryCell extends ListCell<CatalogEntry> {
    @Override
    protected void updateItem(CatalogEntry e, boolean empty) {
      super.updateItem(e, empty);
      if (empty || e == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Region swatch = new Region();
      swatch.getStyleClass().addAll("color-swatch", "swatch-" + e.color().orElse("none"));
      swatch.setMinSize(12, 12);
      swatch.setMaxSize(12, 12);
      Label name = new Label(e.name());
      name.getStyleClass().add("spec-entry-name");
      name.setMinWidth(0);
      Region grow = new Region();
      HBox.setHgrow(grow, Priority.ALWAYS);
      HBox top = new HBox(6, swatch, name, grow);
      top.setAlignment(Pos.CENTER_LEFT);
      badge(top, e.count(Severity.ERROR), "badge-error", "errors");
      badge(top, e.count(Severity.WARNING), "badge-warning", "warnings");
      if (e.status() != CatalogEntry.Status.ACTIVE) {
        Label status = new Label(e.statusLabel());
        status.getStyleClass().addAll("badge", "badge-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        top.getChildren().add(status);
      }
      Label meta =
          new Label(
              e.scope().name().toLowerCase(java.util.Locale.ROOT)
                  + " · "
                  + e.model().orElse("inherit")
                  + " · "
                  + (e.tools().isEmpty() ? "all tools" : e.tools().size() + " tools"));
      meta.getStyleClass().add("spec-entry-meta");
      Label description = new Label(e.description());
      description.getStyleClass().add("spec-entry-description");
      description.setMinWidth(0);
      VBox box = new VBox(2, top, meta, description);
      box.setMinWidth(0);
      setPrefWidth(0);
      setTooltip(new Tooltip(e.file().toString()));
      setGraphic(box);
      setText(null);
    }

    private static void badge(HBox box, long count, String style, String what) {
      if (count > 0) {
        Label b = new Label(String.valueOf(count));
        b.getStyleClass().addAll("badge", style);
        b.setTooltip(new Tooltip(count + " " + what));
        b.setMinWidth(Region.USE_PREF_SIZE);
        box.getChildren().add(b);
      }
    }
  }
}
