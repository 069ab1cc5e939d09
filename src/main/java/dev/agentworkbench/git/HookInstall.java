package dev.agentworkbench.git;

import java.nio.file.Path;
import java.util.Optional;

/** Where the commit-msg hook was installed and which existing hook it now chains to. */
public record HookInstall(Path hook, Optional<Path> chained, boolean updated) {}
