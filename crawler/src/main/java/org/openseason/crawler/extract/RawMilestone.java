package org.openseason.crawler.extract;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.Optional;
import org.openseason.domain.MilestoneKind;

/**
 * A dated step as a page shows it.
 *
 * @param label its published name
 * @param dates the text holding its date or range
 * @param yearHint the year a table header or the page gives for dates without one
 * @param kind its kind, when the source says it (structured data); otherwise guessed from the label
 * @param zone the zone of times published without one
 */
public record RawMilestone(String label, String dates, Optional<Integer> yearHint, Optional<MilestoneKind> kind,
    ZoneId zone) {

  public RawMilestone {
    requireNonNull(label, "label is null");
    requireNonNull(dates, "dates is null");
    requireNonNull(zone, "zone is null");
  }
}
