package dev.agentworkbench.memory.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates and datetimes Python's {@code datetime.fromisoformat} (3.11 and later) reads, which
 * basic-memory uses for {@code created} and {@code modified}: calendar dates with or without dashes
 * ({@code 2025-03-14}, {@code 20250314}), week dates ({@code 2025-W11-5}), any one character
 * between date and time, times of hours only up to fractions of seconds ({@code 10}, {@code 1030},
 * {@code 10:30:00.5}), and offsets ({@code Z}, {@code +05}, {@code +0530}, {@code +05:30}). A date
 * or a datetime without an offset is in the given zone.
 */
public final class IsoTimestamps {
  private static final Pattern FORM =
      Pattern.compile(
          "(?:(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})|(?<by>\\d{4})(?<bm>\\d{2})(?<bd>\\d{2})"
              + "|(?<wy>\\d{4})-?W(?<w>\\d{2})(?:-?(?<wd>\\d))?)"
              + "(?:.(?<h>\\d{2})(?::?(?<min>\\d{2})(?::?(?<s>\\d{2})(?:[.,](?<f>\\d+))?)?)?"
              + "(?<tz>Z|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2}(?:\\.\\d{1,6})?)?)?)?)?");

  private IsoTimestamps() {}

  public static Optional<Instant> parse(String text, ZoneId zone) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = date(m);
      if (m.group("h") == null) {
        return Optional.of(date.atStartOfDay(zone).toInstant());
      }
      String fraction = m.group("f") == null ? "" : m.group("f");
      int nanos =
          fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
      LocalDateTime t =
          date.atTime(
              LocalTime.of(
                  Integer.parseInt(m.group("h")),
                  m.group("min") == null ? 0 : Integer.parseInt(m.group("min")),
                  m.group("s") == null ? 0 : Integer.parseInt(m.group("s")),
                  nanos));
      String tz = m.group("tz");
      if (tz == null) {
        return Optional.of(t.atZone(zone).toInstant());
      }
      return Optional.of(t.toInstant(offset(tz)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static LocalDate date(Matcher m) {
    if (m.group("y") != null) {
      return LocalDate.of(
          Integer.parseInt(m.group("y")),
          Integer.parseInt(m.group("m")),
          Integer.parseInt(m.group("d")));
    }
    if (m.group("by") != null) {
      return LocalDate.of(
          Integer.parseInt(m.group("by")),
          Integer.parseInt(m.group("bm")),
          Integer.parseInt(m.group("bd")));
    }
    int week = Integer.parseInt(m.group("w"));
    int day = m.group("wd") == null ? 1 : Integer.parseInt(m.group("wd"));
    LocalDate monday =
        LocalDate.of(Integer.parseInt(m.group("wy")), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(DayOfWeek.MONDAY);
    if (week < 1 || week > 53 || day < 1 || day > 7) {
      throw new DateTimeException("no such week day");
    }
    return monday.plusDays(day - 1L);
  }

  private static ZoneOffset offset(String tz) {
    if (tz.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = tz.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int seconds = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
    int total = hours * 3600 + minutes * 60 + seconds;
    return ZoneOffset.ofTotalSeconds(tz.charAt(0) == '-' ? -total : total);
  }
}
