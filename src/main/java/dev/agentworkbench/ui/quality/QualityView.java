package dev.agentworkbench.ui.quality;

import atlantafx.base.theme.Styles;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Scope;
import dev.agentworkbench.quality.fix.FixPreview;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds the Quality room's nodes and binds them to its ViewModel. */
public final class QualityView extends BorderPane {
  private final QualityViewModel model;
  private final java.util.function.Supplier<Window> window;
  private final FlowPane tiles = new FlowPane(10, 10);
  private final TableView<Finding> table = new TableView<>();
  private final CodeArea viewer = new CodeArea();

  public QualityView(QualityViewModel model, java.util.function.Supplier<Window> window) {
    this.model = model;
    this.window = window;
    getStyleClass().add("quality-room");
    getStylesheets()
        .add(QualityView.class.getResource("/dev/agentworkbench/ui/quality.css").toExternalForm());
    setTop(header());
    setCenter(body());
    model.tiles().addListener((ListChangeListener<CheckTileModel>) c -> drawTiles());
    drawTiles();
    model.fixPreviewProperty().addListener((o, a, b) -> b.ifPresent(this::showFix));
  }

  private Node header() {
    ComboBox<Scope> scope = new ComboBox<>();
    scope.setId("scope");
    scope.getItems().setAll(Scope.values());
    scope.valueProperty().bindBidirectional(model.scopeProperty());
    scope.setCellFactory(l -> scopeCell());
    scope.setButtonCell(scopeCell());
    Button runAll = new Button("Run all", new FontIcon(Feather.PLAY));
    runAll.setId("run-all");
    runAll.getStyleClass().add(Styles.ACCENT);
    runAll.setOnAction(e -> model.runAll());
    Button cancel = new Button("Cancel", new FontIcon(Feather.X_CIRCLE));
    cancel.setId("cancel-all");
    cancel.disableProperty().bind(model.runningCountProperty().isEqualTo(0));
    cancel.setOnAction(e -> model.cancelAll());
    ProgressBar progress = new ProgressBar();
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.runningCountProperty().greaterThan(0));
    progress.setPrefWidth(140);
    Label running = new Label();
    running
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.runningCountProperty().get() > 0
                        ? model.runningCountProperty().get() + " running"
                        : "",
                model.runningCountProperty()));
    Button addCheck = new Button("Add check…", new FontIcon(Feather.PLUS));
    addCheck.setId("add-check");
    addCheck.setOnAction(e -> CustomCheckDialog.show(window.get(), model));
    CheckBox live = new CheckBox("Rerun on save");
    live.selectedProperty().bindBidirectional(model.liveRerunsProperty());
    live.setTooltip(new Tooltip("When files change, rerun only the checks that take them"));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Label summary = new Label();
    summary.textProperty().bind(model.scopeSummaryProperty());
    summary.getStyleClass().add("scope-summary");
    HBox bar =
        new HBox(
            8, new Label("Scope"), scope, runAll, cancel, progress, running, grow, addCheck, live);
    bar.setAlignment(Pos.CENTER_LEFT);

    Label note = new Label();
    note.setId("scope-note");
    note.textProperty().bind(model.scopeNote());
    note.setWrapText(true);
    note.getStyleClass().add("scope-note");
    model.scopeProperty().addListener((o, a, b) -> styleNote(note, b));
    styleNote(note, model.scopeProperty().get());

    Label trustText =
        new Label(
            "This plan has commands from an agent spec. They run only after you read and trust them.");
    trustText.setWrapText(true);
    Button trust = new Button("Review and trust…");
    trust.setId("trust");
    trust.setOnAction(e -> askTrust());
    HBox trustBanner = new HBox(10, new FontIcon(Feather.SHIELD), trustText, trust);
    trustBanner.getStyleClass().add("trust-banner");
    trustBanner.setAlignment(Pos.CENTER_LEFT);
    trustBanner.visibleProperty().bind(model.trustNeededProperty());
    trustBanner.managedProperty().bind(model.trustNeededProperty());

    Label problem = new Label();
    problem.textProperty().bind(model.problemProperty());
    problem.getStyleClass().add("quality-problem");
    problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());

    VBox top = new VBox(6, bar, note, summary, trustBanner, problem);
    top.setPadding(new Insets(10, 12, 6, 12));
    return top;
  }

  private static ListCell<Scope> scopeCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Scope s, boolean empty) {
        super.updateItem(s, empty);
        setText(
            empty || s == null
                ? null
                : switch (s) {
                  case CHANGED -> "Changed files";
                  case STAGED -> "Staged files";
                  case SPEC -> "As the spec says";
                  case ALL -> "All files";
                });
      }
    };
  }

  private static void styleNote(Label note, Scope s) {
    note.getStyleClass().remove("scope-note-warning");
    if (s == Scope.SPEC) {
      note.getStyleClass().add("scope-note-warning");
    }
  }

  private Node body() {
    ScrollPane tileScroll = new ScrollPane(tiles);
    tileScroll.setFitToWidth(true);
    tileScroll.getStyleClass().add("tile-scroll");
    tiles.setPadding(new Insets(4, 12, 8, 12));
    SplitPane lower = new SplitPane(findingsPane(), viewerPane());
    lower.setDividerPositions(0.6);
    SplitPane split = new SplitPane(tileScroll, lower);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.42);
    return split;
  }

  private void drawTiles() {
    tiles
        .getChildren()
        .setAll(
            model.tiles().stream()
                .map(
                    t ->
                        withMenu(
                            new CheckTile(
                                t,
                                model::runOne,
                                model::cancel,
                                this::showOutput,
                                model::setEnabled),
                            t))
                .toList());
  }

  private CheckTile withMenu(CheckTile tile, CheckTileModel t) {
    javafx.scene.control.MenuItem path = new javafx.scene.control.MenuItem("Set tool path…");
    path.setOnAction(
        e -> {
          javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
          ask.initOwner(window.get());
          ask.setTitle("Where is " + t.check().tool() + "?");
          ask.setHeaderText(
              "The program file, or the folder that holds it. Leave empty to search"
                  + " PATH, .venv, venv and node_modules/.bin again.");
          ask.showAndWait().ifPresent(p -> model.setToolPath(t.check().tool(), Optional.of(p)));
        });
    javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(path);
    if (t.check().tool().equals("custom")) {
      javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem("Remove check");
      remove.setOnAction(e -> model.removeCustomCheck(t.name()));
      menu.getItems().add(remove);
    }
    tile.setOnContextMenuRequested(e -> menu.show(tile, e.getScreenX(), e.getScreenY()));
    return tile;
  }

  private Node findingsPane() {
    ComboBox<String> tool = new ComboBox<>(model.tools());
    tool.setId("filter-tool");
    tool.valueProperty().bindBidirectional(model.toolFilterProperty());
    ComboBox<String> severity = new ComboBox<>();
    severity.setId("filter-severity");
    severity.getItems().setAll(QualityViewModel.severityChoices());
    severity.valueProperty().bindBidirectional(model.severityFilterProperty());
    TextField file = new TextField();
    file.setId("filter-file");
    file.setPromptText("Filter by file");
    file.textProperty().bindBidirectional(model.fileFilterProperty());
    HBox.setHgrow(file, Priority.ALWAYS);
    Button fix = new Button("Preview fix…", new FontIcon(Feather.TOOL));
    fix.setId("preview-fix");
    fix.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> {
                  Finding f = table.getSelectionModel().getSelectedItem();
                  return f == null || !f.fixAvailable();
                },
                table.getSelectionModel().selectedItemProperty()));
    fix.setOnAction(
        e ->
            Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .ifPresent(f -> model.previewFix(f, this::showError)));
    HBox filters = new HBox(6, tool, severity, file, fix);
    filters.setAlignment(Pos.CENTER_LEFT);

    table.setId("findings");
    table
        .getColumns()
        .setAll(
            List.of(
                column("Severity", f -> f.severity().label(), 75),
                column("Tool", Finding::tool, 70),
                column("Rule", Finding::rule, 150),
                column("File", Finding::file, 160),
                intColumn("Line", Finding::line, 50),
                column("Message", f -> f.message().replace('\n', ' '), 560)));
    SortedList<Finding> sorted = new SortedList<>(model.visibleFindings());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.setPlaceholder(new Label("No findings. Run the checks to see what they report."));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, f) -> {
              if (f != null) {
                model.openFinding(f);
              }
            });
    table.setRowFactory(
        tv -> {
          var row =
              new javafx.scene.control.TableRow<Finding>() {
                @Override
                protected void updateItem(Finding f, boolean empty) {
                  super.updateItem(f, empty);
                  getStyleClass().removeAll("severity-error", "severity-warning", "severity-info");
                  if (!empty && f != null) {
                    getStyleClass().add("severity-" + f.severity().label());
                  }
                }
              };
          return row;
        });
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox box = new VBox(6, filters, table);
    box.setPadding(new Insets(6, 6, 6, 12));
    return box;
  }

  private static TableColumn<Finding, String> column(
      String title, java.util.function.Function<Finding, String> value, double width) {
    TableColumn<Finding, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setMinWidth(Math.min(width, 60));
    return c;
  }

  private static TableColumn<Finding, Integer> intColumn(
      String title, java.util.function.ToIntFunction<Finding> value, double width) {
    TableColumn<Finding, Integer> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.applyAsInt(d.getValue())));
    c.setComparator(Comparator.naturalOrder());
    c.setCellFactory(
        col ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || v == 0 ? "" : v.toString());
              }
            });
    c.setPrefWidth(width);
    return c;
  }

  private Node viewerPane() {
    Label title = new Label();
    title.setId("viewer-title");
    title
        .textProperty()
        .bind(
            Bindings.when(model.viewedFileProperty().isEmpty())
                .then("Select a finding to see its line")
                .otherwise(model.viewedFileProperty()));
    title.getStyleClass().add("viewer-title");
    viewer.setId("viewer");
    viewer.setEditable(false);
    viewer.getStyleClass().add("python-viewer");
    viewer.setParagraphGraphicFactory(LineNumberFactory.get(viewer));
    model.viewedTextProperty().addListener((o, a, b) -> showFile());
    model.viewedLineProperty().addListener((o, a, b) -> showFile());
    VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(viewer);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    VBox box = new VBox(6, title, scroll);
    box.setPadding(new Insets(6, 12, 6, 6));
    return box;
  }

  private void showFile() {
    String text = model.viewedTextProperty().get();
    viewer.replaceText(text);
    if (!text.isEmpty()) {
      viewer.setStyleSpans(0, PythonHighlighter.spans(text));
    }
    int line = model.viewedLineProperty().get();
    if (line > 0 && line <= viewer.getParagraphs().size()) {
      viewer.setParagraphStyle(line - 1, List.of("finding-line"));
      viewer.moveTo(line - 1, 0);
      viewer.showParagraphAtCenter(line - 1);
    }
  }

  private void showOutput(String check) {
    model
        .tile(check)
        .ifPresent(
            t -> {
              TextArea area = new TextArea();
              area.textProperty().bind(t.outputProperty());
              area.setEditable(false);
              area.getStyleClass().add("tool-output");
              area.setPrefSize(760, 420);
              Dialog<Void> d = new Dialog<>();
              d.initOwner(window.get());
              d.setTitle("Output of " + check);
              d.getDialogPane().setContent(area);
              d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
              d.show();
            });
  }

  private void showFix(FixPreview preview) {
    if (!preview.changesSomething()) {
      model.dismissFix();
      Alert a =
          new Alert(
              Alert.AlertType.INFORMATION,
              preview.tool() + " would not change " + preview.file() + ".");
      a.initOwner(window.get());
      a.show();
      return;
    }
    TextArea diff = new TextArea(preview.diff());
    diff.setId("fix-diff");
    diff.setEditable(false);
    diff.getStyleClass().add("tool-output");
    diff.setPrefSize(760, 420);
    ButtonType apply = new ButtonType("Apply fix", ButtonBar.ButtonData.OK_DONE);
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(window.get());
    d.setTitle(preview.tool() + " on " + preview.file());
    d.setHeaderText("This is what " + preview.tool() + " would change. Nothing is written yet.");
    d.getDialogPane().setContent(diff);
    d.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
    d.showAndWait()
        .ifPresent(
            b -> {
              if (b == apply) {
                model.applyFix(this::showError);
              } else {
                model.dismissFix();
              }
            });
    if (model.fixPreviewProperty().get().isPresent()) {
      model.dismissFix();
    }
  }

  private void askTrust() {
    TextArea commands = new TextArea(model.specCommands());
    commands.setEditable(false);
    commands.setPrefRowCount(8);
    Alert a = new Alert(Alert.AlertType.CONFIRMATION);
    a.initOwner(window.get());
    a.setTitle("Trust this spec's commands?");
    a.setHeaderText(
        model.planProperty().get() == null
            ? "Spec commands"
            : model
                    .planProperty()
                    .get()
                    .specFile()
                    .map(p -> p.getFileName().toString())
                    .orElse("Spec")
                + " asks to run these commands on your repository:");
    a.getDialogPane().setContent(commands);
    ButtonType trust = new ButtonType("Trust and allow", ButtonBar.ButtonData.OK_DONE);
    a.getButtonTypes().setAll(trust, ButtonType.CANCEL);
    a.showAndWait().filter(b -> b == trust).ifPresent(b -> model.trustSpec());
  }

  private void showError(Throwable e) {
    Throwable cause =
        e.getCause() != null && e instanceof java.util.concurrent.ExecutionException
            ? e.getCause()
            : e;
    model.problemProperty().set(cause.getMessage());
  }
}
