package dev.agentworkbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {
  @TempDir Path dir;

  @Test
  void remembersThemeWindowAndRecentWorkspacesBetweenRuns() throws Exception {
    AppSettings first = AppSettings.load(dir);
    first.put("theme", "dark");
    first.put("window.width", 1000.0);
    first.rememberWorkspace(dir.resolve("a"));
    first.rememberWorkspace(dir.resolve("b"));
    first.rememberWorkspace(dir.resolve("a"));
    first.save();

    AppSettings second = AppSettings.load(dir);
    assertEquals("dark", second.string("theme").orElseThrow());
    assertEquals(1000.0, second.number("window.width").orElseThrow());
    assertEquals(List.of(dir.resolve("a"), dir.resolve("b")), second.recentWorkspaces());
  }

  @Test
  void aBrokenSettingsFileIsKeptAsideAndReported() throws Exception {
    Files.writeString(dir.resolve("settings.json"), "{{{");
    AppSettings settings = AppSettings.load(dir);
    assertTrue(settings.problem().isPresent());
    try (var files = Files.list(dir)) {
      assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("settings.broken-")));
    }
  }
}
