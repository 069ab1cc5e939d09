package dev.agentworkbench.cli;

import dev.agentworkbench.spec.AgentCatalog;
import dev.agentworkbench.spec.CatalogEntry;
import dev.agentworkbench.spec.Severity;
import dev.agentworkbench.spec.SpecService;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceLocator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench spec list}: the workspace's agents with precedence and diagnostic counts. */
@Command(
    name = "list",
    description = "List the workspace's agents (project over user) with diagnostics counts.",
    mixinStandardHelpOptions = true)
final class SpecListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "Workspace folder (default: current folder).")
  Path workspace = Path.of(".");

  @Option(names = "--json", description = "Print the catalog as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Workspace ws = new WorkspaceLocator(UserEnvironment.current()).open(workspace);
      AgentCatalog catalog = new SpecService().catalog(ws);
      if (json) {
        out.println(SpecJson.write(catalog.entries().stream().map(SpecJson::entry).toList()));
      } else {
        text(catalog, out, err);
      }
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("workbench spec list: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }

  private static void text(AgentCatalog catalog, PrintWriter out, PrintWriter err) {
    if (catalog.entries().isEmpty()) {
      err.println("No agent specs found (.claude/agents in the workspace or the user's home).");
    }
    out.printf(
        "%-28s %-8s %-11s %6s %8s %5s  %s%n",
        "NAME", "SCOPE", "STATUS", "ERRORS", "WARNINGS", "INFOS", "FILE");
    for (CatalogEntry e : catalog.entries()) {
      out.printf(
          "%-28s %-8s %-11s %6d %8d %5d  %s%s%n",
          e.name(),
          e.scope().name().toLowerCase(java.util.Locale.ROOT),
          e.statusLabel(),
          e.count(Severity.ERROR),
          e.count(Severity.WARNING),
          e.count(Severity.INFO),
          e.file(),
          e.shadowedBy()
              .map(
                  p ->
                      "  ("
                          + (e.status() == CatalogEntry.Status.SHADOWED
                              ? "shadowed by "
                              : "duplicate of ")
                          + p
                          + ")")
              .orElse(""));
    }
  }
}
