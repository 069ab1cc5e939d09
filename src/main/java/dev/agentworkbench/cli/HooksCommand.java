package dev.agentworkbench.cli;

import dev.agentworkbench.commit.CommitService;
import dev.agentworkbench.commit.WorkbenchLauncher;
import dev.agentworkbench.git.GitException;
import dev.agentworkbench.git.HookInstall;
import dev.agentworkbench.workspace.UserEnvironment;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code workbench hooks install}: the commit-msg hook that makes terminal commits follow the rule.
 */
@Command(
    name = "hooks",
    description = "Install git hooks that apply the agent spec's rules to terminal commits.",
    mixinStandardHelpOptions = true,
    subcommands = {HooksCommand.Install.class})
public final class HooksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Name a subcommand: `hooks install`.");
  }

  /** {@code hooks install [--repo DIR]}. */
  @Command(
      name = "install",
      description = {
        "Install a commit-msg hook that runs `workbench commit-msg check FILE`.",
        "Honours core.hooksPath; an existing commit-msg hook is kept and run first.",
        "The hook calls this workbench by absolute path: $WORKBENCH_LAUNCHER when set (the",
        "launcher script sets it), else the running java command and class path."
      },
      mixinStandardHelpOptions = true)
  public static final class Install implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--repo", paramLabel = "DIR", description = "The repository (default: here).")
    Path repo;

    @Override
    public Integer call() throws GitException {
      UserEnvironment env = UserEnvironment.current();
      CommitService service =
          CommitSetup.service(spec.commandLine(), Optional.ofNullable(repo), Optional.empty(), env);
      HookInstall install = service.installHook(WorkbenchLauncher.current(env));
      var out = spec.commandLine().getOut();
      out.println(install.hook());
      var err = spec.commandLine().getErr();
      err.println(
          (install.updated() ? "Updated" : "Installed")
              + " the commit-msg hook at "
              + install.hook()
              + ".");
      install.chained().ifPresent(c -> err.println("The earlier commit-msg hook runs first: " + c));
      return ExitCode.OK;
    }
  }
}
