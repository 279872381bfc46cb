package org.openseason.api.feed;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One piece of news about a program.
 *
 * @param id a stable identifier: the program, the round and what happened, so readers never show it twice
 * @param title the headline, "expected" in it when the dates are forecast
 * @param html the text as HTML, every listing text escaped
 * @param link the program's page
 * @param published when it happened (or, for a forecast, from when it is worth knowing)
 * @param category the program's kind
 * @param expected true when the news is about forecast dates
 */
record FeedItem(String id, String title, String html, String link, Instant published, String category,
    boolean expected) {

  FeedItem {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(html, "html is null");
    requireNonNull(published, "published is null");
  }
}
