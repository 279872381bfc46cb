package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * How people take part.
 *
 * @param mode remote, hybrid, on site or unknown
 * @param location where on-site or hybrid work happens
 * @param schedule the rhythm in words, for example a meeting cadence
 * @param mentors how many mentors the program lists; their names are personal data and are never kept
 * @param mentorsLink the page that lists them
 */
public record Participation(
    ParticipationMode mode,
    Optional<String> location,
    Optional<String> schedule,
    Optional<Integer> mentors,
    Optional<URI> mentorsLink) {

  /** Nothing is published about where participants work. */
  public static final Participation UNKNOWN =
      new Participation(ParticipationMode.UNKNOWN, Optional.empty(), Optional.empty());

  public Participation {
    requireNonNull(mode, "mode is null");
    location = Text.optional(location, "location", 200);
    schedule = Text.optional(schedule, "schedule", 500);
    mentors = mentors == null ? Optional.empty() : mentors;
    mentors.filter(n -> n < 0).ifPresent(n -> {
      throw new IllegalArgumentException("mentors is negative");
    });
    mentorsLink = Urls.optional(mentorsLink, "mentors_link");
  }

  public Participation(ParticipationMode mode, Optional<String> location, Optional<String> schedule) {
    this(mode, location, schedule, Optional.empty(), Optional.empty());
  }

  public Participation withMentors(int count, URI link) {
    return new Participation(mode, location, schedule, Optional.of(count), Optional.of(link));
  }
}
