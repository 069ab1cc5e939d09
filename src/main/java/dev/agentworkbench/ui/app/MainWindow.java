package dev.agentworkbench.ui.app;

import atlantafx.base.theme.Styles;
import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.tasks.BackgroundWork;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: sidebar with the four rooms, a top bar, the room in view, and a status bar. */
public final class MainWindow {
  public static final String STYLESHEET =
      MainWindow.class.getResource("/dev/agentworkbench/ui/workbench.css").toExternalForm();

  private final Stage stage;
  private final MainWindowViewModel model;
  private final Map<String, Room> rooms = new LinkedHashMap<>();
  private final Map<String, ToggleButton> roomButtons = new LinkedHashMap<>();
  private final StackPane content = new StackPane();
  private final List<PaletteAction> appActions = new ArrayList<>();
  private final TourViewModel tour;
  private final QualityService quality;
  private final List<Runnable> afterFirstFrame = new ArrayList<>();
  private boolean firstFrameDrawn;
  private boolean closed;

  public MainWindow(Stage stage, UserEnvironment env, AppSettings settings, BackgroundWork work) {
    this.stage = stage;
    this.quality = new QualityService(env, new ProcessRunner());
    this.model = new MainWindowViewModel(env, settings, work, quality);
    RoomContext context =
        new RoomContext(
            model.workspace(),
            work,
            model.events(),
            settings,
            new RoomContext.Notifier() {
              @Override
              public void info(String message) {
                FxBackgroundWork.onFx(() -> model.message().set(message));
              }

              @Override
              public void error(String message) {
                FxBackgroundWork.onFx(() -> model.message().set("⚠ " + message));
              }
            },
            () -> stage,
            new RoomContext.Navigator() {
              @Override
              public void showRoom(String roomId) {
                MainWindow.this.showRoom(roomId);
              }

              @Override
              public void openFolder() {
                chooseFolder();
              }
            },
            model.activeAgent(),
            model.notesProject(),
            quality);
    for (Room room : Rooms.create(context)) {
      rooms.put(room.id(), room);
    }
    tour = new TourViewModel(settings, this::showRoom, model::openSample, model::saveSettings);
    build();
  }

  private void build() {
    BorderPane root = new BorderPane();
    root.getStyleClass().add("workbench");
    root.setLeft(sidebar());
    StackPane layers = new StackPane(content, new TourCard(tour));
    BorderPane main = new BorderPane(layers);
    main.setTop(topBar());
    root.setCenter(main);
    root.setBottom(statusBar());
    content.getStyleClass().add("room-content");

    // as large as the screen allows, up to the size the rooms are laid out for
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    Scene scene =
        new Scene(root, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
    scene.getStylesheets().add(STYLESHEET);
    registerAppActions();
    installShortcuts(scene);
    watchFirstFrame(scene);
    stage.setScene(scene);
    stage.titleProperty().bind(model.title());
    model.theme().addListener((o, was, now) -> now.apply());
    model.theme().get().apply();
    model.room().addListener((o, was, now) -> display(now));
    display(model.room().get());
    restoreBounds();
  }

  private VBox sidebar() {
    VBox bar = new VBox(4);
    bar.getStyleClass().add("sidebar");
    bar.setPadding(new Insets(12, 8, 12, 8));
    Label brand = new Label("Agent Workbench");
    brand.getStyleClass().add("brand");
    bar.getChildren().addAll(brand, new Separator());
    ToggleGroup group = new ToggleGroup();
    int n = 1;
    for (Room room : rooms.values()) {
      ToggleButton button = new ToggleButton(room.title(), new FontIcon(room.icon()));
      button.getStyleClass().add("room-button");
      button.setId("room-" + room.id());
      button.setToggleGroup(group);
      button.setMaxWidth(Double.MAX_VALUE);
      button.setAlignment(Pos.CENTER_LEFT);
      button.setTooltip(new Tooltip(room.title() + "  (Ctrl+" + n++ + ")"));
      button.setOnAction(
          e -> {
            showRoom(room.id());
            button.setSelected(true);
          });
      roomButtons.put(room.id(), button);
      bar.getChildren().add(button);
    }
    Region spring = new Region();
    VBox.setVgrow(spring, Priority.ALWAYS);
    Button palette = new Button("Commands", new FontIcon(Feather.COMMAND));
    palette.getStyleClass().addAll(Styles.FLAT, "room-button");
    palette.setMaxWidth(Double.MAX_VALUE);
    palette.setAlignment(Pos.CENTER_LEFT);
    palette.setTooltip(new Tooltip("Command palette (Ctrl+K)"));
    palette.setOnAction(e -> openPalette());
    bar.getChildren().addAll(spring, palette);
    bar.setPrefWidth(210);
    bar.setMinWidth(210);
    return bar;
  }

  private HBox topBar() {
    Button open = new Button("Open folder…", new FontIcon(Feather.FOLDER));
    open.setId("open-folder");
    open.setOnAction(e -> chooseFolder());
    MenuButton recent = new MenuButton("Recent", new FontIcon(Feather.CLOCK));
    recent.setId("recent-workspaces");
    Runnable fillRecent =
        () -> {
          recent.getItems().clear();
          for (Path p : model.recent()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> model.open(p));
            recent.getItems().add(item);
          }
          recent.setDisable(model.recent().isEmpty());
        };
    model.recent().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent.run());
    fillRecent.run();
    Label workspaceLabel = new Label();
    workspaceLabel.getStyleClass().add("workspace-path");
    workspaceLabel
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model
                        .workspace()
                        .get()
                        .map(w -> w.folder().toString())
                        .orElse("No folder open"),
                model.workspace()));
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    Button theme = new Button();
    theme.setId("toggle-theme");
    theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    theme
        .graphicProperty()
        .bind(
            javafx.beans.binding.Bindings.createObjectBinding(
                () -> new FontIcon(model.theme().get() == Theme.DARK ? Feather.SUN : Feather.MOON),
                model.theme()));
    theme.setTooltip(new Tooltip("Switch between light and dark theme"));
    theme.setOnAction(e -> model.toggleTheme());
    Button help = new Button();
    help.setId("room-help");
    help.setGraphic(new FontIcon(Feather.HELP_CIRCLE));
    help.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    help.setTooltip(new Tooltip("What this room shows, its states and shortcuts"));
    help.setOnAction(e -> showHelp(help));
    HBox bar = new HBox(8, open, recent, workspaceLabel, spring, help, theme);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("top-bar");
    bar.setPadding(new Insets(8, 12, 8, 12));
    return bar;
  }

  private HBox statusBar() {
    Label repo = statusLabel(Feather.GIT_BRANCH, "status-repository");
    repo.textProperty().bind(model.repositoryStatus());
    Label notes = statusLabel(Feather.BOOK_OPEN, "status-notes");
    notes.textProperty().bind(model.notesStatus());
    Label agent = statusLabel(Feather.USER, "status-agent");
    agent
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.activeAgent().get().isBlank()
                        ? "No active agent"
                        : "Agent: "
                            + model.activeAgent().get()
                            + (model.sampleAgent().get() ? " (sample spec)" : ""),
                model.activeAgent(),
                model.sampleAgent()));
    Label message = new Label();
    message.setId("status-message");
    message.textProperty().bind(model.message());
    message.getStyleClass().add("status-message");
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox bar = new HBox(16, repo, notes, agent, spring, message);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("status-bar");
    bar.setPadding(new Insets(4, 12, 4, 12));
    return bar;
  }

  private static Label statusLabel(Feather icon, String id) {
    Label label = new Label("", new FontIcon(icon));
    label.setId(id);
    label.getStyleClass().add("status-item");
    return label;
  }

  private void registerAppActions() {
    appActions.add(PaletteAction.of("Workspace", "Open folder…", "Shortcut+O", this::chooseFolder));
    appActions.add(PaletteAction.of("View", "Switch theme (light/dark)", model::toggleTheme));
    appActions.add(PaletteAction.of("View", "Command palette", "Shortcut+K", this::openPalette));
    appActions.add(PaletteAction.of("Help", "Take the tour (sample workspace)", tour::start));
    appActions.add(
        PaletteAction.of("Help", "What this room shows (?)", "F1", () -> showHelp(null)));
    int n = 1;
    for (Room room : rooms.values()) {
      appActions.add(
          PaletteAction.of("Go to", room.title(), "Shortcut+" + n++, () -> showRoom(room.id())));
    }
    for (Path p : model.recent()) {
      appActions.add(PaletteAction.of("Recent", p.toString(), () -> model.open(p)));
    }
  }

  /** Every action of the app and the rooms, for the palette. */
  public List<PaletteAction> allActions() {
    List<PaletteAction> all = new ArrayList<>(appActions);
    rooms.values().forEach(r -> all.addAll(r.actions()));
    return all;
  }

  private void installShortcuts(Scene scene) {
    for (PaletteAction action : appActions) {
      action.shortcut().ifPresent(k -> scene.getAccelerators().put(k, action.action()));
    }
    for (Room room : rooms.values()) {
      for (PaletteAction action : room.actions()) {
        action.shortcut().ifPresent(k -> scene.getAccelerators().putIfAbsent(k, action.action()));
      }
    }
    scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Shift+P"), this::openPalette);
  }

  private void showHelp(javafx.scene.Node anchor) {
    Room room = rooms.getOrDefault(model.room().get(), rooms.values().iterator().next());
    VBox box = new VBox(10);
    box.getStyleClass().add("room-help");
    box.setId("room-help-popup");
    box.setPrefWidth(520);
    Label title = new Label(room.title());
    title.getStyleClass().add(Styles.TITLE_3);
    Label text = new Label(RoomHelp.text(room.id()));
    text.setWrapText(true);
    box.getChildren().addAll(title, text);
    List<PaletteAction> actions = room.actions();
    if (!actions.isEmpty()) {
      Label heading = new Label("Actions");
      heading.getStyleClass().add(Styles.TITLE_4);
      box.getChildren().add(heading);
      // a column of keys only where some action has one: an empty column reads as missing text
      boolean anyKeys = actions.stream().anyMatch(a -> a.shortcut().isPresent());
      for (PaletteAction action : actions) {
        HBox row = new HBox(8);
        if (anyKeys) {
          Label keys = new Label(action.shortcut().map(KeyCombination::getDisplayText).orElse(""));
          keys.getStyleClass().add("help-shortcut");
          keys.setMinWidth(110);
          row.getChildren().add(keys);
        }
        row.getChildren().add(new Label("\u2022 " + action.name()));
        box.getChildren().add(row);
      }
    }
    javafx.stage.Popup popup = new javafx.stage.Popup();
    popup.getContent().add(box);
    popup.setAutoHide(true);
    popup.show(stage);
    popup.setX(stage.getX() + stage.getWidth() - 560);
    popup.setY(stage.getY() + 70);
  }

  /** Offers the first-run tour when it was never finished or skipped. */
  public void offerTour() {
    tour.offerOnFirstRun();
  }

  void openPalette() {
    new CommandPalette(allActions()).show(stage);
  }

  public void showRoom(String id) {
    if (rooms.containsKey(id)) {
      model.showRoom(id);
    }
  }

  private void display(String id) {
    if (!firstFrameDrawn) {
      // The first frame shows the window's shell only: the room (editors, renderers, their CSS)
      // is built once that frame is drawn, so the window appears at once.
      Label opening = new Label("Opening…");
      opening.getStyleClass().add(Styles.TEXT_MUTED);
      content.getChildren().setAll(opening);
      return;
    }
    Room room = rooms.getOrDefault(id, rooms.values().iterator().next());
    content.getChildren().setAll(room.view());
    ToggleButton button = roomButtons.get(room.id());
    if (button != null) {
      button.setSelected(true);
    }
    room.shown();
  }

  /**
   * Runs the action on the FX thread once the window's first frame is drawn, before the room is
   * built; at once when that frame is already drawn.
   */
  public void afterFirstFrame(Runnable action) {
    if (firstFrameDrawn) {
      action.run();
    } else {
      afterFirstFrame.add(action);
    }
  }

  private void watchFirstFrame(Scene scene) {
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          scene.removePostLayoutPulseListener(listener[0]);
          // The pulse that ran this listener goes on to draw the frame; runLater lands after it.
          javafx.application.Platform.runLater(this::firstFrameDrawn);
        };
    scene.addPostLayoutPulseListener(listener[0]);
  }

  private void firstFrameDrawn() {
    firstFrameDrawn = true;
    List<Runnable> actions = List.copyOf(afterFirstFrame);
    afterFirstFrame.clear();
    actions.forEach(Runnable::run);
    if (!closed) {
      display(model.room().get());
    }
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open a folder as the workspace");
    model.workspace().get().ifPresent(w -> chooser.setInitialDirectory(w.folder().toFile()));
    File chosen = chooser.showDialog(stage);
    if (chosen != null) {
      model.open(chosen.toPath());
    }
  }

  private void restoreBounds() {
    Optional<double[]> bounds = model.windowBounds();
    bounds.ifPresent(
        b -> {
          boolean visible =
              !Double.isNaN(b[0])
                  && !javafx.stage.Screen.getScreensForRectangle(b[0], b[1], b[2], b[3]).isEmpty();
          if (visible) {
            stage.setX(b[0]);
            stage.setY(b[1]);
          }
          // a window saved on a larger screen fits the one it opens on
          javafx.geometry.Rectangle2D screen =
              (visible
                      ? javafx.stage.Screen.getScreensForRectangle(b[0], b[1], b[2], b[3]).get(0)
                      : javafx.stage.Screen.getPrimary())
                  .getVisualBounds();
          stage.setWidth(Math.min(b[2], screen.getWidth()));
          stage.setHeight(Math.min(b[3], screen.getHeight()));
        });
    stage.setMaximized(model.windowMaximized());
  }

  public void show(Path workspace) {
    stage.show();
    model.open(workspace);
  }

  public MainWindowViewModel model() {
    return model;
  }

  public void close() {
    closed = true;
    if (stage.isShowing() || stage.getWidth() > 0) {
      model.rememberWindow(
          stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
    for (Room room : rooms.values()) {
      room.closing();
    }
    model.close();
    quality.close();
  }
}
