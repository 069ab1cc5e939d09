package dev.agentworkbench.ui.commit;

import dev.agentworkbench.commit.GateStatus;
import dev.agentworkbench.commit.MessageCheck;
import dev.agentworkbench.commit.MessageProblem;
import dev.agentworkbench.git.StatusSnapshot;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The message form: type, scope, description, body, footers, agent chips, the live subject with its
 * length and problems, amend, the commit button with the gate, and the hook installer.
 */
final class ComposerView extends VBox {
  private final CommitRoomViewModel model;
  private final VBox problems = new VBox(2);

  ComposerView(CommitRoomViewModel model, Runnable onCommit, Runnable onInstallHook) {
    this.model = model;
    getStyleClass().add("composer");
    setSpacing(8);

    Label notice = new Label();
    notice.getStyleClass().add("state-notice");
    notice.setWrapText(true);
    notice.textProperty().bind(model.stateNotice());
    notice.visibleProperty().bind(model.stateNotice().isNotEmpty());
    notice.managedProperty().bind(notice.visibleProperty());

    ComboBox<String> type = new ComboBox<>(model.types());
    type.setId("type");
    type.valueProperty().bindBidirectional(model.type());
    type.setPrefWidth(110);
    type.setMinWidth(90); // a narrow composer squeezed it until its value ("feat") no longer showed
    // The button cell keeps a stale blank when the items arrive after the value: show it again.
    model
        .types()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  String v = model.type().get();
                  type.setValue(null);
                  type.setValue(v);
                });
    ComboBox<String> scope = new ComboBox<>(model.scopes());
    scope.setId("scope");
    scope.setEditable(true);
    scope.setPromptText("scope");
    scope.getEditor().textProperty().bindBidirectional(model.scope());
    scope.setPrefWidth(130);
    CheckBox breaking = new CheckBox("Breaking");
    breaking.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    breaking.selectedProperty().bindBidirectional(model.breaking());
    TextField description = new TextField();
    description.setId("description");
    description.setPromptText("what the change does, in lower case");
    description.textProperty().bindBidirectional(model.description());
    TextArea body = new TextArea();
    body.setId("body");
    body.setPromptText("Body: why the change was made (optional)");
    body.setPrefRowCount(3);
    body.setWrapText(true);
    body.textProperty().bindBidirectional(model.body());

    GridPane form = new GridPane();
    form.setHgap(6);
    form.setVgap(6);
    form.addRow(0, label("Type"), type, scope, breaking);
    form.add(label("Description"), 0, 1);
    form.add(description, 1, 1, 3, 1);
    GridPane.setHgrow(description, Priority.ALWAYS);
    GridPane.setHgrow(scope, Priority.SOMETIMES);

    Label agentsTitle = new Label("Agents");
    agentsTitle.getStyleClass().add("section-title");

    Label subject = new Label();
    subject.setId("subject-preview");
    subject.getStyleClass().add("subject-preview");
    subject.setWrapText(true);
    subject.textProperty().bind(model.subject());
    Label length = new Label();
    length.setId("subject-length");
    length.getStyleClass().add("subject-length");
    length.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    length
        .textProperty()
        .bind(Bindings.format("%d / %d", model.subjectLength(), MessageCheck.WARN_LENGTH));
    model.subjectLength().addListener((o, was, now) -> styleLength(length, now.intValue()));
    styleLength(length, model.subjectLength().get());
    HBox subjectRow = new HBox(8, subject, length);
    HBox.setHgrow(subject, Priority.ALWAYS);
    model.problems().addListener((ListChangeListener<MessageProblem>) c -> showProblems());
    showProblems();

    CheckBox amend = new CheckBox("Amend the last commit");
    amend.setId("amend");
    amend.selectedProperty().bindBidirectional(model.amend());
    amend
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> model.status().get() == null || !model.status().get().state().canAmend(),
                model.status()));

    Button commit = new Button();
    commit.setId("commit-button");
    commit.getStyleClass().add("accent");
    commit.setDefaultButton(false);
    commit.textProperty().bind(Bindings.createStringBinding(this::commitLabel, model.gate()));
    commit
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                this::commitDisabled,
                model.messageOk(),
                model.status(),
                model.amend(),
                model.busy()));
    commit.setOnAction(e -> onCommit.run());
    model.gate().addListener((o, was, now) -> styleGate(commit, now));
    styleGate(commit, model.gate().get());
    Button hook = new Button("Install commit-msg hook");
    hook.setId("install-hook");
    hook.getStyleClass().add("flat");
    hook.setOnAction(e -> onInstallHook.run());
    HBox actions = new HBox(8, commit, amend);

    Label error = new Label();
    error.setId("commit-error");
    error.getStyleClass().add("commit-error");
    error.setWrapText(true);
    error.textProperty().bind(model.error());
    TextArea output = new TextArea();
    output.setId("commit-output");
    output.setEditable(false);
    output.setPrefRowCount(3);
    output.getStyleClass().add("commit-output");
    output.textProperty().bind(model.output());
    output.visibleProperty().bind(model.output().isNotEmpty());
    output.managedProperty().bind(output.visibleProperty());

    getChildren()
        .addAll(
            notice,
            form,
            body,
            footers(),
            agentsTitle,
            new AgentChips(model),
            subjectRow,
            problems,
            actions,
            error,
            output,
            hook);
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  private TitledPane footers() {
    GridPane grid = new GridPane();
    grid.setHgap(6);
    grid.setVgap(6);
    grid.addRow(0, label("BREAKING CHANGE"), field(model.breakingChange(), "what breaks"));
    grid.addRow(1, label("Refs"), field(model.refs(), "#123"));
    grid.addRow(2, label("Co-authored-by"), field(model.coAuthoredBy(), "Name <email>"));
    grid.addRow(3, label("Signed-off-by"), field(model.signedOffBy(), "Name <email>"));
    TitledPane pane = new TitledPane("Footers", grid);
    pane.setExpanded(false);
    return pane;
  }

  private static TextField field(javafx.beans.property.StringProperty p, String prompt) {
    TextField f = new TextField();
    f.setPromptText(prompt);
    f.textProperty().bindBidirectional(p);
    GridPane.setHgrow(f, Priority.ALWAYS);
    return f;
  }

  private void showProblems() {
    problems.getChildren().clear();
    for (MessageProblem p : model.problems()) {
      Label l = new Label(p.message());
      l.setWrapText(true);
      l.getStyleClass()
          .add(p.severity() == MessageProblem.Severity.ERROR ? "problem-error" : "problem-warning");
      problems.getChildren().add(l);
    }
  }

  private static void styleLength(Label label, int n) {
    label.getStyleClass().removeAll("length-warn", "length-error");
    if (n > MessageCheck.MAX_LENGTH) {
      label.getStyleClass().add("length-error");
    } else if (n > MessageCheck.WARN_LENGTH) {
      label.getStyleClass().add("length-warn");
    }
  }

  private String commitLabel() {
    GateStatus g = model.gate().get();
    return switch (g.state()) {
      case READY -> "Commit · checks pass";
      case STALE -> "Commit · checks stale";
      case FAILING -> "Commit · checks failing";
      case UNKNOWN -> "Commit";
    };
  }

  private boolean commitDisabled() {
    StatusSnapshot s = model.status().get();
    if (s == null || model.busy().get() || !model.messageOk().get()) {
      return true;
    }
    return s.hasConflicts() || !(s.hasStaged() || model.amend().get() || s.state().merging());
  }

  private static void styleGate(Button commit, GateStatus gate) {
    commit.getStyleClass().removeAll("danger", "warning");
    if (gate.state() == dev.agentworkbench.commit.GateState.FAILING) {
      commit.getStyleClass().add("danger");
    }
    commit.setTooltip(new javafx.scene.control.Tooltip("Quality gate: " + gate.summary()));
  }
}
