package dev.agentworkbench.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A room's empty state: an icon, what is missing, and buttons for the next step. */
public final class EmptyState extends VBox {
  public static final String STYLE_CLASS = "empty-state";

  public EmptyState(Ikon icon, String title, String explanation, Button... nextSteps) {
    getStyleClass().add(STYLE_CLASS);
    setAlignment(Pos.CENTER);
    setSpacing(12);
    FontIcon glyph = new FontIcon(icon);
    glyph.getStyleClass().add("empty-state-icon");
    Label heading = new Label(title);
    heading.getStyleClass().addAll("title-3", "empty-state-title");
    Label text = new Label(explanation);
    text.getStyleClass().add("empty-state-text");
    text.setWrapText(true);
    text.setMaxWidth(460);
    text.setAlignment(Pos.CENTER);
    text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    HBox buttons = new HBox(8, nextSteps);
    buttons.setAlignment(Pos.CENTER);
    getChildren().addAll(glyph, heading, text, buttons);
  }

  public static Button step(String label, Runnable action, boolean primary) {
    Button b = new Button(label);
    if (primary) {
      b.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
      b.setDefaultButton(false);
    }
    b.setOnAction(e -> action.run());
    return b;
  }
}
