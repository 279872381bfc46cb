package org.openseason.domain;

import java.util.Optional;

/**
 * The time a program expects from participants each week.
 *
 * @param min the least hours a week, if the program names it
 * @param max the most hours a week, if the program names it
 */
public record HoursPerWeek(Optional<Integer> min, Optional<Integer> max) {

  public static final HoursPerWeek UNKNOWN = new HoursPerWeek(Optional.empty(), Optional.empty());

  public HoursPerWeek {
    min = check(min, "hours_per_week.min");
    max = check(max, "hours_per_week.max");
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      throw new IllegalArgumentException("hours_per_week.min is greater than hours_per_week.max");
    }
  }

  private static Optional<Integer> check(Optional<Integer> hours, String field) {
    if (hours == null) {
      return Optional.empty();
    }
    hours.ifPresent(
        h -> {
          if (h < 1 || h > 60) {
            throw new IllegalArgumentException(field + " must be between 1 and 60");
          }
        });
    return hours;
  }

  public boolean isKnown() {
    return min.isPresent() || max.isPresent();
  }
}
