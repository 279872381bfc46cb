package org.openseason.crawler.normalize;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zones as pages write them: abbreviations ("UTC", "PDT", "CEST", "AoE"), offsets ("UTC+5:30", "GMT-7",
 * "+02:00") and region names ("Europe/Berlin"). An abbreviation names a fixed offset: "PDT" is UTC-7 whatever the
 * date, because that is what the page said. The generic "PT", "ET", "CT" and "MT" follow daylight saving time.
 */
public final class TimeZones {

  private static final Map<String, ZoneId> ABBREVIATIONS = Map.ofEntries(
      Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
      Map.entry("UT", ZoneOffset.UTC), Map.entry("AOE", ZoneOffset.ofHours(-12)),
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
      Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("AKST", ZoneOffset.ofHours(-9)), Map.entry("AKDT", ZoneOffset.ofHours(-8)),
      Map.entry("HST", ZoneOffset.ofHours(-10)), Map.entry("BRT", ZoneOffset.ofHours(-3)),
      Map.entry("ART", ZoneOffset.ofHours(-3)), Map.entry("WET", ZoneOffset.UTC),
      Map.entry("WEST", ZoneOffset.ofHours(1)), Map.entry("BST", ZoneOffset.ofHours(1)),
      Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
      Map.entry("WAT", ZoneOffset.ofHours(1)), Map.entry("EET", ZoneOffset.ofHours(2)),
      Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("CAT", ZoneOffset.ofHours(2)),
      Map.entry("EAT", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
      Map.entry("PKT", ZoneOffset.ofHours(5)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
      Map.entry("NPT", ZoneOffset.ofHoursMinutes(5, 45)), Map.entry("ICT", ZoneOffset.ofHours(7)),
      Map.entry("WIB", ZoneOffset.ofHours(7)), Map.entry("SGT", ZoneOffset.ofHours(8)),
      Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("PHT", ZoneOffset.ofHours(8)),
      Map.entry("AWST", ZoneOffset.ofHours(8)), Map.entry("JST", ZoneOffset.ofHours(9)),
      Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)),
      Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
      Map.entry("NZST", ZoneOffset.ofHours(12)), Map.entry("NZDT", ZoneOffset.ofHours(13)),
      Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("MT", ZoneId.of("America/Denver")),
      Map.entry("CT", ZoneId.of("America/Chicago")), Map.entry("ET", ZoneId.of("America/New_York")));

  private static final Pattern OFFSET =
      Pattern.compile("(?i)^(?:UTC|GMT|UT)?\\s*([+-−])\\s*(\\d{1,2})(?::?(\\d{2}))?$");

  private TimeZones() {}

  /** The zone a word names, in any case: {@code utc}, {@code PDT}, {@code AoE}. */
  public static Optional<ZoneId> abbreviation(String word) {
    return Optional.ofNullable(ABBREVIATIONS.get(word.toUpperCase(Locale.ROOT)));
  }

  /** The zone any of the accepted forms names. */
  public static Optional<ZoneId> parse(String text) {
    String value = text.strip();
    Optional<ZoneId> named = abbreviation(value);
    if (named.isPresent()) {
      return named;
    }
    Matcher offset = OFFSET.matcher(value);
    if (offset.matches()) {
      return offset(offset.group(1), offset.group(2), offset.group(3));
    }
    if (value.contains("/")) {
      try {
        return Optional.of(ZoneId.of(value));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Optional<ZoneId> offset(String sign, String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = minutes == null ? 0 : Integer.parseInt(minutes);
    if (h > 14 || m > 59) {
      return Optional.empty();
    }
    boolean negative = sign.equals("-") || sign.equals("−");
    try {
      return Optional.of(ZoneOffset.ofHoursMinutes(negative ? -h : h, negative ? -m : m));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
