package dev.agentworkbench.memory.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The types PyYAML's {@code safe_load} gives plain scalars (YAML 1.1, which basic-memory reads
 * frontmatter with), for snakeyaml-engine, which speaks YAML 1.2: {@code yes}/{@code on} are
 * booleans, {@code ~} is null, {@code 0x1F}, {@code 017}, {@code 1_000} and {@code 1:30} are
 * integers, {@code 1e3} (no dot) is a string, and dates and datetimes are timestamps. The patterns
 * and constructions are those of PyYAML's {@code resolver.py} and {@code constructor.py}; {@link
 * Frontmatter#normalise} then writes each value as basic-memory's {@code str()} would.
 */
final class PyYamlSchema implements Schema {
  static final Tag TIMESTAMP = new Tag(Tag.PREFIX + "timestamp");

  static final Pattern BOOL =
      Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+][0-9]+)?"
              + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
  static final Pattern INT =
      Pattern.compile(
          "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  static final Pattern TIMESTAMP_FORM =
      Pattern.compile(
          "(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})"
              + "(?:(?:[Tt]|[ \\t]+)(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})"
              + "(?:\\.(?<fraction>[0-9]*))?"
              + "(?:[ \\t]*(?<tz>Z|(?<sign>[-+])(?<tzhour>[0-9]{1,2})(?::(?<tzminute>[0-9]{2}))?))?)?");
  private static final Pattern DATE_ONLY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Which tag a plain scalar gets; a quoted one is always a string. */
  static final class Resolver implements ScalarResolver {
    @Override
    public Tag resolve(String value, Boolean implicit) {
      if (!implicit) {
        return Tag.STR;
      }
      if (NULL.matcher(value).matches()) {
        return Tag.NULL;
      }
      if (BOOL.matcher(value).matches()) {
        return Tag.BOOL;
      }
      if (INT.matcher(value).matches()) {
        return Tag.INT;
      }
      if (FLOAT.matcher(value).matches()) {
        return Tag.FLOAT;
      }
      if (DATE_ONLY.matcher(value).matches() || isDateTime(value)) {
        return TIMESTAMP;
      }
      return Tag.STR;
    }

    private static boolean isDateTime(String value) {
      Matcher m = TIMESTAMP_FORM.matcher(value);
      return m.matches() && m.group("hour") != null;
    }
  }

  private static final Resolver RESOLVER = new Resolver();

  /**
   * True when PyYAML would not read this plain scalar back as a string: any type above, or the
   * merge key {@code <<} and the value key {@code =} (which its safe loader refuses).
   */
  static boolean resolvesAsOther(String plain) {
    return plain.equals("<<")
        || plain.equals("=")
        || !Tag.STR.equals(RESOLVER.resolve(plain, true));
  }

  @Override
  public ScalarResolver getScalarResolver() {
    return RESOLVER;
  }

  @Override
  public Map<Tag, ConstructNode> getSchemaTagConstructors() {
    return Map.of(
        Tag.NULL,
        node -> null,
        Tag.BOOL,
        node -> bool(value(node)),
        Tag.INT,
        node -> integer(value(node)),
        Tag.FLOAT,
        node -> floating(value(node)),
        TIMESTAMP,
        node -> timestamp(value(node)));
  }

  private static String value(Node node) {
    return ((ScalarNode) node).getValue();
  }

  static Boolean bool(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    return lower.equals("yes") || lower.equals("true") || lower.equals("on");
  }

  /** constructor.py's construct_yaml_int. */
  static BigInteger integer(String s) {
    String v = s.replace("_", "");
    int sign = v.startsWith("-") ? -1 : 1;
    if (v.startsWith("-") || v.startsWith("+")) {
      v = v.substring(1);
    }
    try {
      BigInteger magnitude;
      if (v.equals("0")) {
        magnitude = BigInteger.ZERO;
      } else if (v.startsWith("0b")) {
        magnitude = new BigInteger(v.substring(2), 2);
      } else if (v.startsWith("0x")) {
        magnitude = new BigInteger(v.substring(2), 16);
      } else if (v.startsWith("0")) {
        magnitude = new BigInteger(v, 8);
      } else if (v.contains(":")) {
        magnitude = BigInteger.ZERO;
        for (String part : v.split(":")) {
          magnitude = magnitude.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
        }
      } else {
        magnitude = new BigInteger(v);
      }
      return sign < 0 ? magnitude.negate() : magnitude;
    } catch (NumberFormatException e) {
      throw new YamlEngineException("invalid integer '" + s + "'");
    }
  }

  /** constructor.py's construct_yaml_float. */
  static Double floating(String s) {
    String v = s.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    double sign = v.startsWith("-") ? -1 : 1;
    if (v.startsWith("-") || v.startsWith("+")) {
      v = v.substring(1);
    }
    if (v.equals(".inf")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    if (v.equals(".nan")) {
      return Double.NaN;
    }
    if (v.contains(":")) {
      double total = 0;
      for (String part : v.split(":")) {
        total = total * 60 + Double.parseDouble(part);
      }
      return sign * total;
    }
    return sign * Double.parseDouble(v);
  }

  /** constructor.py's construct_yaml_timestamp: a date, or a datetime with or without a zone. */
  static Object timestamp(String s) {
    Matcher m = TIMESTAMP_FORM.matcher(s);
    if (!m.matches()) {
      throw new YamlEngineException("invalid timestamp '" + s + "'");
    }
    try {
      int year = Integer.parseInt(m.group("year"));
      int month = Integer.parseInt(m.group("month"));
      int day = Integer.parseInt(m.group("day"));
      if (m.group("hour") == null) {
        return LocalDate.of(year, month, day);
      }
      String fraction = m.group("fraction") == null ? "" : m.group("fraction");
      fraction = (fraction.length() > 6 ? fraction.substring(0, 6) : fraction);
      int micros = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000").substring(0, 6));
      LocalDateTime t =
          LocalDateTime.of(
              year,
              month,
              day,
              Integer.parseInt(m.group("hour")),
              Integer.parseInt(m.group("minute")),
              Integer.parseInt(m.group("second")),
              micros * 1000);
      if (m.group("sign") != null) {
        int minutes =
            Integer.parseInt(m.group("tzhour")) * 60
                + (m.group("tzminute") == null ? 0 : Integer.parseInt(m.group("tzminute")));
        return OffsetDateTime.of(
            t, ZoneOffset.ofTotalSeconds((m.group("sign").equals("-") ? -60 : 60) * minutes));
      }
      return m.group("tz") != null ? OffsetDateTime.of(t, ZoneOffset.UTC) : t;
    } catch (DateTimeException e) {
      throw new YamlEngineException("invalid date '" + s + "': " + e.getMessage());
    }
  }

  /** Python's {@code str()} of a float: the shortest digits, fixed or with an exponent. */
  static String pythonRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int decpt = digits.length() - exact.scale();
    String sign = d < 0 ? "-" : "";
    if (decpt > -4 && decpt <= 16) {
      if (decpt <= 0) {
        return sign + "0." + "0".repeat(-decpt) + digits;
      }
      if (decpt >= digits.length()) {
        return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
      }
      return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }
    int e = decpt - 1;
    String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
    return sign + mantissa + "e" + (e < 0 ? "-" : "+") + String.format("%02d", Math.abs(e));
  }

  /** Python's {@code isoformat()} of a date or datetime. */
  static String isoFormat(Object t) {
    if (t instanceof LocalDate d) {
      return d.toString();
    }
    LocalDateTime local = t instanceof OffsetDateTime o ? o.toLocalDateTime() : (LocalDateTime) t;
    StringBuilder out =
        new StringBuilder(
            String.format(
                "%s-%02d-%02dT%02d:%02d:%02d",
                String.format("%04d", local.getYear()),
                local.getMonthValue(),
                local.getDayOfMonth(),
                local.getHour(),
                local.getMinute(),
                local.getSecond()));
    if (local.getNano() != 0) {
      out.append(String.format(".%06d", local.getNano() / 1000));
    }
    if (t instanceof OffsetDateTime o) {
      int seconds = o.getOffset().getTotalSeconds();
      int minutes = Math.abs(seconds) / 60;
      out.append(seconds < 0 ? '-' : '+')
          .append(String.format("%02d:%02d", minutes / 60, minutes % 60));
    }
    return out.toString();
  }
}
