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
 */
public record SourceDefinition(SourceSpec spec, Duration schedule, String licence, Optional<String> attribution,
    boolean enabled) {

  public SourceDefinition {
    requireNonNull(spec, "spec is null");
    requireNonNull(schedule, "schedule is null");
    if (schedule.compareTo(Duration.ofHours(1)) < 0) {
      throw new IllegalArgumentException("schedule must be at least an hour");
    }
    requireNonNull(licence, "licence is null");
    attribution = attribution == null ? Optional.empty() : attribution;
  }
}
