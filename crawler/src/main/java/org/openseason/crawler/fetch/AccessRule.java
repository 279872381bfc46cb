package org.openseason.crawler.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * Decides, before each hop of a fetch (the first and every redirect target), whether the URL may be requested at
 * all. robots.txt implements it.
 *
 * <p>Contract: returns empty when the URL may be requested; otherwise the result to report instead of fetching it,
 * a {@link Disallowed}, or a {@link Failed} when the host could not be reached to ask. Never throws. May block (to
 * read robots.txt), and is thread-safe.
 */
@FunctionalInterface
public interface AccessRule {

  AccessRule ALLOW_ALL = uri -> Optional.empty();

  Optional<FetchResult> refusal(URI uri);
}
