package dev.agentworkbench.ui.memory;

import java.util.Arrays;
import java.util.List;

/** What the new-note form holds. */
public record NewNoteForm(
    String title, String folder, String type, String tags, String body, boolean overwrite) {
  public List<String> tagList() {
    return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
