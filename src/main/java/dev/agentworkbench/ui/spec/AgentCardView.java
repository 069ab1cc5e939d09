package dev.agentworkbench.ui.spec;

import dev.agentworkbench.spec.AgentReading;
import dev.agentworkbench.spec.ToolNames;
import dev.agentworkbench.spec.policy.SpecPolicies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The frontmatter card (tools as chips by server), effective versus intended, and the policies. */
final class AgentCardView extends ScrollPane {
  private final VBox box = new VBox(14);

  AgentCardView() {
    getStyleClass().add("agent-card-view");
    box.setPadding(new Insets(16));
    setContent(box);
    setFitToWidth(true);
  }

  void show(
      AgentReading effective,
      AgentReading intended,
      SpecPolicies policies,
      Optional<Set<String>> servers) {
    box.getChildren()
        .setAll(card(intended, servers), comparison(effective, intended), policies(policies));
  }

  private VBox card(AgentReading a, Optional<Set<String>> servers) {
    VBox card = section("Frontmatter");
    card.getChildren().add(row("name", a.name()));
    card.getChildren().add(row("description", a.description()));
    card.getChildren().add(row("model", a.model().orElse("inherit (default)")));
    card.getChildren().add(row("color", a.color().orElse("none")));
    a.otherKeys().forEach((k, v) -> card.getChildren().add(row(k, v)));
    Map<String, FlowPane> groups = new LinkedHashMap<>();
    for (String tool : a.tools()) {
      String base = ToolNames.base(tool);
      String group = ToolNames.mcpServer(tool).map(s -> "MCP: " + s).orElse("Built-in");
      Label chip = new Label(base.replaceFirst("^mcp__[^_]+(?:_[^_]+)*__", ""));
      chip.getStyleClass().add("tool-chip");
      if (ToolNames.LEGACY.containsKey(base)) {
        chip.getStyleClass().add("tool-chip-legacy");
        chip.setTooltip(new Tooltip("Legacy name: use " + ToolNames.LEGACY.get(base)));
      } else if (ToolNames.mcpServer(tool)
          .map(s -> servers.isPresent() && !servers.get().contains(s))
          .orElse(!ToolNames.BUILT_IN.contains(base))) {
        chip.getStyleClass().add("tool-chip-unknown");
        chip.setTooltip(new Tooltip("Unknown tool or MCP server not in .mcp.json"));
      }
      groups.computeIfAbsent(group, g -> new FlowPane(6, 6)).getChildren().add(chip);
    }
    if (a.tools().isEmpty()) {
      card.getChildren()
          .add(new Label("No tools list: the agent inherits every tool, MCP tools included."));
    }
    groups.forEach(
        (g, pane) -> {
          Label title = new Label(g);
          title.getStyleClass().add("tool-group");
          card.getChildren().addAll(title, pane);
        });
    return card;
  }

  private VBox comparison(AgentReading effective, AgentReading intended) {
    VBox s = section("Effective (what Claude Code loads) versus intended (what the author meant)");
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(6);
    grid.getStyleClass().add("reading-grid");
    grid.addRow(0, header(""), header("Effective"), header("Intended"));
    Label loaded =
        new Label(effective.loaded() ? "Loaded" : effective.notLoadedReason().orElse("Not loaded"));
    loaded.getStyleClass().add(effective.loaded() ? "reading-ok" : "reading-bad");
    loaded.setWrapText(true);
    grid.addRow(1, header("Status"), loaded, new Label("—"));
    grid.addRow(2, header("name"), wrap(effective.name()), wrap(intended.name()));
    Label desc =
        wrap(
            intended.description()
                + (intended.descriptionRecovered() ? "  (recovered from ## Role)" : ""));
    if (intended.descriptionRecovered()) {
      desc.getStyleClass().add("reading-recovered");
    }
    grid.addRow(3, header("description"), wrap(effective.description()), desc);
    grid.addRow(
        4,
        header("tools"),
        wrap(String.join(", ", effective.tools())),
        wrap(String.join(", ", intended.tools())));
    String dropped =
        effective.droppedHeadings().isEmpty()
            ? "—"
            : "Dropped as YAML comments: " + String.join("; ", effective.droppedHeadings());
    grid.addRow(
        5,
        header("headings"),
        wrap(dropped),
        wrap(effective.droppedHeadings().isEmpty() ? "—" : "Shown as headings of the prompt"));
    for (int c = 1; c <= 2; c++) {
      var cc = new javafx.scene.layout.ColumnConstraints();
      cc.setPercentWidth(42);
      cc.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(cc);
    }
    grid.getColumnConstraints().add(0, new javafx.scene.layout.ColumnConstraints(90));
    s.getChildren().add(grid);
    return s;
  }

  private VBox policies(SpecPolicies p) {
    VBox s = section("Policies for the other rooms");
    s.getChildren()
        .add(
            row(
                "memory tools",
                list(p.memory().tools()) + (p.memory().isDefault() ? " (default)" : "")));
    if (!p.memory().forbidden().isEmpty()) {
      s.getChildren().add(row("forbidden", String.join("\n", p.memory().forbidden())));
    }
    String checks =
        String.join(
            "\n",
            p.checks().checks().stream()
                .map(c -> String.join(" ", c.argv()) + (c.takesFiles() ? "  ‹changed files›" : ""))
                .toList());
    s.getChildren()
        .add(
            row(
                "checks",
                checks
                    + (p.checks().isDefault()
                        ? "\n(default: the spec has no checks section)"
                        : "")));
    s.getChildren().add(row("file selection", p.checks().fileSelection()));
    p.checks().notes().forEach(n -> s.getChildren().add(row("note", n)));
    s.getChildren()
        .add(
            row(
                "attribution",
                p.attribution().subjectFormat()
                    + (p.attribution().isDefault() ? " (default)" : "")));
    s.getChildren().add(row("collaborators", list(p.attribution().collaborators())));
    return s;
  }

  private static String list(List<String> items) {
    return items.isEmpty() ? "—" : String.join(", ", items);
  }

  private static VBox section(String title) {
    Label t = new Label(title);
    t.getStyleClass().addAll("title-4", "card-title");
    VBox v = new VBox(8, t);
    v.getStyleClass().add("spec-card");
    v.setPadding(new Insets(12));
    return v;
  }

  private static GridPane row(String key, String value) {
    GridPane g = new GridPane();
    g.setHgap(12);
    Label k = header(key);
    k.setMinWidth(110);
    g.addRow(0, k, wrap(value));
    return g;
  }

  private static Label header(String s) {
    Label l = new Label(s);
    l.getStyleClass().add("card-key");
    return l;
  }

  private static Label wrap(String s) {
    Label l = new Label(s);
    l.setWrapText(true);
    return l;
  }
}
