package dev.agentworkbench.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The app's own settings, kept as JSON in {@code settings.json} under the app home: theme, window
 * geometry, recent workspaces, and any room's keys. Unknown keys are kept. A broken file is set
 * aside (renamed) and reported, never silently lost.
 */
public final class AppSettings {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_RECENT = 10;

  private final Path file;
  private final ObjectNode values;
  private final Optional<String> problem;

  private AppSettings(Path file, ObjectNode values, Optional<String> problem) {
    this.file = file;
    this.values = values;
    this.problem = problem;
  }

  public static AppSettings load(Path appHome) {
    Path file = appHome.resolve("settings.json");
    if (!Files.exists(file)) {
      return new AppSettings(file, JSON.createObjectNode(), Optional.empty());
    }
    try {
      var node = JSON.readTree(file.toFile());
      if (node instanceof ObjectNode object) {
        return new AppSettings(file, object, Optional.empty());
      }
      throw new IOException("not a JSON object");
    } catch (IOException e) {
      Path aside = file.resolveSibling("settings.broken-" + System.currentTimeMillis() + ".json");
      try {
        Files.move(file, aside);
      } catch (IOException moveFailed) {
        aside = file;
      }
      return new AppSettings(
          file,
          JSON.createObjectNode(),
          Optional.of(
              file
                  + " could not be read ("
                  + e.getMessage()
                  + "); it was kept as "
                  + aside
                  + " and defaults are used."));
    }
  }

  public Path file() {
    return file;
  }

  public Path appHome() {
    return file.getParent();
  }

  public Optional<String> problem() {
    return problem;
  }

  public synchronized Optional<String> string(String key) {
    var node = values.get(key);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  public synchronized Optional<Double> number(String key) {
    var node = values.get(key);
    return node != null && node.isNumber() ? Optional.of(node.asDouble()) : Optional.empty();
  }

  public synchronized boolean flag(String key, boolean fallback) {
    var node = values.get(key);
    return node != null && node.isBoolean() ? node.asBoolean() : fallback;
  }

  public synchronized void put(String key, String value) {
    values.put(key, value);
  }

  public synchronized void put(String key, double value) {
    values.put(key, value);
  }

  public synchronized void put(String key, boolean value) {
    values.put(key, value);
  }

  public synchronized List<String> list(String key) {
    List<String> out = new ArrayList<>();
    var node = values.get(key);
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  public synchronized void putList(String key, List<String> list) {
    var array = values.putArray(key);
    list.forEach(array::add);
  }

  /** Recent workspaces, newest first. */
  public List<Path> recentWorkspaces() {
    return list("recentWorkspaces").stream().map(Path::of).toList();
  }

  public void rememberWorkspace(Path folder) {
    List<String> recent = new ArrayList<>(list("recentWorkspaces"));
    String entry = folder.toAbsolutePath().normalize().toString();
    recent.remove(entry);
    recent.add(0, entry);
    putList("recentWorkspaces", recent.subList(0, Math.min(MAX_RECENT, recent.size())));
  }

  public synchronized void save() throws IOException {
    AtomicFileWriter.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(values));
  }
}
