package dev.agentworkbench.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * basic-memory's timeframes: {@code 7d}, {@code 24h}, {@code 2 weeks}, {@code 3 days ago}, {@code
 * last week}, {@code today}; always at least one day back, never more than a year.
 */
public final class Timeframe {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([mhdwy])");
  private static final Pattern LONG =
      Pattern.compile("(\\d+|a|an|one)\\s*(minute|hour|day|week|month|year)s?(\\s+ago)?");

  private Timeframe() {}

  /**
   * The instant a date filter names: an ISO date (its start, in {@code zone}), an ISO date and time
   * (local time in {@code zone} when it has no offset; a space may stand for the T), or a timeframe
   * reaching back from now.
   */
  public static Instant after(String value, Instant now, java.time.ZoneId zone)
      throws NotesException {
    Instant date = isoDate(value.strip().toLowerCase(Locale.ROOT), zone);
    return date != null ? date : since(value, now, zone);
  }

  /** The instant the timeframe reaches back to, from now, in this machine's time zone. */
  public static Instant since(String timeframe, Instant now) throws NotesException {
    return since(timeframe, now, java.time.ZoneId.systemDefault());
  }

  /**
   * The instant the timeframe reaches back to, as basic-memory's dateparser reads it: a span back
   * from now ({@code 7d}, {@code 2 weeks}, {@code 1 month} as a calendar month, {@code yesterday})
   * or a date ({@code 2026-11-01}, from its start in {@code zone}), kept as whole days back from
   * now as basic-memory keeps it. Always at least one day back, never more than a year, never in
   * the future.
   */
  public static Instant since(String timeframe, Instant now, java.time.ZoneId zone)
      throws NotesException {
    String t = timeframe.strip().toLowerCase(Locale.ROOT);
    Instant start = isoDate(t, zone);
    if (start == null) {
      Matcher months = MONTHS.matcher(t);
      start =
          months.matches()
              ? now.atZone(zone).minusMonths(count(months.group(1))).toInstant()
              : now.minus(duration(t));
    }
    if (start.isAfter(now.plusSeconds(60))) {
      throw new NotesException("Error", "INVALID_TIMEFRAME", "Timeframe cannot be in the future");
    }
    // basic-memory keeps whole days of it (validate_timeframe: f"{days}d"), at least one
    long days = Duration.between(start, now).toDays();
    if (days > 365) {
      throw new NotesException("Error", "INVALID_TIMEFRAME", "Timeframe should be <= 1 year");
    }
    return now.minus(Duration.ofDays(Math.max(1, days)));
  }

  private static final Pattern MONTHS =
      Pattern.compile("(\\d+|a|an|one)\\s*months?(\\s+ago)?|(last|this) month");

  private static long count(String n) {
    return n != null && n.chars().allMatch(Character::isDigit) ? Long.parseLong(n) : 1;
  }

  /** An ISO date (its start in {@code zone}) or date and time, or null when it is neither. */
  private static Instant isoDate(String t, java.time.ZoneId zone) {
    try {
      if (t.length() == 10) {
        return java.time.LocalDate.parse(t).atStartOfDay(zone).toInstant();
      }
      if (t.length() > 10 && (t.charAt(10) == 't' || t.charAt(10) == ' ')) {
        String iso = t.substring(0, 10) + "T" + t.substring(11).toUpperCase(Locale.ROOT);
        try {
          return java.time.OffsetDateTime.parse(iso).toInstant();
        } catch (java.time.format.DateTimeParseException noOffset) {
          return java.time.LocalDateTime.parse(iso).atZone(zone).toInstant();
        }
      }
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
    return null;
  }

  private static Duration duration(String t) throws NotesException {
    switch (t) {
      case "today":
        return Duration.ofDays(1);
      case "yesterday":
        return Duration.ofDays(1);
      case "last week":
      case "this week":
        return Duration.ofDays(7);
      case "last year":
        return Duration.ofDays(365);
      default:
        break;
    }
    Matcher s = SHORT.matcher(t);
    if (s.matches()) {
      return unit(Long.parseLong(s.group(1)), s.group(2));
    }
    Matcher l = LONG.matcher(t);
    if (l.matches()) {
      String n = l.group(1);
      long count = n.chars().allMatch(Character::isDigit) ? Long.parseLong(n) : 1;
      String unit = l.group(2);
      if (unit.equals("month")) {
        return Duration.ofDays(30 * count);
      }
      return unit(count, unit.equals("minute") ? "m" : unit.substring(0, 1));
    }
    throw new NotesException(
        "Error",
        "INVALID_TIMEFRAME",
        "Invalid timeframe: '" + t + "'. Use forms like '7d', '24h', '2 weeks', 'today'.");
  }

  private static Duration unit(long n, String unit) {
    return switch (unit) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "w" -> Duration.ofDays(7 * n);
      case "y" -> Duration.ofDays(365 * n);
      default -> Duration.ofDays(n);
    };
  }
}
