package dev.agentworkbench.quality.fix;

/**
 * What a fixer would change in one file, shown before it is applied.
 *
 * @param diff unified diff; empty when the fixer would change nothing
 * @param checksumWhenRead the file's checksum when the fixer read it (a later change is a conflict)
 */
public record FixPreview(
    String check,
    String tool,
    String file,
    String diff,
    byte[] fixedContent,
    String checksumWhenRead) {

  public boolean changesSomething() {
    return !diff.isEmpty();
  }
}
