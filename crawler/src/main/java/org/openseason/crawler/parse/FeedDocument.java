package org.openseason.crawler.parse;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A parsed RSS or Atom feed.
 *
 * @param base the feed's URL
 * @param title the feed's title
 * @param items its entries, in the feed's order
 */
public record FeedDocument(URI base, Optional<String> title, List<FeedItem> items) implements ParsedDocument {

  public FeedDocument {
    requireNonNull(base, "base is null");
    title = title == null ? Optional.empty() : title;
    items = items == null ? List.of() : List.copyOf(items);
  }
}
