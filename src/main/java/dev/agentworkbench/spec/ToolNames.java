package dev.agentworkbench.spec;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What Claude Code knows about tool names: the built-ins, the legacy names, MCP name parts. */
public final class ToolNames {
  /** The current built-in tools (Claude Code tools reference). */
  public static final Set<String> BUILT_IN =
      Set.of(
          "Agent",
          "Bash",
          "BashOutput",
          "Edit",
          "Glob",
          "Grep",
          "KillShell",
          "LSP",
          "NotebookEdit",
          "PowerShell",
          "Read",
          "Skill",
          "SlashCommand",
          "TodoWrite",
          "ToolSearch",
          "WebFetch",
          "WebSearch",
          "Write",
          "TaskCreate",
          "TaskGet",
          "TaskList",
          "TaskOutput",
          "TaskStop",
          "TaskUpdate",
          "CronCreate",
          "CronDelete",
          "CronList",
          "EnterWorktree",
          "ExitWorktree",
          "AskUserQuestion",
          "EnterPlanMode",
          "ExitPlanMode",
          "ScheduleWakeup",
          "WaitForMcpServers");

  /** The built-ins a new-agent form offers, most used first. */
  public static final java.util.List<String> COMMON =
      java.util.List.of(
          "Read",
          "Edit",
          "Write",
          "Bash",
          "Grep",
          "Glob",
          "WebFetch",
          "WebSearch",
          "TodoWrite",
          "NotebookEdit",
          "Agent");

  /** Legacy names and what replaces them today. */
  public static final Map<String, String> LEGACY =
      Map.of("LS", "Glob", "MultiEdit", "Edit", "Task", "Agent");

  private ToolNames() {}

  /** The tool name without an argument pattern: {@code Bash(git:*)} is {@code Bash}. */
  public static String base(String tool) {
    int p = tool.indexOf('(');
    return (p < 0 ? tool : tool.substring(0, p)).strip();
  }

  /** The MCP server part of {@code mcp__server__tool} or {@code mcp__server}. */
  public static Optional<String> mcpServer(String tool) {
    String t = base(tool);
    if (!t.startsWith("mcp__")) {
      return Optional.empty();
    }
    String rest = t.substring(5);
    int sep = rest.indexOf("__");
    return Optional.of(sep < 0 ? rest : rest.substring(0, sep)).filter(s -> !s.isEmpty());
  }

  /** Same server spelled differently: case, {@code _} for {@code -}, or one or two typos. */
  public static boolean sameServerSpelledDifferently(String written, String configured) {
    String a = written.toLowerCase(Locale.ROOT).replace('_', '-');
    String b = configured.toLowerCase(Locale.ROOT).replace('_', '-');
    return a.equals(b) || Math.min(a.length(), b.length()) > 4 && distance(a, b) <= 2;
  }

  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
      return 3;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
