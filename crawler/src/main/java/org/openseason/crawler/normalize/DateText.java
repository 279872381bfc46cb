package org.openseason.crawler.normalize;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openseason.crawler.normalize.DateTokens.At;

/**
 * Finds dates and date ranges in the forms real pages use:
 *
 * <ul>
 *   <li>"Wed, Jul 1 – Tue, Jul 28, 18:00 UTC" and "Mon, Aug 3, 00:00 UTC – Tue, Aug 18, 23:59 UTC"
 *   <li>"Thurs, July 31, 2025 11AM PDT (18:00 UTC) – Tue, August 12, 2025 11AM PDT (18:00 UTC)"
 *   <li>"March 25 - April 9", "March 25-28, 2026", "25–28 March 2026", "05 Feb 2025 - 15 Mar 2025", "Feb 4"
 *   <li>ISO-8601: "2026-03-01", "2026-03-01T10:00:00Z", "2026-03-01T10:00+02:00"
 * </ul>
 *
 * A range separator is a hyphen, an en or em dash, "to", "until", "through" or "till". Missing years stay
 * missing; {@link DateResolver} infers them.
 */
public final class DateText {

  private static final Set<String> SEPARATORS = Set.of("-", "–", "—", "~", "to", "until", "till", "through", "thru");

  private final DateTokens t;
  private final TimeText times;

  private DateText(String text) {
    this.t = new DateTokens(text);
    this.times = new TimeText(t);
  }

  /** The first date or range in {@code text}. */
  public static Optional<DateRange> find(String text) {
    if (!hasDigit(text)) {
      return Optional.empty();
    }
    DateText parser = new DateText(text);
    for (int i = 0; i < parser.t.size(); i++) {
      Optional<DateRange> range = parser.range(i);
      if (range.isPresent()) {
        return range;
      }
    }
    return Optional.empty();
  }

  /** Every date or range in {@code text}, in order, without overlaps. */
  public static List<DateRange> findAll(String text) {
    if (!hasDigit(text)) {
      return List.of();
    }
    DateText parser = new DateText(text);
    List<DateRange> found = new ArrayList<>();
    for (int i = 0; i < parser.t.size(); i++) {
      Optional<DateRange> range = parser.range(i);
      if (range.isPresent()) {
        found.add(range.get());
        while (i + 1 < parser.t.size() && parser.t.get(i + 1).start() < range.get().to()) {
          i++;
        }
      }
    }
    return found;
  }

  /** Every date form has a digit; most texts a crawler reads have none, and are skipped at once. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private Optional<DateRange> range(int i) {
    Optional<DateRange> dayFirst = dayFirstRange(i);
    if (dayFirst.isPresent()) {
      return dayFirst;
    }
    Optional<At<PartialDate>> first = dateTime(i);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    PartialDate start = first.get().value();
    int afterStart = first.get().next();
    if (isSeparator(afterStart)) {
      Optional<At<PartialDate>> second = dateTime(afterStart + 1).or(() -> dayOfSameMonth(afterStart + 1, start));
      if (second.isPresent()) {
        return Optional.of(new DateRange(start, Optional.of(second.get().value()), t.get(i).start(),
            t.get(second.get().next() - 1).end()));
      }
    }
    return Optional.of(new DateRange(start, Optional.empty(), t.get(i).start(), t.get(afterStart - 1).end()));
  }

  /** "25–28 March 2026": a bare day, a separator, then a full day-first date whose month and year it shares. */
  private Optional<DateRange> dayFirstRange(int i) {
    Optional<Integer> day = t.day(i);
    if (day.isEmpty() || !isSeparator(i + 1) || !t.isNumber(i + 2)) {
      return Optional.empty();
    }
    Optional<At<PartialDate>> end = dateTime(i + 2);
    if (end.isEmpty() || end.get().value().day() < day.get()) {
      return Optional.empty();
    }
    PartialDate last = end.get().value();
    PartialDate first = new PartialDate(last.year(), last.month(), day.get(), Optional.empty(), Optional.empty(),
        Optional.empty());
    return Optional.of(new DateRange(first, Optional.of(last), t.get(i).start(), t.get(end.get().next() - 1).end()));
  }

  /** "March 25-28": after the separator, a day alone (no month after it) later in the start's month. */
  private Optional<At<PartialDate>> dayOfSameMonth(int i, PartialDate start) {
    Optional<Integer> day = t.day(i);
    if (day.isEmpty() || day.get() <= start.day() || t.month(i + 1).isPresent() || t.mark(i + 1, ":")) {
      return Optional.empty();
    }
    PartialDate end = new PartialDate(start.year(), start.month(), day.get(), Optional.empty(), Optional.empty(),
        Optional.empty());
    return Optional.of(withYear(end, t.skipOrdinal(i + 1)))
        .map(at -> withTime(at.value(), at.next()));
  }

  private Optional<At<PartialDate>> dateTime(int i) {
    return date(i).map(at -> at.value().time().isPresent() ? at : withTime(at.value(), at.next()));
  }

  private At<PartialDate> withTime(PartialDate date, int i) {
    return times.time(i)
        .map(time -> new At<>(date.withTime(Optional.of(time.value().time()), time.value().zone()), time.next()))
        .orElse(new At<>(date, i));
  }

  private Optional<At<PartialDate>> date(int i) {
    int j = i;
    Optional<DayOfWeek> weekday = t.isWord(j) ? Months.weekday(t.get(j).text()) : Optional.empty();
    if (weekday.isPresent()) {
      j++;
      while (t.mark(j, ",") || t.mark(j, ".")) {
        j++;
      }
    }
    Optional<At<PartialDate>> iso = iso(j);
    if (iso.isPresent()) {
      return iso;
    }
    Optional<Integer> month = t.month(j);
    if (month.isPresent()) {
      int k = t.mark(j + 1, ".") ? j + 2 : j + 1;
      Optional<Integer> day = t.day(k);
      // "May 8:00" is no date; "May 8: results announced" is one, its label after the colon.
      if (day.isEmpty() || (t.mark(k + 1, ":") && t.digits(k + 2, 2))) {
        return Optional.empty();
      }
      PartialDate date = new PartialDate(Optional.empty(), month.get(), day.get(), weekday, Optional.empty(),
          Optional.empty());
      return Optional.of(withYear(date, t.skipOrdinal(k + 1)));
    }
    Optional<Integer> day = t.day(j);
    if (day.isPresent()) {
      int k = t.skipOrdinal(j + 1);
      k = t.mark(k, ".") ? k + 1 : k;
      Optional<Integer> dayMonth = t.month(k);
      if (dayMonth.isPresent()) {
        int next = t.mark(k + 1, ".") ? k + 2 : k + 1;
        PartialDate date = new PartialDate(Optional.empty(), dayMonth.get(), day.get(), weekday, Optional.empty(),
            Optional.empty());
        return Optional.of(withYear(date, next));
      }
    }
    return Optional.empty();
  }

  private At<PartialDate> withYear(PartialDate date, int i) {
    int j = t.mark(i, ",") ? i + 1 : i;
    Optional<Integer> year = t.year(j);
    return year.map(y -> new At<>(date.withYear(y), j + 1)).orElse(new At<>(date, i));
  }

  /** 2026-03-01, optionally followed by T10:00[:00[.000]] and Z or an offset. */
  private Optional<At<PartialDate>> iso(int i) {
    if (t.year(i).isEmpty() || !t.mark(i + 1, "-") || !t.digits(i + 2, 2) || !t.mark(i + 3, "-")
        || !t.digits(i + 4, 2)) {
      return Optional.empty();
    }
    int month = Integer.parseInt(t.get(i + 2).text());
    int day = Integer.parseInt(t.get(i + 4).text());
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return Optional.empty();
    }
    PartialDate date = new PartialDate(t.year(i), month, day, Optional.empty(), Optional.empty(), Optional.empty());
    int j = i + 5;
    if (!(t.is(j, "T") && t.digits(j + 1, 2) && t.mark(j + 2, ":") && t.digits(j + 3, 2))) {
      return Optional.of(new At<>(date, j));
    }
    int hour = Integer.parseInt(t.get(j + 1).text());
    int minute = Integer.parseInt(t.get(j + 3).text());
    int second = 0;
    j += 4;
    if (t.mark(j, ":") && t.digits(j + 1, 2)) {
      second = Integer.parseInt(t.get(j + 1).text());
      j += 2;
      if (t.mark(j, ".") && t.isNumber(j + 1)) {
        j += 2;
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    Optional<ZoneId> zone = Optional.empty();
    if (t.is(j, "Z")) {
      zone = TimeZones.abbreviation("Z");
      j++;
    } else if ((t.mark(j, "+") || t.mark(j, "-")) && t.isNumber(j + 1)) {
      Optional<At<ZoneId>> offset = times.offset(j);
      if (offset.isPresent()) {
        zone = Optional.of(offset.get().value());
        j = offset.get().next();
      }
    }
    return Optional.of(new At<>(date.withTime(Optional.of(LocalTime.of(hour, minute, second)), zone), j));
  }

  private boolean isSeparator(int i) {
    return i < t.size() && SEPARATORS.contains(t.get(i).text().toLowerCase(Locale.ROOT));
  }
}
