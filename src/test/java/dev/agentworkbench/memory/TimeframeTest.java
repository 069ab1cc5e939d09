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
}
