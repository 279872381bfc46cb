package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How people take part.
 *
 * @param mode remote, hybrid, on site or unknown
 * @param location where on-site or hybrid work happens
 * @param schedule the rhythm in words, for example a meeting cadence
 */
public record Participation(ParticipationMode mode, Optional<String> location, Optional<String> schedule) {

  /** Nothing is published about where participants work. */
  public static final Participation UNKNOWN =
      new Participation(ParticipationMode.UNKNOWN, Optional.empty(), Optional.empty());

  public Participation {
    requireNonNull(mode, "mode is null");
    location = Text.optional(location, "location", 200);
    schedule = Text.optional(schedule, "schedule", 500);
  }
}
