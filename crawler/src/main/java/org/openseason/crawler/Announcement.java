package org.openseason.crawler;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A feed item, as news about the program the source feeds.
 *
 * @param title its title
 * @param link where it is published
 * @param published when it was published
 * @param summary its text, shortened
 * @param applicationsOpen true when it announces that applications are open
 * @param evidence the words that said so
 */
public record Announcement(String title, Optional<URI> link, Optional<Instant> published, String summary,
    boolean applicationsOpen, Optional<String> evidence) {

  public Announcement {
    requireNonNull(title, "title is null");
    link = link == null ? Optional.empty() : link;
    published = published == null ? Optional.empty() : published;
    summary = summary == null ? "" : summary;
    evidence = evidence == null ? Optional.empty() : evidence;
  }
}
