package dev.agentworkbench.quality.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentworkbench.workspace.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes each repository's quality settings as {@code <app home>/quality/repos/<hash of
 * the repository path>.json}.
 */
public final class QualitySettingsStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path folder;

  public QualitySettingsStore(Path appHome) {
    this.folder = appHome.resolve("quality").resolve("repos");
  }

  public Path fileFor(Path repositoryRoot) {
    String key = repositoryRoot.toAbsolutePath().normalize().toString();
    String hash = AtomicFileWriter.checksum(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    return folder.resolve(hash + ".json");
  }

  /** The repository's settings; empty ones when none were saved. */
  public RepoQualitySettings load(Path repositoryRoot) throws IOException {
    Path file = fileFor(repositoryRoot);
    if (!Files.exists(file)) {
      return RepoQualitySettings.empty();
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(
          file + " is not valid JSON (" + e.getMessage() + "). Fix or delete it.", e);
    }
    Set<String> disabled = new HashSet<>();
    root.path("disabled").forEach(n -> disabled.add(n.asText()));
    List<CustomCheck> custom = new ArrayList<>();
    for (JsonNode c : root.path("custom")) {
      custom.add(readCustom(c, file));
    }
    Map<String, String> paths = new HashMap<>();
    root.path("toolPaths")
        .fields()
        .forEachRemaining(e -> paths.put(e.getKey(), e.getValue().asText()));
    return new RepoQualitySettings(disabled, custom, paths);
  }

  private static CustomCheck readCustom(JsonNode c, Path file) throws IOException {
    List<String> argv = new ArrayList<>();
    c.path("argv").forEach(a -> argv.add(a.asText()));
    String kind = c.path("output").asText("exit-code");
    OutputKind output =
        OutputKind.parse(kind)
            .orElseThrow(
                () -> new IOException(file + ": custom check output kind '" + kind + "' unknown"));
    try {
      return new CustomCheck(
          c.path("name").asText(),
          argv,
          new FilePattern(c.path("pattern").asText("*")),
          output,
          c.path("takesFiles").asBoolean(true));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  public void save(Path repositoryRoot, RepoQualitySettings settings) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("repository", repositoryRoot.toAbsolutePath().normalize().toString());
    settings.disabled().stream().sorted().forEach(root.putArray("disabled")::add);
    var custom = root.putArray("custom");
    for (CustomCheck c : settings.custom()) {
      ObjectNode n = custom.addObject();
      n.put("name", c.name());
      c.argv().forEach(n.putArray("argv")::add);
      n.put("pattern", c.pattern().glob());
      n.put("output", c.output().key());
      n.put("takesFiles", c.takesFiles());
    }
    ObjectNode paths = root.putObject("toolPaths");
    settings.toolPaths().forEach(paths::put);
    Files.createDirectories(folder);
    AtomicFileWriter.write(
        fileFor(repositoryRoot), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }
}
