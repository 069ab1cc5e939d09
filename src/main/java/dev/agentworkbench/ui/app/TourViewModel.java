package dev.agentworkbench.ui.app;

import dev.agentworkbench.workspace.AppSettings;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * The first-run tour: a welcome step, one step per room on the sample workspace, and a last step.
 * Shown once: skipping or finishing it is remembered, and the palette can start it again.
 */
public final class TourViewModel {
  static final String SEEN = "tour.seen";

  /** One step: the room it shows (empty for none), a heading and what to look at. */
  public record Step(String roomId, String title, String text) {}

  static final List<Step> STEPS =
      List.of(
          new Step(
              "",
              "Welcome to Agent Workbench",
              "A one-minute tour on a sample workspace made in a folder of its own: a small git"
                  + " repository with the machine-learning-engineer spec, an uncommitted change, and"
                  + " a few basic-memory notes. Nothing of yours is touched."),
          new Step(
              "spec",
              "Agent spec",
              "The spec as Claude Code loads it and as its author meant it, side by side. Diagnostics"
                  + " (the heading inside the frontmatter, the cut description, the mojibake) come"
                  + " with one-click fixes you preview first."),
          new Step(
              "memory",
              "Memory",
              "The agent's basic-memory notes: search as you type, observations and relations,"
                  + " backlinks and the neighbourhood graph. Notes are written exactly as"
                  + " basic-memory writes them."),
          new Step(
              "quality",
              "Quality",
              "The checks the spec demands (pyright, black, isort, ruff, bandit, pytest) run on the"
                  + " changed files and rerun as you save. A tool that is not installed says how to"
                  + " install it."),
          new Step(
              "commit",
              "Commit",
              "Stage, review the diff and write the message: the attribution tags fill themselves in"
                  + " from who edited what, and the subject is checked against the spec's rule."),
          new Step(
              "",
              "You are set",
              "Open your own repository with Open folder… (Ctrl+O). Every action is in the command"
                  + " palette (Ctrl+K); each room's ? button lists its shortcuts."));

  private final AppSettings settings;
  private final Consumer<String> showRoom;
  private final Runnable openSample;
  private final Runnable persist;
  private final IntegerProperty index = new SimpleIntegerProperty(0);
  private final BooleanProperty visible = new SimpleBooleanProperty(false);

  public TourViewModel(
      AppSettings settings, Consumer<String> showRoom, Runnable openSample, Runnable persist) {
    this.settings = settings;
    this.showRoom = showRoom;
    this.openSample = openSample;
    this.persist = persist;
  }

  /** Shows the tour at start when it was never finished or skipped. */
  public void offerOnFirstRun() {
    if (!settings.flag(SEEN, false)) {
      start();
    }
  }

  public void start() {
    index.set(0);
    visible.set(true);
  }

  public void next() {
    if (index.get() == 0) {
      openSample.run();
    }
    if (index.get() + 1 >= STEPS.size()) {
      finish();
      return;
    }
    index.set(index.get() + 1);
    String room = current().roomId();
    if (!room.isEmpty()) {
      showRoom.accept(room);
    }
  }

  public void back() {
    if (index.get() > 1) {
      index.set(index.get() - 1);
      String room = current().roomId();
      if (!room.isEmpty()) {
        showRoom.accept(room);
      }
    }
  }

  public void finish() {
    visible.set(false);
    settings.put(SEEN, true);
    persist.run();
  }

  public Step current() {
    return STEPS.get(index.get());
  }

  public IntegerProperty index() {
    return index;
  }

  public BooleanProperty visible() {
    return visible;
  }

  public ObservableValue<String> progress() {
    return Bindings.createStringBinding(() -> (index.get() + 1) + " of " + STEPS.size(), index);
  }

  public BooleanBinding canGoBack() {
    return index.greaterThan(1);
  }

  public ObservableValue<String> nextLabel() {
    return Bindings.createStringBinding(
        () ->
            index.get() == 0
                ? "Start the tour"
                : index.get() == STEPS.size() - 1 ? "Finish" : "Next",
        index);
  }
}
