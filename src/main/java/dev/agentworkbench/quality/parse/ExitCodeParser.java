package dev.agentworkbench.quality.parse;

import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.util.List;

/** Only the exit code counts: 0 passes; anything else fails with the last line printed. */
public final class ExitCodeParser implements OutputParser {
  @Override
  public ParsedOutput parse(ToolOutput out) {
    if (out.exitCode() == 0) {
      return ParsedOutput.of(CheckStatus.PASSED, List.of());
    }
    String last = out.lastLine();
    return ParsedOutput.of(
        CheckStatus.FAILED,
        List.of(
            Finding.of(
                out.tool(),
                "exit-" + out.exitCode(),
                Severity.ERROR,
                "",
                0,
                0,
                "exited with " + out.exitCode() + (last.isEmpty() ? "" : ": " + last))));
  }
}
