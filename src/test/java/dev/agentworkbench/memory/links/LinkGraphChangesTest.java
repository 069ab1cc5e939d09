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

  @Test
  void manySuccessiveChangesGiveTheGraphRebuiltEachTimeAndLeaveTheFirstAsItWas() {
    java.util.Random random = new java.util.Random(3);
    String[] titles = {"Alpha", "Beta", "Shared", "Gamma", "Delta", "Epsilon"};
    Map<String, NoteSummary> notes = new TreeMap<>();
    for (int i = 0; i < 120; i++) {
      String path = "f" + (i % 7) + "/n" + i + ".md";
      notes.put(path, note(path, titles[i % titles.length] + (i % 3 == 0 ? "" : " " + i)));
    }
    List<NoteSummary> first = List.copyOf(notes.values());
    LinkGraph graph = new LinkGraph(first, "main");
    LinkGraph firstGraph = graph;
    Map<String, List<String>> firstView = view(graph, first);
    // enough generations, with enough changes, that the tables fold their changes more than once
    for (int step = 0; step < 150; step++) {
      List<String> changed = new ArrayList<>();
      for (int c = 0; c < 1 + random.nextInt(4); c++) {
        int i = random.nextInt(160);
        String path = "f" + (i % 7) + "/n" + i + ".md";
        changed.add(path);
        if (random.nextInt(5) == 0) {
          notes.remove(path);
        } else {
          String title =
              titles[random.nextInt(titles.length)] + (random.nextBoolean() ? "" : " " + i);
          String[] links = new String[random.nextInt(3)];
          for (int l = 0; l < links.length; l++) {
            int j = random.nextInt(160);
            links[l] = random.nextBoolean() ? titles[j % titles.length] : "f" + (j % 7) + "/n" + j;
          }
          notes.put(path, note(path, title, links));
        }
      }
      graph =
          graph.withChanges(
              changed, changed.stream().distinct().map(notes::get).filter(n -> n != null).toList());
      if (step % 10 == 9) {
        List<NoteSummary> now = List.copyOf(notes.values());
        assertThat(view(graph, now))
            .as("after step %d", step)
            .isEqualTo(view(new LinkGraph(now, "main"), now));
      }
    }
    assertThat(view(firstGraph, first))
        .as("the first graph is left as it was")
        .isEqualTo(firstView);
  }
}
