package dev.agentworkbench.spec;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The spec whose policies apply in a workspace: a project agent's file, or the bundled sample spec
 * when the workspace has none ({@code sample} true, {@code file} empty).
 */
public record ActiveSpec(String name, Optional<Path> file, boolean sample, SpecDocument document) {}
