package dev.agentworkbench.cli;

import picocli.CommandLine.Option;

/** {@code --page} and {@code --page-size}, as basic-memory's paged tools take them. */
final class PageOptions {
  @Option(names = "--page", defaultValue = "1", description = "The page of results (from 1).")
  int page;

  @Option(names = "--page-size", defaultValue = "10", description = "Results per page.")
  int pageSize;

  /** Refuses a page or page size below 1 with basic-memory's message. */
  void check() throws dev.agentworkbench.memory.NotesException {
    if (page < 1) {
      throw new dev.agentworkbench.memory.NotesException(
          "Error", "INVALID_PAGE", "page must be >= 1, got " + page);
    }
    if (pageSize < 1) {
      throw new dev.agentworkbench.memory.NotesException(
          "Error", "INVALID_PAGE", "page_size must be >= 1, got " + pageSize);
    }
  }
}
