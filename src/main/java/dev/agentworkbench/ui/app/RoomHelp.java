package dev.agentworkbench.ui.app;

import java.util.Map;

/** What each room's "?" says: what the room is for and what its states mean. */
final class RoomHelp {
  private static final Map<String, String> TEXT =
      Map.of(
          "spec",
          "Agent specs of the workspace (.claude/agents up to the repository root) and of your user"
              + " folder; project agents win over user agents of the same name.\n\n"
              + "Effective: what Claude Code loads (strict YAML). Intended: what the author meant."
              + " An agent that Claude Code would not load says so.\n"
              + "Diagnostics: red errors stop Claude Code from loading the agent or break its"
              + " policies; yellow warnings are worth fixing; fixes are previewed as a diff and can"
              + " be undone.\nA spec marked Sample is the built-in machine-learning-engineer spec,"
              + " offered when the workspace has none.",
          "memory",
          "basic-memory notes of the notes project (from basic-memory's config, else"
              + " ~/basic-memory).\n\n"
              + "Search (Ctrl+F): words match prefixes; AND, OR, NOT, \"phrases\" and tag:name work"
              + " as in basic-memory; type:, folder: and after: (a date or 7d) filter; a memory://"
              + " link lists the notes it names.\nCtrl+N: a new note. A link marked create points to"
              + " a note that does not exist yet."
              + "\nA note changed on disk while you edit it opens a conflict view; nothing is"
              + " overwritten without your choice. Unsaved edits are kept as recovery drafts: after"
              + " a crash the room names the notes that have some; open one to save its edits, or"
              + " drop them with Discard edits.",
          "quality",
          "The checks the active spec demands, run on the repository's changed files.\n\n"
              + "States: queued, running, passed, failed (the tool found problems), error (the"
              + " tool could not run), timed out, not installed (with how to install it), stale"
              + " (files changed since the last run), nothing to check (no files match).\n"
              + "Commands from a spec run only after you trust that spec; a changed spec asks"
              + " again.",
          "commit",
          "Staged, unstaged, untracked and conflicted files of the repository.\n\n"
              + "The subject follows the spec's attribution rule: type(scope): description -"
              + " @agent …; tags come pre-filled from evidence and say why they are there.\n"
              + "The commit button shows the quality gate: ready, stale (files changed since the"
              + " checks ran) or failing; committing past it asks first.");

  private RoomHelp() {}

  static String text(String roomId) {
    return TEXT.getOrDefault(roomId, "");
  }
}
