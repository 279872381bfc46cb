package org.openseason.crawler.extract;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * How to find milestones: a table with an activity column and a date column, and dated list items ("Feb 4 -
 * Sub-org applications due", "Applications close: March 5").
 *
 * @param labelHeaders header names of the column that names each step
 * @param dateHeaders header names of the column with its dates; a year in that header ("Dates (2026)") applies to
 *     dates without one
 * @param lists true to read dated list items too
 * @param year the year of dates published without one, when the page does not say
 * @param zone the zone of times published without one
 */
public record TimelineSettings(List<String> labelHeaders, List<String> dateHeaders, boolean lists,
    Optional<Integer> year, ZoneId zone) implements ExtractorSettings {

  public TimelineSettings {
    labelHeaders = List.copyOf(labelHeaders);
    dateHeaders = List.copyOf(dateHeaders);
    if (labelHeaders.isEmpty() || dateHeaders.isEmpty()) {
      throw new IllegalArgumentException("a timeline needs label and date header names");
    }
    year = year == null ? Optional.empty() : year;
    requireNonNull(zone, "zone is null");
  }

  public static final List<String> LABEL_HEADERS = List.of("activity", "event", "milestone", "what", "phase",
      "step", "stage", "task", "description", "item");
  public static final List<String> DATE_HEADERS = List.of("date", "dates", "when", "deadline", "deadlines", "time",
      "period", "timeline", "schedule", "due");

  /** The usual header names, lists read, times without a zone in UTC. */
  public static TimelineSettings defaults() {
    return new TimelineSettings(LABEL_HEADERS, DATE_HEADERS, true, Optional.empty(), ZoneOffset.UTC);
  }

  @Override
  public ExtractorKind kind() {
    return ExtractorKind.TIMELINE;
  }
}
