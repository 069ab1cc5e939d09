package dev.agentworkbench.ui.commit;

import dev.agentworkbench.git.ChangeArea;
import dev.agentworkbench.git.FileChange;
import dev.agentworkbench.git.LineSelection;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The commit room's main view: changes, diff and composer side by side; history in a tab. */
final class CommitRoomView extends TabPane {
  /** Asks the user a yes/no question; the app shows a dialog, tests answer directly. */
  interface Confirmer extends Predicate<String> {}

  private final CommitRoomViewModel model;
  private final Confirmer confirmer;
  private final DiffView diffView;

  CommitRoomView(CommitRoomViewModel model, Confirmer confirmer, Runnable installHook) {
    this.model = model;
    this.confirmer = confirmer;
    getStyleClass().add("commit-room");
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    diffView = new DiffView(model.diff(), model.sideBySide());
    ChangesView changes = new ChangesView(model, this::confirmDiscard);
    ComposerView composer = new ComposerView(model, this::commit, installHook);
    ScrollPane composerScroll = new ScrollPane(composer);
    composerScroll.setFitToWidth(true);
    composerScroll.getStyleClass().add("composer-scroll");
    SplitPane split = new SplitPane(changes, diffPane(), composerScroll);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.24, 0.68);
    Tab changesTab = new Tab("Changes", split);
    changesTab.setId("changes-tab");
    Tab historyTab = new Tab("History", new HistoryView(model));
    historyTab.setId("history-tab");
    getTabs().addAll(changesTab, historyTab);
  }

  private BorderPane diffPane() {
    ToggleGroup mode = new ToggleGroup();
    ToggleButton unified = new ToggleButton("Unified");
    unified.setId("unified-mode");
    ToggleButton split = new ToggleButton("Side by side");
    split.setId("split-mode");
    unified.setToggleGroup(mode);
    split.setToggleGroup(mode);
    unified.setSelected(true);
    unified.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    split.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    split.selectedProperty().bindBidirectional(model.sideBySide());
    // One of the two modes is always chosen.
    mode.selectedToggleProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null && was != null) {
                was.setSelected(true);
              }
            });
    Label file = new Label();
    file.getStyleClass().add("diff-title");
    file.setMinWidth(0);
    file.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.selected().get() == null
                        ? ""
                        : model.selected().get().label()
                            + " ("
                            + model.selected().get().area().name().toLowerCase()
                            + ")",
                model.selected()));
    Button apply = new Button();
    apply.setId("apply-lines");
    apply
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    isStaged(model.selected().get())
                        ? "Unstage selected lines"
                        : "Stage selected lines",
                model.selected()));
    apply.setOnAction(e -> model.applyLines(diffView.selection(), false));
    Button discard = new Button("Discard selected lines");
    discard.setId("discard-lines");
    discard.getStyleClass().add("danger");
    discard.setOnAction(e -> discardLines());
    discard
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    model.selected().get() == null
                        || model.selected().get().area() != ChangeArea.UNSTAGED,
                model.selected()));
    apply.disableProperty().bind(model.selected().isNull());
    HBox bar = new HBox(6, unified, split, file);
    bar.getStyleClass().add("diff-toolbar");
    apply.setTooltip(
        new javafx.scene.control.Tooltip(
            "Select lines (Shift/Ctrl-click) or a hunk header (the whole hunk), then apply."));
    HBox spacer = new HBox();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    discard.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox actions = new HBox(6, spacer, apply, discard);
    actions.getStyleClass().add("diff-toolbar");
    return new BorderPane(diffView, bar, null, actions, null);
  }

  private static boolean isStaged(FileChange change) {
    return change != null && change.area() == ChangeArea.STAGED;
  }

  private void confirmDiscard(FileChange change) {
    String what =
        change.area() == ChangeArea.UNTRACKED
            ? "Delete the untracked file " + change.path() + "?"
            : "Discard the "
                + change.area().name().toLowerCase()
                + " changes of "
                + change.path()
                + "? This cannot be undone.";
    if (confirmer.test(what)) {
      model.discard(change);
    }
  }

  private void discardLines() {
    LineSelection lines = diffView.selection();
    if (!lines.isEmpty()
        && confirmer.test(
            "Discard the selected lines from the work tree? This cannot be undone.")) {
      model.applyLines(lines, true);
    }
  }

  private void commit() {
    if (model.commitNeedsConfirmation()) {
      var gate = model.gate().get();
      if (!confirmer.test(
          "The quality gate is "
              + gate.state().name().toLowerCase()
              + ": "
              + gate.summary()
              + ". Commit anyway?")) {
        return;
      }
      model.commit(true);
      return;
    }
    model.commit(false);
  }

  /** The app's confirmation: a modal dialog owned by the window. */
  static Confirmer dialogs(java.util.function.Supplier<javafx.stage.Window> window) {
    return question -> {
      Alert alert =
          new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
      alert.setHeaderText(null);
      Optional.ofNullable(window.get()).ifPresent(alert::initOwner);
      return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    };
  }

  DiffView diffView() {
    return diffView;
  }
}
