package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoteExtensionsTest {
  @Test
  void aNoteEndsInMdOrMarkdownInAnyCaseAfterANonEmptyName() {
    assertTrue(NoteExtensions.isNote("people/Ada.md"));
    assertTrue(NoteExtensions.isNote("Ada.MD"));
    assertTrue(NoteExtensions.isNote("v1.2/Notes.Markdown"));
    assertFalse(NoteExtensions.isNote("people/.md"), "a hidden name, no extension");
    assertFalse(NoteExtensions.isNote(".markdown"));
    assertFalse(NoteExtensions.isNote("notes.txt"));
    assertFalse(NoteExtensions.isNote("README.mdx"));
    assertEquals("v1.2/Notes", NoteExtensions.strip("v1.2/Notes.Markdown"));
    assertEquals("people/.md", NoteExtensions.strip("people/.md"));
    assertEquals(".MD", NoteExtensions.of("Ada.MD"));
    assertEquals("", NoteExtensions.of("Ada.txt"));
  }
}
