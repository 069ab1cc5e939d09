package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeframeTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  @Test
  void aDateAndTimeWithoutAnOffsetIsLocalTimeAndMayHaveASpace() throws Exception {
    Instant local = Instant.parse("2024-06-01T10:00:00Z"); // 12:00 in Paris (summer time)
    assertEquals(local, Timeframe.after("2024-06-01T12:00:00", NOW, PARIS));
    assertEquals(local, Timeframe.after("2024-06-01 12:00", NOW, PARIS));
    assertEquals(local, Timeframe.after("2024-06-01T10:00:00Z", NOW, PARIS));
    assertEquals(Instant.parse("2024-05-31T22:00:00Z"), Timeframe.after("2024-06-01", NOW, PARIS));
    assertEquals(Instant.parse("2026-11-25T12:00:00Z"), Timeframe.after("2d", NOW, PARIS));
  }

  @Test
  void timeframesAreReadAsDateparserReadsThem() throws Exception {
    assertEquals(Instant.parse("2026-11-26T12:00:00Z"), Timeframe.since("yesterday", NOW, PARIS));
    assertEquals(Instant.parse("2026-11-26T12:00:00Z"), Timeframe.since("today", NOW, PARIS));
    assertEquals(Instant.parse("2026-11-20T12:00:00Z"), Timeframe.since("7d", NOW, PARIS));
    // a calendar month back, not 30 days
    assertEquals(Instant.parse("2026-10-27T12:00:00Z"), Timeframe.since("1 month", NOW, PARIS));
    // 92 days and an hour back (summer time then): whole days, as basic-memory keeps them
    assertEquals(
        Instant.parse("2026-08-27T12:00:00Z"), Timeframe.since("3 months ago", NOW, PARIS));
    assertEquals(Instant.parse("2026-11-26T12:00:00Z"), Timeframe.since("36h", NOW, PARIS));
    assertEquals(Instant.parse("2026-10-27T12:00:00Z"), Timeframe.since("last month", NOW, PARIS));
    // a date: the whole days since its start in the user's time zone (26 days and 13 hours)
    assertEquals(Instant.parse("2026-11-01T12:00:00Z"), Timeframe.since("2026-11-01", NOW, PARIS));
    NotesException future =
        org.junit.jupiter.api.Assertions.assertThrows(
            NotesException.class, () -> Timeframe.since("2026-12-25", NOW, PARIS));
    assertEquals("Timeframe cannot be in the future", future.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(
        NotesException.class, () -> Timeframe.since("2024-01-01", NOW, PARIS));
    org.junit.jupiter.api.Assertions.assertThrows(
        NotesException.class, () -> Timeframe.since("someday", NOW, PARIS));
  }
}
