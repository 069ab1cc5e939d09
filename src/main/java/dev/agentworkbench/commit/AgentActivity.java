package dev.agentworkbench.commit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Commits per agent per day (UTC), for the history chart. */
public record AgentActivity(Map<String, Map<LocalDate, Integer>> perAgent) {

  public static AgentActivity of(List<HistoryEntry> history) {
    Map<String, Map<LocalDate, Integer>> map = new TreeMap<>();
    for (HistoryEntry h : history) {
      LocalDate day = LocalDate.ofInstant(h.commit().time(), ZoneOffset.UTC);
      for (String agent : h.agents()) {
        map.computeIfAbsent(agent, k -> new TreeMap<>()).merge(day, 1, Integer::sum);
      }
    }
    return new AgentActivity(map);
  }

  public int total(String agent) {
    return perAgent.getOrDefault(agent, Map.of()).values().stream().mapToInt(i -> i).sum();
  }
}
