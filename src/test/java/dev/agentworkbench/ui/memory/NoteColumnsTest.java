package dev.agentworkbench.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NoteColumnsTest {
  private final Clock noonInParis =
      Clock.fixed(Instant.parse("2026-11-27T11:00:00Z"), ZoneId.of("Europe/Paris"));

  @Test
  void aNoteModifiedTodayShowsTheTimeAndAnOlderOneTheDay() {
    assertEquals(
        "09:30", NoteColumns.shortDate(Instant.parse("2026-11-27T08:30:00Z"), noonInParis));
    assertEquals(
        "2026-11-26", NoteColumns.shortDate(Instant.parse("2026-11-26T22:59:00Z"), noonInParis));
    // 23:30 UTC on the 26th is already the 27th in Paris: today, not yesterday
    assertEquals(
        "00:30", NoteColumns.shortDate(Instant.parse("2026-11-26T23:30:00Z"), noonInParis));
    assertEquals(
        "2025-03-01", NoteColumns.shortDate(Instant.parse("2025-03-01T12:00:00Z"), noonInParis));
  }
}
