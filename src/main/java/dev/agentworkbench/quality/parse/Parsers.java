package dev.agentworkbench.quality.parse;

import dev.agentworkbench.quality.plan.OutputKind;

/** The parser for each output kind. */
public final class Parsers {
  private Parsers() {}

  public static OutputParser forKind(OutputKind kind, String tool) {
    return switch (kind) {
      case PYRIGHT_JSON -> new PyrightParser();
      case RUFF_JSON -> new RuffParser();
      case BLACK_CHECK -> new BlackParser();
      case ISORT_CHECK -> new IsortParser();
      case BANDIT_JSON -> new BanditParser();
      case JUNIT_XML -> new JUnitParser(tool.equals("pytest"));
      case SARIF -> new SarifParser();
      case JSON_LINES -> new JsonLinesParser();
      case EXIT_CODE -> new ExitCodeParser();
    };
  }
}
