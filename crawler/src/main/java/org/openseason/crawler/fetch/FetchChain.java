package org.openseason.crawler.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openseason.crawler.guard.HostPort;

/**
 * A fetch as the crawl sees it: each hop, the first and every redirect target, is one {@link Exchange} (live: the
 * address guard, the access rule, the politeness gate, then the request; replayed: the archive). At most
 * {@code maxRedirects} redirects are followed, and a redirect back to a URL already visited is a loop.
 */
public final class FetchChain implements Fetcher {

  private final Exchange hop;
  private final int maxRedirects;

  public FetchChain(Exchange hop, int maxRedirects) {
    this.hop = hop;
    this.maxRedirects = maxRedirects;
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    URI current = request.uri();
    List<URI> hops = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(key(current));
    while (true) {
      FetchResult result = hop.exchange(request.withUri(current));
      if (!(result instanceof Redirected redirect)) {
        return result instanceof Fetched fetched ? fetched.withRedirects(hops) : result;
      }
      URI next = redirect.location();
      if (!seen.add(key(next))) {
        return Failed.of(next, FailureReason.REDIRECT_LOOP, current + " redirects back to " + next);
      }
      if (hops.size() == maxRedirects) {
        return Failed.of(next, FailureReason.TOO_MANY_REDIRECTS, "more than " + maxRedirects + " redirects");
      }
      hops.add(next);
      current = next;
    }
  }

  /** The URL as a loop is detected: scheme and host in lower case, default port explicit, no fragment. */
  private static String key(URI uri) {
    if (uri.getHost() == null || uri.getScheme() == null) {
      return uri.toString();
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + HostPort.of(uri) + path + query;
  }
}
