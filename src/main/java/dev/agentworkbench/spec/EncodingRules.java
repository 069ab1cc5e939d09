package dev.agentworkbench.spec;

import java.util.List;

/** ENC001 mojibake (Mac Roman, Windows-1252) with its exact repair; ENC002 bytes not UTF-8. */
final class EncodingRules {
  private EncodingRules() {}

  static void check(SpecDocument doc, List<Diagnostic> out) {
    if (!doc.validUtf8()) {
      out.add(
          Diagnostic.of(
              "ENC002",
              Severity.ERROR,
              doc.lines(),
              0,
              "The file is not valid UTF-8. Re-save it as UTF-8; fixes are withheld so no byte is"
                  + " changed by accident."));
    }
    for (Mojibake.Repair r : Mojibake.find(doc.text())) {
      String message =
          "Garbled text \""
              + r.original()
              + "\" is UTF-8 read as "
              + r.encoding()
              + "; it should read \""
              + r.repaired()
              + "\". Apply the fix to restore it.";
      out.add(
          Diagnostic.of("ENC001", Severity.WARNING, doc.lines(), r.start(), message)
              .withFix(
                  Fix.of(
                      "Restore \"" + r.repaired() + "\"",
                      new TextEdit(r.start(), r.end(), r.repaired()))));
    }
  }
}
