package org.openseason.crawler.parse;

import java.time.Instant;
import java.util.Optional;

/**
 * One feed entry.
 *
 * @param title its title
 * @param link its absolute link, when it has a usable one
 * @param published when it was published (or, lacking that, updated); never the channel's date
 * @param summary its description or content as plain text
 */
public record FeedItem(String title, Optional<String> link, Optional<Instant> published, String summary) {

  public FeedItem {
    title = title == null ? "" : title.strip();
    link = link == null ? Optional.empty() : link;
    published = published == null ? Optional.empty() : published;
    summary = summary == null ? "" : summary.strip();
  }
}
