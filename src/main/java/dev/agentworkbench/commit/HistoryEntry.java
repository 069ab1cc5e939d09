package dev.agentworkbench.commit;

import dev.agentworkbench.git.CommitRecord;
import java.util.List;

/** A commit from the history with the agents its subject credits. */
public record HistoryEntry(CommitRecord commit, List<String> agents) {
  public HistoryEntry {
    agents = List.copyOf(agents);
  }
}
