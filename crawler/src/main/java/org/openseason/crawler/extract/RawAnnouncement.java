package org.openseason.crawler.extract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A feed item.
 *
 * @param title its title
 * @param link its link, as an absolute URL text
 * @param published when it was published
 * @param summary its text
 * @param applicationsOpen the words announcing that applications are open, when it says so
 */
public record RawAnnouncement(String title, Optional<String> link, Optional<Instant> published, String summary,
    Optional<String> applicationsOpen) {

  public RawAnnouncement {
    requireNonNull(title, "title is null");
  }
}
