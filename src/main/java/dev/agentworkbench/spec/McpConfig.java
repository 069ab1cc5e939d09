package dev.agentworkbench.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The MCP servers a project configures in {@code .mcp.json}. */
public final class McpConfig {
  public static final String FILE = ".mcp.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private McpConfig() {}

  /** The server names of the nearest {@code .mcp.json} from {@code dir} up to {@code stop}. */
  public static Optional<Set<String>> find(Path dir, Optional<Path> stop) {
    Path current = dir.toAbsolutePath().normalize();
    while (current != null) {
      Path file = current.resolve(FILE);
      if (Files.isRegularFile(file)) {
        return Optional.of(servers(file));
      }
      if (stop.isPresent() && current.equals(stop.get())) {
        break;
      }
      current = current.getParent();
    }
    return Optional.empty();
  }

  /** The server names in one file; an unreadable file configures none. */
  public static Set<String> servers(Path file) {
    Set<String> names = new LinkedHashSet<>();
    try {
      JsonNode servers = JSON.readTree(file.toFile()).path("mcpServers");
      servers.fieldNames().forEachRemaining(names::add);
    } catch (JsonProcessingException e) {
      return names; // a broken .mcp.json configures no servers; the linter then says so per tool
    } catch (IOException e) {
      return names;
    }
    return names;
  }
}
