package dev.agentworkbench.workspace.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.workspace.UserEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreedesktopTrashTest {
  @TempDir Path temp;

  private FreedesktopTrash trash() {
    return FreedesktopTrash.of(
            new UserEnvironment(
                temp.resolve("home"),
                Map.of("XDG_DATA_HOME", temp.resolve("data").toString()),
                UserEnvironment.OperatingSystem.LINUX))
        .orElseThrow();
  }

  @Test
  void aTrashedFileKeepsWhereItCameFromAndASecondOfTheSameNameIsNumbered() throws Exception {
    FreedesktopTrash trash = trash();
    Path notes = Files.createDirectories(temp.resolve("notes/été"));
    Path first = Files.writeString(notes.resolve("Plan #1.md"), "first");
    assertTrue(trash.holds(first));
    trash.moveToTrash(first);
    assertFalse(Files.exists(first));
    assertEquals("first", Files.readString(temp.resolve("data/Trash/files/Plan #1.md")));
    String info = Files.readString(temp.resolve("data/Trash/info/Plan #1.md.trashinfo"));
    assertTrue(info.startsWith("[Trash Info]\nPath=/"), info);
    assertTrue(info.contains("/notes/%C3%A9t%C3%A9/Plan%20%231.md\n"), info);
    assertTrue(
        info.matches("(?s).*\nDeletionDate=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\n"), info);

    Path second = Files.writeString(notes.resolve("Plan #1.md"), "second");
    trash.moveToTrash(second);
    assertEquals("second", Files.readString(temp.resolve("data/Trash/files/Plan #1.2.md")));
    assertTrue(Files.exists(temp.resolve("data/Trash/info/Plan #1.2.md.trashinfo")));
    assertEquals("first", Files.readString(temp.resolve("data/Trash/files/Plan #1.md")));
  }

  @Test
  void aFolderGoesWholeAndThereIsNoSuchTrashOnWindowsOrMacos() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("notes/ml/runs"));
    Files.writeString(folder.resolve("a.md"), "a");
    trash().moveToTrash(temp.resolve("notes/ml"));
    assertTrue(Files.exists(temp.resolve("data/Trash/files/ml/runs/a.md")));
    assertFalse(Files.exists(temp.resolve("notes/ml")));
    for (UserEnvironment.OperatingSystem os :
        new UserEnvironment.OperatingSystem[] {
          UserEnvironment.OperatingSystem.WINDOWS, UserEnvironment.OperatingSystem.MACOS
        }) {
      assertTrue(FreedesktopTrash.of(new UserEnvironment(temp, Map.of(), os)).isEmpty());
    }
    assertEquals(
        temp.resolve("home/.local/share/Trash"),
        FreedesktopTrash.of(
                new UserEnvironment(
                    temp.resolve("home"), Map.of(), UserEnvironment.OperatingSystem.LINUX))
            .orElseThrow()
            .root(),
        "the default place, without XDG_DATA_HOME");
  }

  @Test
  void aLongNameIsShortenedALinkGoesItselfAndTheTrashIsTheUsersAlone() throws Exception {
    FreedesktopTrash trash = trash();
    Path notes = Files.createDirectories(temp.resolve("notes"));
    String longName = "é".repeat(120) + ".md"; // 243 bytes: no room left for ".trashinfo"
    Path note = Files.writeString(notes.resolve(longName), "long");
    trash.moveToTrash(note);
    String kept = FreedesktopTrash.fitting(longName);
    assertTrue(
        kept.endsWith(".md")
            && kept.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 235);
    assertEquals("long", Files.readString(temp.resolve("data/Trash/files/" + kept)));
    assertTrue(Files.exists(temp.resolve("data/Trash/info/" + kept + ".trashinfo")));
    assertEquals(
        "rwx------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(temp.resolve("data/Trash/files"))));

    Path elsewhere = Files.writeString(temp.resolve("elsewhere.md"), "kept");
    Path link = Files.createSymbolicLink(notes.resolve("link.md"), elsewhere);
    assertTrue(trash.holds(link));
    trash.moveToTrash(link);
    assertTrue(Files.isSymbolicLink(temp.resolve("data/Trash/files/link.md")), "the link itself");
    assertEquals("kept", Files.readString(elsewhere), "what it points to is left alone");
  }
}
