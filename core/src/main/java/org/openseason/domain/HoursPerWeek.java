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
    min = Text.range(min, "hours_per_week.min", 1, 60);
    max = Text.range(max, "hours_per_week.max", 1, 60);
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      throw new IllegalArgumentException("hours_per_week.min is greater than hours_per_week.max");
    }
  }

  public boolean isKnown() {
    return min.isPresent() || max.isPresent();
  }
}
