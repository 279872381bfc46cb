package org.openseason.crawler.normalize;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A date as a page wrote it, before the missing parts are inferred: "Tue, Jul 28, 18:00 UTC" has no year.
 *
 * @param year the year, when written
 * @param month 1 to 12
 * @param day 1 to 31
 * @param weekday the weekday, when written (it helps to infer the year)
 * @param time the time of day, when written
 * @param zone the zone of that time, when written
 */
public record PartialDate(Optional<Integer> year, int month, int day, Optional<DayOfWeek> weekday,
    Optional<LocalTime> time, Optional<ZoneId> zone) {

  public PartialDate {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new IllegalArgumentException("month " + month + " day " + day + " is not a date");
    }
  }

  PartialDate withYear(int newYear) {
    return new PartialDate(Optional.of(newYear), month, day, weekday, time, zone);
  }

  PartialDate withTime(Optional<LocalTime> newTime, Optional<ZoneId> newZone) {
    return new PartialDate(year, month, day, weekday, newTime, newZone);
  }

  PartialDate withMonthAndYear(int newMonth, Optional<Integer> newYear) {
    return new PartialDate(newYear, newMonth, day, weekday, time, zone);
  }
}
