package dev.agentworkbench.ui.commit;

import dev.agentworkbench.commit.AgentActivity;
import dev.agentworkbench.commit.AgentSuggestion;
import dev.agentworkbench.commit.CommitMessage;
import dev.agentworkbench.commit.CommitOptions;
import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.commit.Footer;
import dev.agentworkbench.commit.GateState;
import dev.agentworkbench.commit.GateStatus;
import dev.agentworkbench.commit.HistoryEntry;
import dev.agentworkbench.commit.MessageCheck;
import dev.agentworkbench.commit.MessageProblem;
import dev.agentworkbench.git.ChangeArea;
import dev.agentworkbench.git.CommitRefusedException;
import dev.agentworkbench.git.CommitResult;
import dev.agentworkbench.git.FileChange;
import dev.agentworkbench.git.FileDiff;
import dev.agentworkbench.git.LineSelection;
import dev.agentworkbench.git.RepoState;
import dev.agentworkbench.git.StatusSnapshot;
import dev.agentworkbench.workspace.tasks.BackgroundWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The commit room's state and logic: the change lists, the selected diff, the message form with its
 * live subject and validation, the agent chips pre-filled from evidence, the gate, committing, and
 * the attributed history. All git work goes through {@link BackgroundWork}.
 */
public final class CommitRoomViewModel {
  private static final int HISTORY_SIZE = 200;

  private final BackgroundWork work;
  private Optional<CommitService> service = Optional.empty();

  private final BooleanProperty available = new SimpleBooleanProperty(false);
  private final ObjectProperty<StatusSnapshot> status = new SimpleObjectProperty<>();
  private final ObservableList<FileChange> staged = FXCollections.observableArrayList();
  private final ObservableList<FileChange> unstaged = FXCollections.observableArrayList();
  private final ObservableList<FileChange> conflicted = FXCollections.observableArrayList();
  private final ObjectProperty<FileChange> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<FileDiff> diff = new SimpleObjectProperty<>();
  private final BooleanProperty sideBySide = new SimpleBooleanProperty(false);

  private final StringProperty type = new SimpleStringProperty("feat");
  private final StringProperty scope = new SimpleStringProperty("");
  private final StringProperty description = new SimpleStringProperty("");
  private final StringProperty body = new SimpleStringProperty("");
  private final BooleanProperty breaking = new SimpleBooleanProperty(false);
  private final StringProperty breakingChange = new SimpleStringProperty("");
  private final StringProperty refs = new SimpleStringProperty("");
  private final StringProperty coAuthoredBy = new SimpleStringProperty("");
  private final StringProperty signedOffBy = new SimpleStringProperty("");
  private final ObservableList<String> agents = FXCollections.observableArrayList();
  private final ObservableList<AgentSuggestion> suggestions = FXCollections.observableArrayList();
  private final ObservableList<String> types = FXCollections.observableArrayList();
  private final ObservableList<String> scopes = FXCollections.observableArrayList();
  private final ObservableList<String> knownAgents = FXCollections.observableArrayList();

  private final StringProperty subject = new SimpleStringProperty("");
  private final IntegerProperty subjectLength = new SimpleIntegerProperty();
  private final ObservableList<MessageProblem> problems = FXCollections.observableArrayList();
  private final BooleanProperty messageOk = new SimpleBooleanProperty(false);
  private final ObjectProperty<GateStatus> gate =
      new SimpleObjectProperty<>(new GateStatus(GateState.UNKNOWN, "No quality gate"));
  private final BooleanProperty amend = new SimpleBooleanProperty(false);
  private final StringProperty stateNotice = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty output = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
  private final FilteredList<HistoryEntry> filteredHistory = new FilteredList<>(history);
  private final StringProperty agentFilter = new SimpleStringProperty("");
  private final ObjectProperty<AgentActivity> activity =
      new SimpleObjectProperty<>(AgentActivity.of(List.of()));

  private boolean agentsTouched;

  public CommitRoomViewModel(BackgroundWork work) {
    this.work = work;
    Observable[] form = {
      type,
      scope,
      description,
      body,
      breaking,
      breakingChange,
      refs,
      coAuthoredBy,
      signedOffBy,
      agents
    };
    for (Observable o : form) {
      o.addListener(x -> revalidate());
    }
    agentFilter.addListener((o, was, now) -> applyFilter());
    amend.addListener(
        (o, was, now) -> {
          if (now && description.get().isBlank()) {
            loadLastMessage();
          }
        });
    revalidate();
  }

  /** Amend starts from the last commit's message, taken apart into the form. */
  private void loadLastMessage() {
    service.ifPresent(
        s ->
            background(
                "last-message",
                () -> s.git().head(),
                head ->
                    head.ifPresent(
                        c -> {
                          var parsed = s.rule().parse(c.subject());
                          if (parsed.isEmpty()) {
                            description.set(c.subject());
                          } else {
                            type.set(parsed.get().type());
                            scope.set(parsed.get().scope().orElse(""));
                            breaking.set(parsed.get().breaking());
                            description.set(parsed.get().description());
                            agentsTouched = true;
                            agents.setAll(parsed.get().agents());
                          }
                          String rest = c.message().strip();
                          int nl = rest.indexOf('\n');
                          body.set(nl < 0 ? "" : rest.substring(nl).strip());
                        })));
  }

  /** Points the room at a repository (or at none). */
  public void setService(Optional<CommitService> newService) {
    service = newService;
    available.set(newService.isPresent());
    staged.clear();
    unstaged.clear();
    conflicted.clear();
    diff.set(null);
    selected.set(null);
    history.clear();
    agentsTouched = false;
    agents.clear();
    suggestions.clear();
    newService.ifPresent(
        s -> {
          types.setAll(s.types());
          knownAgents.setAll(s.context().knownAgents());
          gate.set(s.gate());
          revalidate();
          refresh();
        });
  }

  /** Reloads status, suggestions, scopes and history. */
  public void refresh() {
    if (service.isEmpty()) {
      return;
    }
    CommitService s = service.get();
    background(
        "status",
        () -> {
          StatusSnapshot snapshot = s.status();
          return new Loaded(
              snapshot, s.suggestAgents(snapshot), s.scopes(snapshot), s.history(HISTORY_SIZE));
        },
        this::apply);
  }

  private record Loaded(
      StatusSnapshot status,
      List<AgentSuggestion> suggestions,
      List<String> scopes,
      List<HistoryEntry> history) {}

  private void apply(Loaded loaded) {
    StatusSnapshot s = loaded.status();
    status.set(s);
    conflicted.setAll(s.in(ChangeArea.CONFLICTED));
    staged.setAll(s.in(ChangeArea.STAGED));
    List<FileChange> work = new ArrayList<>(s.in(ChangeArea.UNSTAGED));
    work.addAll(s.in(ChangeArea.UNTRACKED));
    unstaged.setAll(work);
    suggestions.setAll(loaded.suggestions());
    if (!agentsTouched) {
      agents.setAll(loaded.suggestions().stream().map(AgentSuggestion::agent).toList());
    }
    scopes.setAll(loaded.scopes());
    if (scope.get().isBlank() && !loaded.scopes().isEmpty()) {
      scope.set(loaded.scopes().get(0));
    }
    history.setAll(loaded.history());
    activity.set(AgentActivity.of(loaded.history()));
    stateNotice.set(notice(s.state()));
    if (s.state().merging() && description.get().isBlank()) {
      s.state().preparedMessage().ifPresent(m -> body.set(m.strip()));
    }
    if (!s.state().canAmend()) {
      amend.set(false);
    }
    service.ifPresent(x -> gate.set(x.gate()));
    reselect();
  }

  private void reselect() {
    FileChange current = selected.get();
    if (current == null) {
      diff.set(null);
      return;
    }
    Optional<FileChange> same =
        allChanges().stream()
            .filter(c -> c.path().equals(current.path()) && c.area() == current.area())
            .findFirst();
    if (same.isPresent()) {
      select(same.get());
    } else {
      selected.set(null);
      diff.set(null);
    }
  }

  private List<FileChange> allChanges() {
    List<FileChange> all = new ArrayList<>(conflicted);
    all.addAll(staged);
    all.addAll(unstaged);
    return all;
  }

  static String notice(RepoState state) {
    List<String> parts = new ArrayList<>();
    if (state.indexLocked()) {
      parts.add(
          "Another git process holds .git/index.lock: staging and committing wait until it ends.");
    }
    if (state.unborn()) {
      parts.add("No commits yet: this will be the first commit on " + state.branch() + ".");
    }
    if (state.detached()) {
      parts.add(
          "Detached HEAD at "
              + state.branch()
              + ": a commit here belongs to no branch. Create a branch to keep it.");
    }
    switch (state.operation()) {
      case MERGING ->
          parts.add("Merge in progress: resolve the conflicts, stage them, then commit.");
      case MERGING_RESOLVED ->
          parts.add("Merge in progress: conflicts resolved; commit to finish.");
      case CHERRY_PICKING, REVERTING, REBASING, OTHER ->
          parts.add("A git " + state.operation().name().toLowerCase() + " is in progress.");
      case NONE -> {}
    }
    return String.join(" ", parts);
  }

  public void select(FileChange change) {
    selected.set(change);
    if (change == null || service.isEmpty()) {
      diff.set(null);
      return;
    }
    CommitService s = service.get();
    background("diff", () -> s.diff(change), diff::set);
  }

  public void stage(FileChange change) {
    mutate(s -> s.stage(change));
  }

  public void unstage(FileChange change) {
    mutate(s -> s.unstage(change));
  }

  public void stageAll() {
    List<FileChange> all = List.copyOf(unstaged);
    mutate(
        s -> {
          for (FileChange c : all) {
            s.stage(c);
          }
        });
  }

  public void discard(FileChange change) {
    mutate(s -> s.discard(change));
  }

  /** Stages, unstages or discards the selected lines of the shown diff, depending on its area. */
  public void applyLines(LineSelection lines, boolean discard) {
    FileChange change = selected.get();
    if (change == null || lines.isEmpty()) {
      return;
    }
    mutate(
        s -> {
          if (discard) {
            s.discardLines(change, lines);
          } else if (change.area() == ChangeArea.STAGED) {
            s.unstageLines(change, lines);
          } else {
            s.stageLines(change, lines);
          }
        });
  }

  private interface Mutation {
    void run(CommitService s) throws Exception;
  }

  private void mutate(Mutation m) {
    service.ifPresent(
        s ->
            background(
                "mutate-" + System.nanoTime(),
                () -> {
                  m.run(s);
                  return Boolean.TRUE;
                },
                ok -> refresh()));
  }

  // --- the message -------------------------------------------------------------------------

  public CommitMessage message() {
    List<Footer> footers = new ArrayList<>();
    addFooter(footers, Footer.BREAKING_CHANGE, breakingChange.get());
    addFooter(footers, Footer.REFS, refs.get());
    addFooter(footers, Footer.CO_AUTHORED_BY, coAuthoredBy.get());
    addFooter(footers, Footer.SIGNED_OFF_BY, signedOffBy.get());
    return new CommitMessage(
        type.get() == null ? "" : type.get(),
        Optional.ofNullable(scope.get()),
        breaking.get(),
        description.get() == null ? "" : description.get(),
        List.copyOf(agents),
        body.get() == null ? "" : body.get(),
        footers);
  }

  private static void addFooter(List<Footer> footers, String key, String value) {
    if (value != null && !value.isBlank()) {
      footers.add(new Footer(key, value.strip()));
    }
  }

  private void revalidate() {
    if (service.isEmpty()) {
      subject.set("");
      subjectLength.set(0);
      problems.clear();
      messageOk.set(false);
      return;
    }
    CommitService s = service.get();
    CommitMessage m = message();
    MessageCheck check = s.validate(m);
    subject.set(m.subject(s.rule()));
    subjectLength.set(check.subjectLength());
    problems.setAll(check.problems());
    messageOk.set(check.ok());
  }

  public void addAgent(String name) {
    String agent = name == null ? "" : name.strip().replaceFirst("^@", "");
    if (!agent.isEmpty() && !agents.contains(agent)) {
      agentsTouched = true;
      agents.add(agent);
    }
  }

  public void removeAgent(String agent) {
    agentsTouched = true;
    agents.remove(agent);
  }

  /** Moves a chip one place left (-1) or right (+1). */
  public void moveAgent(String agent, int direction) {
    int i = agents.indexOf(agent);
    int j = i + direction;
    if (i < 0 || j < 0 || j >= agents.size()) {
      return;
    }
    agentsTouched = true;
    agents.remove(i);
    agents.add(j, agent);
  }

  /** The evidence for a chip, one reason per line. */
  public String reasons(String agent) {
    return suggestions.stream()
        .filter(s -> s.agent().equals(agent))
        .findFirst()
        .map(
            s ->
                String.join("\n", s.reasons())
                    + (s.files().isEmpty() ? "" : "\nFiles: " + String.join(", ", s.files())))
        .orElse("Added by you");
  }

  /** True when the gate says failing or stale: the view asks before calling commit(true). */
  public boolean commitNeedsConfirmation() {
    return gate.get().needsConfirmation();
  }

  /** Commits exactly what was previewed; a changed index refreshes and asks again. */
  public void commit(boolean gateConfirmed) {
    if (service.isEmpty() || status.get() == null) {
      return;
    }
    CommitService s = service.get();
    CommitMessage m = message();
    CommitOptions options =
        new CommitOptions(amend.get(), status.get().indexFingerprint(), gateConfirmed);
    error.set("");
    background(
        "commit",
        () -> s.commit(m, options),
        this::committed,
        e -> {
          if (e instanceof CommitRefusedException r) {
            String hooks = r.hookOutput().isBlank() ? "" : "\n" + r.hookOutput().strip();
            output.set(hooks.strip());
            if (r.reason() == CommitRefusedException.Reason.INDEX_CHANGED) {
              refresh();
            }
          }
          error.set(e.getMessage());
        });
  }

  private void committed(CommitResult result) {
    StringBuilder text =
        new StringBuilder("Committed " + result.shortId() + " " + result.subject());
    result.notes().forEach(n -> text.append('\n').append(n));
    if (!result.hookOutput().isBlank()) {
      text.append("\n").append(result.hookOutput().strip());
    }
    output.set(text.toString());
    description.set("");
    body.set("");
    breaking.set(false);
    breakingChange.set("");
    refs.set("");
    amend.set(false);
    agentsTouched = false;
    refresh();
  }

  public void installHook(List<String> launcher) {
    service.ifPresent(
        s ->
            background(
                "hook",
                () -> s.installHook(launcher),
                install ->
                    output.set(
                        "Installed the commit-msg hook at "
                            + install.hook()
                            + install.chained().map(c -> "; it runs " + c + " first").orElse(""))));
  }

  private void applyFilter() {
    String f = agentFilter.get();
    filteredHistory.setPredicate(
        f == null || f.isBlank() ? null : h -> h.agents().contains(f.replaceFirst("^@", "")));
  }

  private <T> void background(String key, Callable<T> task, java.util.function.Consumer<T> done) {
    background(key, task, done, e -> error.set(e.getMessage()));
  }

  private <T> void background(
      String key,
      Callable<T> task,
      java.util.function.Consumer<T> done,
      java.util.function.Consumer<Throwable> failed) {
    busy.set(true);
    work.submit(
        key,
        task,
        r -> {
          busy.set(false);
          done.accept(r);
        },
        e -> {
          busy.set(false);
          failed.accept(e);
        });
  }

  // --- properties ------------------------------------------------------------------------

  public BooleanProperty available() {
    return available;
  }

  public ObjectProperty<StatusSnapshot> status() {
    return status;
  }

  public ObservableList<FileChange> staged() {
    return staged;
  }

  public ObservableList<FileChange> unstaged() {
    return unstaged;
  }

  public ObservableList<FileChange> conflicted() {
    return conflicted;
  }

  public ObjectProperty<FileChange> selected() {
    return selected;
  }

  public ObjectProperty<FileDiff> diff() {
    return diff;
  }

  public BooleanProperty sideBySide() {
    return sideBySide;
  }

  public StringProperty type() {
    return type;
  }

  public StringProperty scope() {
    return scope;
  }

  public StringProperty description() {
    return description;
  }

  public StringProperty body() {
    return body;
  }

  public BooleanProperty breaking() {
    return breaking;
  }

  public StringProperty breakingChange() {
    return breakingChange;
  }

  public StringProperty refs() {
    return refs;
  }

  public StringProperty coAuthoredBy() {
    return coAuthoredBy;
  }

  public StringProperty signedOffBy() {
    return signedOffBy;
  }

  public ObservableList<String> agents() {
    return agents;
  }

  public ObservableList<AgentSuggestion> suggestions() {
    return suggestions;
  }

  public ObservableList<String> types() {
    return types;
  }

  public ObservableList<String> scopes() {
    return scopes;
  }

  public ObservableList<String> knownAgents() {
    return knownAgents;
  }

  public StringProperty subject() {
    return subject;
  }

  public IntegerProperty subjectLength() {
    return subjectLength;
  }

  public ObservableList<MessageProblem> problems() {
    return problems;
  }

  public BooleanProperty messageOk() {
    return messageOk;
  }

  public ObjectProperty<GateStatus> gate() {
    return gate;
  }

  public BooleanProperty amend() {
    return amend;
  }

  public StringProperty stateNotice() {
    return stateNotice;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public StringProperty output() {
    return output;
  }

  public StringProperty error() {
    return error;
  }

  public ObservableList<HistoryEntry> history() {
    return history;
  }

  public FilteredList<HistoryEntry> filteredHistory() {
    return filteredHistory;
  }

  public StringProperty agentFilter() {
    return agentFilter;
  }

  public ObjectProperty<AgentActivity> activity() {
    return activity;
  }
}
