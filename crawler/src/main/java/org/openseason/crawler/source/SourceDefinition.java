package org.openseason.crawler.source;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.openseason.crawler.SourceSpec;

/**
 * A source as the registry keeps it: what to crawl and how, plus when and under which terms.
 *
 * @param spec what the crawl needs
 * @param schedule how often to crawl it
 * @param licence the licence of the published content, as an SPDX id or in words
 * @param attribution the attribution the licence asks for
 * @param enabled false to keep the definition without crawling it
 * @param cycle the label of the program's cycle that the source's dates and project ideas belong to ("2026 Term
 *     3"); empty to take it from the dates (their year) or, for ideas alone, the program's latest cycle
 */
public record SourceDefinition(SourceSpec spec, Duration schedule, String licence, Optional<String> attribution,
    boolean enabled, Optional<String> cycle) {

  public SourceDefinition {
    requireNonNull(spec, "spec is null");
    requireNonNull(schedule, "schedule is null");
    if (schedule.compareTo(Duration.ofHours(1)) < 0) {
      throw new IllegalArgumentException("schedule must be at least an hour");
    }
    requireNonNull(licence, "licence is null");
    attribution = attribution == null ? Optional.empty() : attribution;
    cycle = cycle == null ? Optional.empty() : cycle.map(String::strip);
    cycle.ifPresent(label -> {
      if (label.isEmpty() || label.length() > 100) {
        throw new IllegalArgumentException("cycle must be 1 to 100 characters");
      }
    });
  }
}
