package org.openseason.crawler.normalize;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.openseason.crawler.normalize.DateTokens.At;
import org.openseason.crawler.normalize.DateTokens.Token;

/**
 * Reads a time of day and its zone after a date: ", 18:00 UTC", " 11AM PDT (18:00 UTC)", " at 4pm", "11 a.m.
 * CEST", "10:00 UTC+5:30". A bare number is not a time: it needs minutes or am/pm.
 */
final class TimeText {

  /** A time of day and the zone it was written in, when one was. */
  record Clock(LocalTime time, Optional<ZoneId> zone) {}

  private final DateTokens t;

  TimeText(DateTokens tokens) {
    this.t = tokens;
  }

  Optional<At<Clock>> time(int i) {
    int j = i;
    if (t.mark(j, ",")) {
      j++;
    }
    if (t.is(j, "at") || t.mark(j, "@")) {
      j++;
    }
    if (t.is(j, "noon")) {
      return Optional.of(zoned(LocalTime.NOON, j + 1));
    }
    if (!t.isNumber(j) || t.get(j).text().length() > 2) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(t.get(j).text());
    int minute = 0;
    boolean hasMinutes = false;
    j++;
    if (t.mark(j, ":") && t.digits(j + 1, 2)) {
      minute = Integer.parseInt(t.get(j + 1).text());
      hasMinutes = true;
      j += 2;
      if (t.mark(j, ":") && t.digits(j + 1, 2)) {
        j += 2;
      }
    }
    Optional<At<Boolean>> meridiem = meridiem(j);
    if (meridiem.isPresent()) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (meridiem.get().value() ? 12 : 0);
      j = meridiem.get().next();
    } else if (!hasMinutes) {
      return Optional.empty();
    }
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(zoned(LocalTime.of(hour, minute), j));
  }

  /** A time's zone, and a parenthesised equivalent, used when the first time has no zone of its own. */
  private At<Clock> zoned(LocalTime time, int i) {
    Optional<At<ZoneId>> zone = zone(i);
    int j = zone.map(At::next).orElse(i);
    Clock result = new Clock(time, zone.map(At::value));
    if (t.mark(j, "(")) {
      Optional<At<Clock>> inner = time(j + 1);
      Optional<At<ZoneId>> innerZone = inner.isEmpty() ? zone(j + 1) : Optional.empty();
      int close = inner.map(At::next).or(() -> innerZone.map(At::next)).orElse(-1);
      if (close > 0 && t.mark(close, ")")) {
        if (result.zone().isEmpty()) {
          result = inner.map(At::value).orElse(new Clock(time, innerZone.map(At::value)));
        }
        j = close + 1;
      }
    }
    return new At<>(result, j);
  }

  /** An abbreviation in capitals ("UTC", "PDT", or "AoE"), "UTC+5:30", a bare "+02:00", or "Europe/Berlin". */
  Optional<At<ZoneId>> zone(int i) {
    if (i >= t.size()) {
      return Optional.empty();
    }
    Token token = t.get(i);
    if (t.isWord(i)) {
      boolean capitals = token.text().equals(token.text().toUpperCase(Locale.ROOT)) || token.is("AoE");
      Optional<ZoneId> named = capitals ? TimeZones.abbreviation(token.text()) : Optional.empty();
      if (named.isEmpty()) {
        return region(i);
      }
      if ((token.is("UTC") || token.is("GMT")) && isSign(i + 1) && t.isNumber(i + 2)) {
        return offset(i + 1).or(() -> Optional.of(new At<>(named.get(), i + 1)));
      }
      return Optional.of(new At<>(named.get(), i + 1));
    }
    return isSign(i) && t.isNumber(i + 1) ? offset(i) : Optional.empty();
  }

  private boolean isSign(int i) {
    return t.mark(i, "+") || t.mark(i, "-") || t.mark(i, "−");
  }

  /** "+5", "+05:30", "-0700". */
  Optional<At<ZoneId>> offset(int i) {
    String sign = t.get(i).text();
    String number = t.get(i + 1).text();
    if (number.length() == 4) {
      return TimeZones.offset(sign, number.substring(0, 2), number.substring(2)).map(z -> new At<>(z, i + 2));
    }
    if (number.length() > 2) {
      return Optional.empty();
    }
    if (t.mark(i + 2, ":") && t.digits(i + 3, 2)) {
      return TimeZones.offset(sign, number, t.get(i + 3).text()).map(z -> new At<>(z, i + 4));
    }
    return TimeZones.offset(sign, number, null).map(z -> new At<>(z, i + 2));
  }

  /** "Europe/Berlin", "America/New_York". */
  private Optional<At<ZoneId>> region(int i) {
    if (!t.mark(i + 1, "/") || !t.isWord(i + 2)) {
      return Optional.empty();
    }
    return TimeZones.parse(t.get(i).text() + "/" + t.get(i + 2).text()).map(z -> new At<>(z, i + 3));
  }

  /** "AM", "pm", "a.m.", "p.m."; true for pm. */
  private Optional<At<Boolean>> meridiem(int i) {
    if (!t.isWord(i)) {
      return Optional.empty();
    }
    String word = t.get(i).text().toLowerCase(Locale.ROOT);
    if (word.equals("am") || word.equals("pm")) {
      return Optional.of(new At<>(word.equals("pm"), t.mark(i + 1, ".") ? i + 2 : i + 1));
    }
    if ((word.equals("a") || word.equals("p")) && t.mark(i + 1, ".") && t.is(i + 2, "m")) {
      return Optional.of(new At<>(word.equals("p"), t.mark(i + 3, ".") ? i + 4 : i + 3));
    }
    return Optional.empty();
  }
}
