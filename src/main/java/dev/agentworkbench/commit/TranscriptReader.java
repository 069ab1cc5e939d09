package dev.agentworkbench.commit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads Claude Code transcripts for a repository: the project folders under {@code
 * <claude-home>/projects} whose sessions ran in the repository or below it, the main session files
 * with inline sidechains, the flat {@code agent-*.jsonl} files and the {@code <session>/subagents/}
 * layout with its {@code .meta.json} sidecars. It returns the successful {@code Edit}/{@code
 * MultiEdit}/{@code Write}/{@code NotebookEdit} calls, each attributed to the subagent type that
 * made it (spawned by {@code Agent} or {@code Task}) or to the main session.
 */
public final class TranscriptReader {
  private static final Set<String> EDIT_TOOLS =
      Set.of("Edit", "MultiEdit", "Write", "NotebookEdit");
  private static final Set<String> SPAWN_TOOLS = Set.of("Agent", "Task");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path claudeHome;

  public TranscriptReader(Path claudeHome) {
    this.claudeHome = claudeHome;
  }

  /** Successful edits of files inside the repository made after {@code since} (if given). */
  public List<AgentEdit> edits(Path repositoryRoot, Optional<Instant> since) throws IOException {
    Path repo = real(repositoryRoot);
    List<AgentEdit> out = new ArrayList<>();
    for (Path folder : projectFolders(repo)) {
      Session session = new Session();
      for (Path file : transcriptFiles(folder, since)) {
        session.read(file);
      }
      for (AgentEdit e : session.edits()) {
        Path file = real(e.file());
        if (file.startsWith(repo) && since.map(s -> e.time().isAfter(s)).orElse(true)) {
          out.add(new AgentEdit(e.agent(), file, e.time(), e.tool(), e.sessionId()));
        }
      }
    }
    out.sort((a, b) -> a.time().compareTo(b.time()));
    return out;
  }

  /**
   * Project folders whose sessions' {@code cwd} is the repository or a folder below it: those named
   * after the repository ({@link ClaudeProjectFolder}) first, then any other whose sessions ran
   * there (a name can be shortened, or recorded through a symbolic link).
   */
  List<Path> projectFolders(Path repo) throws IOException {
    Path projects = claudeHome.resolve("projects");
    if (!Files.isDirectory(projects)) {
      return List.of();
    }
    List<Path> named = new ArrayList<>();
    List<Path> others = new ArrayList<>();
    try (Stream<Path> folders = Files.list(projects)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        String name = folder.getFileName().toString();
        (ClaudeProjectFolder.mayHoldSessionsOf(name, repo.toString()) ? named : others).add(folder);
      }
    }
    List<Path> matches = new ArrayList<>();
    for (Path folder : named) {
      if (ranIn(folder, repo)) {
        matches.add(folder);
      }
    }
    for (Path folder : others) {
      if (ranIn(folder, repo)) {
        matches.add(folder);
      }
    }
    return matches;
  }

  private static boolean ranIn(Path folder, Path repo) throws IOException {
    Optional<Path> cwd = sessionCwd(folder);
    return cwd.isPresent() && real(cwd.get()).startsWith(repo);
  }

  private static Optional<Path> sessionCwd(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          for (int i = 0; i < 50 && (line = reader.readLine()) != null; i++) {
            if (line.contains("\"cwd\"")) {
              JsonNode node = parse(line);
              if (node != null && node.path("cwd").isTextual()) {
                return Optional.of(Path.of(node.path("cwd").asText()));
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<Path> transcriptFiles(Path folder, Optional<Instant> since)
      throws IOException {
    try (Stream<Path> files = Files.walk(folder, 4)) {
      return files
          .filter(f -> f.toString().endsWith(".jsonl") || f.toString().endsWith(".meta.json"))
          .filter(f -> modifiedAfter(f, since))
          .sorted()
          .toList();
    }
  }

  private static boolean modifiedAfter(Path file, Optional<Instant> since) {
    if (since.isEmpty() || file.toString().endsWith(".meta.json")) {
      return true;
    }
    try {
      return Files.getLastModifiedTime(file).toInstant().isAfter(since.get());
    } catch (IOException e) {
      return true;
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      // A torn last line (a session still writing) or an unknown format: skip it.
      return null;
    }
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /** Everything read from one project folder, linked up at the end. */
  private static final class Session {
    private record Call(
        String id,
        String tool,
        Path file,
        Instant time,
        boolean sidechain,
        String agentId,
        String uuid,
        String sessionId) {}

    private final List<Call> calls = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();
    private final Set<String> succeeded = new HashSet<>();
    private final Map<String, String> spawnType = new HashMap<>(); // tool_use id -> subagent_type
    private final Map<String, String> spawnPrompt = new HashMap<>(); // prompt -> subagent_type
    private final Map<String, String> agentSpawn = new HashMap<>(); // agentId -> tool_use id
    private final Map<String, String> agentType = new HashMap<>(); // agentId -> type (best)
    private final Map<String, String> attribution = new HashMap<>(); // agentId -> attributionAgent
    private final Map<String, String> resultType = new HashMap<>(); // agentId -> toolUseResult type
    private final Map<String, String> parents = new HashMap<>(); // uuid -> parentUuid
    private final Map<String, String> rootPrompts = new HashMap<>(); // uuid -> prompt

    void read(Path file) throws IOException {
      if (file.toString().endsWith(".meta.json")) {
        readMeta(file);
        return;
      }
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.contains("tool_use")
              || line.contains("\"parentUuid\":null")
              || line.contains("attributionAgent")
              || line.contains("\"isSidechain\":true")) {
            JsonNode node = parse(line);
            if (node != null) {
              readLine(node);
            }
          }
        }
      }
    }

    private void readMeta(Path file) throws IOException {
      JsonNode meta = parse(Files.readString(file, StandardCharsets.UTF_8));
      String name = file.getFileName().toString();
      if (meta == null || !name.startsWith("agent-")) {
        return;
      }
      String agentId = name.substring("agent-".length(), name.length() - ".meta.json".length());
      if (meta.path("agentType").isTextual()) {
        agentType.put(agentId, meta.path("agentType").asText());
      }
      if (meta.path("toolUseId").isTextual()) {
        agentSpawn.putIfAbsent(agentId, meta.path("toolUseId").asText());
      }
    }

    private void readLine(JsonNode node) {
      String uuid = node.path("uuid").asText("");
      String agentId = node.path("agentId").asText("");
      boolean sidechain = node.path("isSidechain").asBoolean(false);
      if (!uuid.isEmpty()) {
        parents.put(uuid, node.path("parentUuid").asText(""));
      }
      if (!agentId.isEmpty() && node.path("attributionAgent").isTextual()) {
        attribution.put(agentId, node.path("attributionAgent").asText());
      }
      JsonNode content = node.path("message").path("content");
      if (node.path("parentUuid").isNull() && content.isTextual()) {
        rootPrompts.put(uuid, content.asText());
      }
      if (!content.isArray()) {
        return;
      }
      for (JsonNode block : content) {
        switch (block.path("type").asText("")) {
          case "tool_use" -> readToolUse(node, block, sidechain, agentId, uuid);
          case "tool_result" -> readToolResult(node, block);
          default -> {}
        }
      }
    }

    private void readToolUse(
        JsonNode line, JsonNode block, boolean sidechain, String agentId, String uuid) {
      String name = block.path("name").asText("");
      String id = block.path("id").asText("");
      JsonNode input = block.path("input");
      if (SPAWN_TOOLS.contains(name)) {
        String type = normalise(input.path("subagent_type").asText("general-purpose"));
        spawnType.put(id, type);
        spawnPrompt.put(input.path("prompt").asText(""), type);
        return;
      }
      String tool = editTool(name);
      if (tool == null) {
        return;
      }
      String path = input.path("file_path").asText(input.path("notebook_path").asText(""));
      Instant time = time(line);
      if (path.isEmpty() || time == null) {
        return;
      }
      Path file = Path.of(path);
      if (!file.isAbsolute()) {
        file = Path.of(line.path("cwd").asText("/")).resolve(file);
      }
      calls.add(
          new Call(
              id,
              tool,
              file.normalize(),
              time,
              sidechain,
              agentId,
              uuid,
              line.path("sessionId").asText("")));
    }

    private static String editTool(String name) {
      String bare = name.contains("__") ? name.substring(name.lastIndexOf("__") + 2) : name;
      return EDIT_TOOLS.contains(bare) ? bare : null;
    }

    private void readToolResult(JsonNode line, JsonNode block) {
      String id = block.path("tool_use_id").asText("");
      if (block.path("is_error").asBoolean(false) || rejected(block.path("content"))) {
        failed.add(id);
      } else {
        succeeded.add(id);
      }
      JsonNode result = line.path("toolUseResult");
      if (result.path("agentId").isTextual()) {
        String agentId = result.path("agentId").asText();
        agentSpawn.putIfAbsent(agentId, id);
        if (result.path("agentType").isTextual()) {
          resultType.put(agentId, normalise(result.path("agentType").asText()));
        }
      }
    }

    private static boolean rejected(JsonNode content) {
      String text = content.isTextual() ? content.asText() : content.toString();
      return text.contains("doesn't want to proceed with this tool use")
          || text.contains("tool use was rejected");
    }

    List<AgentEdit> edits() {
      List<AgentEdit> out = new ArrayList<>();
      for (Call c : calls) {
        if (!succeeded.contains(c.id()) || failed.contains(c.id())) {
          continue;
        }
        Optional<String> agent = c.sidechain() ? Optional.of(agentOf(c)) : Optional.empty();
        out.add(new AgentEdit(agent, c.file(), c.time(), c.tool(), c.sessionId()));
      }
      return out;
    }

    private String agentOf(Call c) {
      String id = c.agentId();
      if (!id.isEmpty()) {
        if (agentType.containsKey(id)) {
          return normalise(agentType.get(id));
        }
        if (attribution.containsKey(id)) {
          return normalise(attribution.get(id));
        }
        String spawn = agentSpawn.get(id);
        if (spawn != null && spawnType.containsKey(spawn)) {
          return spawnType.get(spawn);
        }
        if (resultType.containsKey(id)) {
          return resultType.get(id);
        }
      }
      String prompt = rootPrompts.get(root(c.uuid()));
      if (prompt != null && spawnPrompt.containsKey(prompt)) {
        return spawnPrompt.get(prompt);
      }
      return "general-purpose";
    }

    private String root(String uuid) {
      String current = uuid;
      for (int guard = 0; guard < 10_000; guard++) {
        String parent = parents.get(current);
        if (parent == null || parent.isEmpty()) {
          return current;
        }
        current = parent;
      }
      return current;
    }

    private static Instant time(JsonNode line) {
      try {
        return Instant.parse(line.path("timestamp").asText(""));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  /**
   * Claude Code matches agent names ignoring case and separators: "Code Reviewer" = code-reviewer.
   */
  static String normalise(String type) {
    return type.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
  }
}
