package org.openseason.crawler.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openseason.domain.When;

/**
 * Turns a {@link DateRange} into {@link When}s: fills in missing years and zones, and gives a day without a time
 * its first instant (a start) or its last second (an end, or a deadline).
 *
 * <p>A missing year comes from the other end of the range (a range that runs from December to January crosses
 * into the next year), then from the hint (the table header's "Dates (2026)", the page's cycle), then from the
 * fetch date. A published weekday picks, among the hint year and the years on either side of it, the one where
 * the date falls on that weekday. A missing zone comes from the other end of the range, then the default.
 */
public final class DateResolver {

  private final Optional<Integer> yearHint;
  private final int fallbackYear;
  private final ZoneId defaultZone;

  /**
   * @param yearHint the year the page is about, when known
   * @param fallbackYear the year to use when nothing else tells (the year of the fetch)
   * @param defaultZone the zone of dates and times published without one
   */
  public DateResolver(Optional<Integer> yearHint, int fallbackYear, ZoneId defaultZone) {
    this.yearHint = yearHint;
    this.fallbackYear = fallbackYear;
    this.defaultZone = defaultZone;
  }

  /**
   * A resolved range.
   *
   * @param start its start
   * @param end its end, for a range
   * @param yearGuessed true when no year was published or hinted and the fetch date's was used
   * @param notes what did not agree (a weekday, an end before its start), for the problems list
   */
  public record Resolved(When start, Optional<When> end, boolean yearGuessed, List<String> notes) {}

  /**
   * Resolves {@code range}.
   *
   * @param endOfDayForSingleDay true when a single day without a time is a deadline (its last second counts)
   * @throws DateTimeException when the day does not exist (February 30)
   */
  public Resolved resolve(DateRange range, boolean endOfDayForSingleDay) {
    List<String> notes = new ArrayList<>();
    PartialDate start = range.start();
    Optional<PartialDate> end = range.end();
    if (start.year().isEmpty() && end.flatMap(PartialDate::year).isPresent()) {
      int endYear = end.get().year().get();
      start = start.withYear(start.month() > end.get().month() ? endYear - 1 : endYear);
    }
    boolean guessed = start.year().isEmpty() && yearHint.isEmpty();
    if (start.year().isEmpty()) {
      start = start.withYear(inferYear(start));
    }
    if (end.isPresent() && end.get().year().isEmpty()) {
      int year = start.year().get();
      end = Optional.of(end.get().withYear(end.get().month() < start.month() ? year + 1 : year));
    }
    ZoneId zone = start.zone().or(() -> range.end().flatMap(PartialDate::zone)).orElse(defaultZone);
    ZoneId endZone = range.end().flatMap(PartialDate::zone).orElse(zone);
    checkWeekday(start, notes);
    end.ifPresent(e -> checkWeekday(e, notes));
    When first = when(start, zone, end.isEmpty() && endOfDayForSingleDay);
    Optional<When> last = end.map(e -> when(e, endZone, true));
    if (last.isPresent() && last.get().instant().isBefore(first.instant())) {
      notes.add("the range ends before it starts; only its start was kept");
      last = Optional.empty();
    }
    return new Resolved(first, last, guessed, notes);
  }

  private int inferYear(PartialDate date) {
    int base = yearHint.orElse(fallbackYear);
    if (date.weekday().isPresent()) {
      for (int candidate : new int[] {base, base + 1, base - 1}) {
        if (exists(candidate, date) && LocalDate.of(candidate, date.month(), date.day()).getDayOfWeek()
            == date.weekday().get()) {
          return candidate;
        }
      }
    }
    return base;
  }

  private static boolean exists(int year, PartialDate date) {
    try {
      LocalDate.of(year, date.month(), date.day());
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static void checkWeekday(PartialDate date, List<String> notes) {
    if (date.weekday().isPresent() && exists(date.year().get(), date)) {
      LocalDate day = LocalDate.of(date.year().get(), date.month(), date.day());
      if (day.getDayOfWeek() != date.weekday().get()) {
        notes.add(day + " is a " + day.getDayOfWeek() + ", not a " + date.weekday().get() + " as published");
      }
    }
  }

  private static When when(PartialDate date, ZoneId zone, boolean endOfDay) {
    LocalDate day = LocalDate.of(date.year().get(), date.month(), date.day());
    if (date.time().isPresent()) {
      return When.time(ZonedDateTime.of(day, date.time().get(), date.zone().orElse(zone)));
    }
    return endOfDay ? When.endOfDay(day, zone) : When.startOfDay(day, zone);
  }
}
