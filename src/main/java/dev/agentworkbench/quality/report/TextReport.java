package dev.agentworkbench.quality.report;

import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.QualityReport;

/** The CLI's plain text: one line per check, its findings indented below it. */
public final class TextReport {
  private TextReport() {}

  public static String write(QualityReport report) {
    StringBuilder b = new StringBuilder();
    b.append("Scope: ")
        .append(report.scope().key())
        .append(" (")
        .append(report.files().size())
        .append(" files). ")
        .append(report.scope().note())
        .append('\n');
    for (CheckResult r : report.checks()) {
      b.append(
          String.format(
              "%-8s %-16s %s%s, %d findings, %d ms%n",
              r.name(),
              r.status().label(),
              r.version().map(v -> r.tool() + " " + v).orElse(r.tool()),
              "",
              r.findings().size(),
              r.duration().toMillis()));
      r.message().ifPresent(m -> b.append("    ").append(m).append('\n'));
      for (Finding f : r.findings()) {
        b.append("    ").append(f.file().isEmpty() ? "-" : f.file());
        if (f.line() > 0) {
          b.append(':').append(f.line());
          if (f.column() > 0) {
            b.append(':').append(f.column());
          }
        }
        b.append(' ')
            .append(f.severity().label())
            .append(' ')
            .append(f.rule().isEmpty() ? "" : "[" + f.rule() + "] ")
            .append(f.message().replace("\n", " "))
            .append('\n');
      }
    }
    return b.toString();
  }
}
