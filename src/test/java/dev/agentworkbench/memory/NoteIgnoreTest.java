package dev.agentworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteIgnoreTest {

  @Test
  void notesAreJudgedByTheFullRulesEvenThoughMostRulesAreSkippedForThem(@TempDir Path root)
      throws Exception {
    Files.writeString(
        root.resolve(".gitignore"),
        String.join(
            "\n",
            "# drafts",
            "*.md",
            "!keep*.md",
            "secret.md",
            "drafts/",
            "[Tt]odo.md",
            "notes",
            "*.mdx",
            "archive/**",
            "plain.md\\ ",
            ""));
    NoteIgnore ignore = new NoteIgnore(root, Optional.empty());
    List<String> notes =
        List.of(
            "a.md",
            "keep-this.md",
            "sub/keep.md",
            "secret.md",
            "sub/secret.md",
            "todo.md",
            "Todo.md",
            "notes.md",
            "archive/x.md",
            "plain.md",
            "x.MD");
    for (String note : notes) {
      assertThat(ignore.isIgnoredHere(note, false))
          .as(note)
          .isEqualTo(ignore.isIgnored(note, false));
    }
    assertThat(ignore.isIgnoredHere("a.md", false)).isTrue();
    assertThat(ignore.isIgnoredHere("keep-this.md", false)).isFalse();
  }

  @Test
  void aBmignoreWithNoPatternMeansTheDefaultsAndOneWithPatternsReplacesThem(@TempDir Path root)
      throws Exception {
    Path bmignore = root.resolve("state/.bmignore");
    Files.createDirectories(bmignore.getParent());
    Files.writeString(bmignore, "# only comments\n\n   \n");
    NoteIgnore defaults = new NoteIgnore(root, Optional.of(bmignore));
    assertThat(defaults.isIgnored("node_modules", true)).isTrue();
    assertThat(defaults.isIgnored("build/b.md", false)).isTrue();
    Files.writeString(bmignore, "# mine\nscratch\n");
    NoteIgnore own = new NoteIgnore(root, Optional.of(bmignore));
    assertThat(own.isIgnored("scratch/x.md", false)).isTrue();
    assertThat(own.isIgnored("build/b.md", false)).isFalse();
  }

  @Test
  void onlyRulesThatCanMatchANoteFileAreKeptForNotes() {
    assertThat(NoteIgnore.mayMatchNote("*.db")).isFalse();
    assertThat(NoteIgnore.mayMatchNote("node_modules")).isFalse();
    assertThat(NoteIgnore.mayMatchNote("drafts/")).isFalse();
    assertThat(NoteIgnore.mayMatchNote("*~")).isFalse();
    assertThat(NoteIgnore.mayMatchNote(".*")).isTrue();
    assertThat(NoteIgnore.mayMatchNote("*.db*")).isTrue();
    assertThat(NoteIgnore.mayMatchNote("!keep.md")).isTrue();
    assertThat(NoteIgnore.mayMatchNote("*md")).isTrue();
    assertThat(NoteIgnore.mayMatchNote("[Rr]eadme.md")).isTrue();
    assertThat(NoteIgnore.mayMatchNote("*.markdown")).isTrue();
    assertThat(NoteIgnore.mayMatchNote("*.MD")).isTrue();
    assertThat(NoteIgnore.mayMatchNote("*down")).isTrue();
  }
}
