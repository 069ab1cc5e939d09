package dev.agentworkbench.workspace;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * File changes in the workspace, debounced and batched: one event carries every path that changed.
 */
public interface WorkspaceEvents {

  /** Subscribes to changed paths (absolute); closing the returned handle unsubscribes. */
  AutoCloseable subscribe(Consumer<Set<Path>> listener);

  /** Events that never fire: for tests and headless commands that need no watching. */
  WorkspaceEvents NONE = listener -> () -> {};
}
