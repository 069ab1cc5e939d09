package dev.agentworkbench.commit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests scopes from the changed paths: the folder each file sits in (its nearest folder, which
 * names the module or package), most frequent first.
 */
public final class ScopeSuggester {
  private ScopeSuggester() {}

  public static List<String> suggest(List<String> paths) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String path : paths) {
      String[] parts = path.split("/");
      if (parts.length < 2) {
        continue;
      }
      String folder = parts[parts.length - 2];
      if (folder.startsWith(".")) {
        folder = folder.substring(1);
      }
      if (!folder.isEmpty()) {
        counts.merge(folder, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort((a, b) -> b.getValue() - a.getValue());
    return ranked.stream().map(Map.Entry::getKey).toList();
  }
}
