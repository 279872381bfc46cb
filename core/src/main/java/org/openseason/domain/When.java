package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A published point in time with the zone it was published in, and whether the time of day was published at
 * all: "Feb 13, 4pm UTC" is a time, "March 25" only a day.
 *
 * @param at the instant in its published zone; for a day alone, its start or (for an end) its last second
 * @param dateOnly true when only the day was published
 */
public record When(ZonedDateTime at, boolean dateOnly) {

  public When {
    requireNonNull(at, "at is null");
  }

  public static When time(ZonedDateTime at) {
    return new When(at, false);
  }

  /** A day that starts something: its first instant in {@code zone}. */
  public static When startOfDay(LocalDate day, ZoneId zone) {
    return new When(day.atStartOfDay(zone), true);
  }

  /** A day that ends something (a deadline, the end of a window): its last second in {@code zone}. */
  public static When endOfDay(LocalDate day, ZoneId zone) {
    return new When(day.atTime(LocalTime.of(23, 59, 59)).atZone(zone), true);
  }

  public Instant instant() {
    return at.toInstant();
  }

  public LocalDate date() {
    return at.toLocalDate();
  }
}
