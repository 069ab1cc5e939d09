package dev.agentworkbench.memory.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentworkbench.memory.NoteSummary;
import dev.agentworkbench.memory.Relation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LinkGraphChangesTest {

  private static NoteSummary note(String path, String title, String... links) {
    List<Relation> relations = new ArrayList<>();
    for (String l : links) {
      relations.add(new Relation("links_to", l, Optional.empty()));
    }
    String permalink = "main/" + path.replace(".md", "").toLowerCase();
    return new NoteSummary(
        path,
        title,
        "note",
        permalink,
        List.of(),
        relations,
        List.of(),
        Instant.EPOCH,
        Instant.EPOCH);
  }

  /** Everything a user sees of the graph: each note's backlinks and where each link leads. */
  private static Map<String, List<String>> view(LinkGraph g, List<NoteSummary> notes) {
    Map<String, List<String>> out = new TreeMap<>();
    for (NoteSummary n : notes) {
      out.put(
          "backlinks of " + n.filePath(),
          g.backlinks(n.filePath()).stream()
              .map(b -> b.source().filePath() + " " + b.relation().target())
              .sorted()
              .toList());
      for (Relation r : n.relations()) {
        out.put(
            n.filePath() + " -> " + r.target(),
            List.of(
                g.resolve(r.target(), Optional.of(n.filePath()))
                    .map(NoteSummary::filePath)
                    .orElse("(unresolved)")));
      }
    }
    for (String name : List.of("Shared", "shared", "a/alpha", "Gamma", "Delta")) {
      out.put(
          "resolve " + name,
          List.of(g.resolve(name, Optional.empty()).map(NoteSummary::filePath).orElse("-")));
    }
    return out;
  }

  @Test
  void aChangedGraphIsTheGraphRebuiltFromTheChangedNotes() {
    List<NoteSummary> before =
        List.of(
            note("a/alpha.md", "Alpha", "Beta", "Shared", "Gamma"),
            note("b/beta.md", "Beta", "Alpha", "a/alpha"),
            note("a/shared.md", "Shared", "Beta"),
            note("b/shared.md", "Shared"),
            note("c/gamma.md", "Gamma", "Shared"));
    LinkGraph old = new LinkGraph(before, "main");
    Map<String, List<String>> oldView = view(old, before);

    // beta renamed and relinked, one of the two "Shared" deleted, gamma's link dropped, delta added
    List<NoteSummary> after =
        List.of(
            note("a/alpha.md", "Alpha", "Beta", "Shared", "Gamma"),
            note("b/beta.md", "Delta", "Gamma"),
            note("b/shared.md", "Shared"),
            note("c/gamma.md", "Gamma"),
            note("d/delta.md", "Delta", "Alpha", "Shared"));
    List<String> changed = List.of("b/beta.md", "a/shared.md", "c/gamma.md", "d/delta.md");
    LinkGraph changedGraph =
        old.withChanges(
            changed, after.stream().filter(n -> changed.contains(n.filePath())).toList());

    assertThat(view(changedGraph, after)).isEqualTo(view(new LinkGraph(after, "main"), after));
    assertThat(view(changedGraph, after)).isNotEqualTo(oldView);
    assertThat(view(old, before)).as("the old graph is left as it was").isEqualTo(oldView);
  }
}
