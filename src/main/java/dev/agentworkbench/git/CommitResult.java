package dev.agentworkbench.git;

import java.util.List;

/** A commit that was made: its id, subject, what the hooks printed, and notes for the user. */
public record CommitResult(
    String id, String shortId, String subject, String hookOutput, List<String> notes) {

  public CommitResult {
    notes = List.copyOf(notes);
  }
}
