package dev.agentworkbench.commit;

import dev.agentworkbench.git.ChangeArea;
import dev.agentworkbench.git.CommitRecord;
import dev.agentworkbench.git.CommitRefusedException;
import dev.agentworkbench.git.CommitResult;
import dev.agentworkbench.git.FileChange;
import dev.agentworkbench.git.FileDiff;
import dev.agentworkbench.git.GitException;
import dev.agentworkbench.git.GitService;
import dev.agentworkbench.git.HookInstall;
import dev.agentworkbench.git.LineSelection;
import dev.agentworkbench.git.StatusSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commit room's one door, used by the room and the CLI alike: status and staging, diffs, the
 * message rule and validation, agent suggestions from evidence, the gate, committing, the
 * commit-msg hook and the attributed history.
 */
public final class CommitService {
  private static final int HISTORY_PER_FILE = 20;
  private static final int MAX_FILES_FOR_HISTORY = 50;

  private final GitService git;
  private final CommitContext context;
  private final AttributionRule rule;

  public CommitService(GitService git, CommitContext context) {
    this.git = git;
    this.context = context;
    this.rule = AttributionRule.from(context.policy());
  }

  public GitService git() {
    return git;
  }

  public CommitContext context() {
    return context;
  }

  public AttributionRule rule() {
    return rule;
  }

  public List<String> types() {
    return CommitTypes.of(context.policy(), rule);
  }

  public MessageValidator validator() {
    return new MessageValidator(rule, types(), context.knownAgents());
  }

  public MessageCheck validate(String text) {
    return validator().check(text);
  }

  public MessageCheck validate(CommitMessage message) {
    return validate(message.text(rule));
  }

  public GateStatus gate() {
    return context.gate().status();
  }

  public StatusSnapshot status() throws GitException {
    return git.status();
  }

  public FileDiff diff(FileChange change) throws GitException {
    return git.diff(change);
  }

  public void stage(FileChange change) throws GitException {
    git.stage(change.path());
  }

  public void unstage(FileChange change) throws GitException {
    git.unstage(change);
  }

  public void stageLines(FileChange change, LineSelection lines) throws GitException {
    git.stageLines(change.path(), lines);
  }

  public void unstageLines(FileChange change, LineSelection lines) throws GitException {
    git.unstageLines(change.path(), lines);
  }

  public void discard(FileChange change) throws GitException {
    git.discard(change);
  }

  public void discardLines(FileChange change, LineSelection lines) throws GitException {
    git.discardLines(change.path(), lines);
  }

  /** Scopes suggested from the files in the change (staged ones when anything is staged). */
  public List<String> scopes(StatusSnapshot status) {
    return ScopeSuggester.suggest(List.copyOf(changeFiles(status)));
  }

  /**
   * The files "in the change": the staged files when something is staged (that is what a commit
   * takes), otherwise every changed file.
   */
  public static Set<String> changeFiles(StatusSnapshot status) {
    Set<String> files = new LinkedHashSet<>();
    List<FileChange> staged = status.in(ChangeArea.STAGED);
    for (FileChange c : staged.isEmpty() ? status.changes() : staged) {
      files.add(c.path());
    }
    return files;
  }

  /** Agents to credit, strongest evidence first, each with its reasons and files. */
  public List<AgentSuggestion> suggestAgents(StatusSnapshot status) throws GitException {
    Set<String> files = changeFiles(status);
    List<AgentEdit> edits;
    try {
      edits = new TranscriptReader(context.claudeHome()).edits(git.root(), git.lastCommitTime());
    } catch (IOException e) {
      throw new GitException(
          "Could not read Claude Code transcripts in "
              + context.claudeHome()
              + ": "
              + e.getMessage(),
          e);
    }
    return new AgentSuggester()
        .transcripts(edits, git.root(), files, context.activeAgent())
        .activeAgent(context.activeAgent())
        .history(credits(files))
        .collaborators(collaboratorsInCatalog())
        .result();
  }

  /**
   * The spec's collaborators that are agents of this workspace: a spec may name a dozen agents the
   * team never installed, and tags for those would only be removed again by hand.
   */
  private List<String> collaboratorsInCatalog() {
    List<String> named = context.policy().collaborators();
    if (context.knownAgents().isEmpty()) {
      return named;
    }
    return named.stream().filter(context.knownAgents()::contains).toList();
  }

  /** For each changed file: agent -> the short id of the newest earlier commit crediting it. */
  private Map<String, Map<String, String>> credits(Set<String> files) throws GitException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    int n = 0;
    for (String file : files) {
      if (n++ >= MAX_FILES_FOR_HISTORY) {
        break;
      }
      for (CommitRecord c : git.log(HISTORY_PER_FILE, file)) {
        for (String agent : agentsOf(c)) {
          out.computeIfAbsent(file, k -> new LinkedHashMap<>()).putIfAbsent(agent, c.shortId());
        }
      }
    }
    return out;
  }

  private List<String> agentsOf(CommitRecord c) {
    return rule.parse(c.subject()).map(AttributionRule.ParsedSubject::agents).orElse(List.of());
  }

  /**
   * Commits the staged changes with the message. Refuses a message with errors, a failing or stale
   * gate without confirmation, and an index that changed since the user reviewed it.
   */
  public CommitResult commit(CommitMessage message, CommitOptions options) throws GitException {
    return commit(message.text(rule), options);
  }

  public CommitResult commit(String text, CommitOptions options) throws GitException {
    MessageCheck check = validate(text);
    if (!check.ok()) {
      throw new CommitRefusedException(
          CommitRefusedException.Reason.INVALID_MESSAGE,
          "The message does not follow the rule: "
              + String.join(" ", check.errors().stream().map(MessageProblem::message).toList()));
    }
    GateStatus gate = gate();
    if (gate.needsConfirmation() && !options.gateConfirmed()) {
      throw new CommitRefusedException(
          CommitRefusedException.Reason.GATE_NOT_CONFIRMED,
          "The quality gate is "
              + gate.state()
              + " ("
              + gate.summary()
              + "). Confirm to commit anyway.");
    }
    return git.commit(text, options.amend(), options.reviewedIndex());
  }

  public List<HistoryEntry> history(int max) throws GitException {
    return git.log(max).stream().map(c -> new HistoryEntry(c, agentsOf(c))).toList();
  }

  public HookInstall installHook(List<String> launcher) throws GitException {
    return git.installCommitMsgHook(launcher);
  }

  public Path root() {
    return git.root();
  }
}
