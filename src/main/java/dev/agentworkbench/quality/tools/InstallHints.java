package dev.agentworkbench.quality.tools;

/** How to install each tool, in one line the user can act on. */
public final class InstallHints {
  private InstallHints() {}

  public static String forTool(String tool) {
    String where =
        " Or set its path in the Quality room's settings (a .venv, venv or node_modules/.bin in"
            + " the repository is found on its own).";
    return switch (tool) {
      case "pyright" -> "Install pyright: npm install -g pyright (needs Node.js)." + where;
      case "black" ->
          "Install black: pip install black (Debian/Ubuntu: apt install black)." + where;
      case "isort" ->
          "Install isort: pip install isort (Debian/Ubuntu: apt install isort)." + where;
      case "ruff" -> "Install ruff: pip install ruff (or pipx install ruff)." + where;
      case "bandit" ->
          "Install bandit: pip install bandit (1.7 or newer; Debian's 1.6.2 misses some checks)."
              + where;
      case "pytest" ->
          "Install pytest: pip install pytest (Debian/Ubuntu: apt install python3-pytest)." + where;
      default -> "Install the program this check runs, or give its full path in the check." + where;
    };
  }
}
