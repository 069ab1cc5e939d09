package dev.agentworkbench.spec.policy;

import java.util.List;

/**
 * What the spec says about memory: the basic-memory tools it gives or tells the agent to use,
 * patterns it forbids (for example writing notes with the Write tool), and folder hints.
 */
public record MemoryPolicy(
    List<String> tools,
    List<String> forbidden,
    List<String> folderHints,
    boolean isDefault,
    SourceLines source) {

  public MemoryPolicy {
    tools = List.copyOf(tools);
    forbidden = List.copyOf(forbidden);
    folderHints = List.copyOf(folderHints);
  }

  public static MemoryPolicy defaults() {
    return new MemoryPolicy(List.of(), List.of(), List.of(), true, SourceLines.DEFAULT);
  }
}
