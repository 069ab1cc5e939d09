package dev.agentworkbench.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * The two themes the user switches between; the choice is remembered in the settings. The binary
 * form of the theme stylesheets (.bss) is used: it loads without parsing CSS text.
 */
public enum Theme {
  LIGHT("Light", new PrimerLight().getUserAgentStylesheetBSS()),
  DARK("Dark", new PrimerDark().getUserAgentStylesheetBSS());

  private final String label;
  private final String stylesheet;

  Theme(String label, String stylesheet) {
    this.label = label;
    this.stylesheet = stylesheet;
  }

  public String label() {
    return label;
  }

  public void apply() {
    Application.setUserAgentStylesheet(stylesheet);
  }

  public Theme other() {
    return this == LIGHT ? DARK : LIGHT;
  }

  public static Theme parse(String name) {
    for (Theme t : values()) {
      if (t.name().equalsIgnoreCase(name)) {
        return t;
      }
    }
    return LIGHT;
  }
}
