package org.openseason.api.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Where what is being merged came from.
 *
 * @param sourceId the source's id
 * @param url the page it was read from
 * @param precedence the source's precedence: its program's own site, or a third-party list
 * @param cycle the cycle its dates and ideas belong to, when the source names one
 * @param fetchedAt when it was fetched
 */
record Origin(String sourceId, URI url, Precedence precedence, Optional<String> cycle, Instant fetchedAt) {}
