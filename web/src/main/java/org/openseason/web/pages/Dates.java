package org.openseason.web.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openseason.domain.When;

/** Dates as people read them, in UTC, the zone programs publish their deadlines in. */
final class Dates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private Dates() {}

  static String utc(Instant instant) {
    return TIME.format(instant.atZone(ZoneOffset.UTC));
  }

  static String of(When when) {
    if (when.dateOnly()) {
      return DAY.format(when.at());
    }
    return TIME.format(when.at().withZoneSameInstant(ZoneOffset.UTC));
  }
}
