package dev.agentworkbench.cli;

import picocli.CommandLine.Option;

/** {@code --page} and {@code --page-size}, as basic-memory's paged tools take them. */
final class PageOptions {
  @Option(names = "--page", defaultValue = "1", description = "The page of results (from 1).")
  int page;

  @Option(names = "--page-size", defaultValue = "10", description = "Results per page.")
  int pageSize;
}
