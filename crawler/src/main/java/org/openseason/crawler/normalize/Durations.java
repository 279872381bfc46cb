package org.openseason.crawler.normalize;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as pages write them: "12 weeks", "~175 h", "3 months", "three months", "10-12 weeks", "12-week". */
public final class Durations {

  private static final Pattern DURATION = Pattern.compile(
      "(?i)(~|≈|about |around |approximately |approx\\. ?|roughly |up to |at least )?"
          + "\\b(\\d+(?:\\.\\d+)?|" + Numbers.WORDS + ")(?:\\s*(?:-|–|to)\\s*(\\d+(?:\\.\\d+)?|" + Numbers.WORDS
          + "))?[\\s-]*(hours?|hrs?|h|days?|weeks?|wks?|months?|mos?|years?|yrs?)\\b");

  private Durations() {}

  /**
   * A published duration.
   *
   * @param min the least amount
   * @param max the greatest amount (equal to {@code min} when one amount was published)
   * @param unit hours, days, weeks, months or years
   * @param approximate true for "~175 h", "about 3 months"
   * @param text the words it was read from
   * @param start where those words start in the text searched
   * @param end where they end
   */
  public record Length(double min, double max, ChronoUnit unit, boolean approximate, String text, int start,
      int end) {

    /** ISO-8601: {@code P12W}, {@code P3M}, {@code PT175H}; a range gives its upper end. */
    public String iso() {
      String amount = max == Math.floor(max) ? String.valueOf((long) max) : String.valueOf(max);
      return switch (unit) {
        case HOURS -> "PT" + amount + "H";
        case DAYS -> "P" + amount + "D";
        case WEEKS -> "P" + amount + "W";
        case MONTHS -> "P" + amount + "M";
        default -> "P" + amount + "Y";
      };
    }
  }

  /** The first duration in {@code text}. */
  public static Optional<Length> find(String text) {
    List<Length> all = findAll(text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every duration in {@code text}, in order. */
  public static List<Length> findAll(String text) {
    List<Length> found = new ArrayList<>();
    Matcher m = DURATION.matcher(text);
    while (m.find()) {
      Optional<Double> min = Numbers.value(m.group(2));
      Optional<Double> max = m.group(3) == null ? min : Numbers.value(m.group(3));
      if (min.isEmpty() || max.isEmpty() || max.get() < min.get() || min.get() <= 0) {
        continue;
      }
      boolean wordA = m.group(2).equalsIgnoreCase("a") || m.group(2).equalsIgnoreCase("an");
      if (wordA && m.group(3) == null && m.group(1) == null) {
        continue;
      }
      found.add(new Length(min.get(), max.get(), unit(m.group(4)), m.group(1) != null, m.group().strip(),
          m.start(), m.end()));
    }
    return found;
  }

  private static ChronoUnit unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("h")) {
      return ChronoUnit.HOURS;
    }
    if (w.startsWith("d")) {
      return ChronoUnit.DAYS;
    }
    if (w.startsWith("w")) {
      return ChronoUnit.WEEKS;
    }
    if (w.startsWith("m")) {
      return ChronoUnit.MONTHS;
    }
    return ChronoUnit.YEARS;
  }
}
