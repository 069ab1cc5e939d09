package dev.agentworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentworkbench.workspace.AppSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourViewModelTest {
  @TempDir Path dir;
  private final List<String> rooms = new ArrayList<>();
  private int samplesOpened;
  private int saves;

  private TourViewModel tour(AppSettings settings) {
    return new TourViewModel(settings, rooms::add, () -> samplesOpened++, () -> saves++);
  }

  @Test
  void walksTheFourRoomsOnTheSampleAndIsNotShownAgain() {
    AppSettings settings = AppSettings.load(dir);
    TourViewModel tour = tour(settings);
    tour.offerOnFirstRun();
    assertTrue(tour.visible().get());

    for (int i = 0; i < TourViewModel.STEPS.size(); i++) {
      tour.next();
    }

    assertEquals(1, samplesOpened, "the sample workspace opens once, when the tour starts");
    assertEquals(List.of("spec", "memory", "quality", "commit"), rooms);
    assertFalse(tour.visible().get());
    assertEquals(1, saves);
    TourViewModel again = tour(settings);
    again.offerOnFirstRun();
    assertFalse(again.visible().get(), "a finished tour is not offered again");
  }

  @Test
  void skippingIsRememberedAndThePaletteCanStartItAgain() {
    AppSettings settings = AppSettings.load(dir);
    TourViewModel tour = tour(settings);
    tour.offerOnFirstRun();
    tour.finish();
    assertEquals(0, samplesOpened, "skipping on the welcome step creates nothing");
    assertTrue(settings.flag(TourViewModel.SEEN, false));

    tour.start();
    assertTrue(tour.visible().get());
    assertEquals("Welcome to Agent Workbench", tour.current().title());
  }
}
