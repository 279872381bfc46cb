package org.openseason.crawler.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openseason.crawler.guard.AddressGuard;
import org.openseason.crawler.guard.GuardVerdict;
import org.openseason.crawler.guard.HostPort;
import org.openseason.crawler.politeness.Politeness;

/**
 * A fetch as the crawl sees it: each hop, the first and every redirect target, is checked by the address guard
 * and the access rule (robots.txt), waits at the politeness gate, and only then is requested. At most
 * {@code maxRedirects} redirects are followed, and a redirect back to a URL already visited is a loop.
 */
public final class FetchChain implements Fetcher {

  private final HttpFetcher http;
  private final AddressGuard guard;
  private final Politeness politeness;
  private final AccessRule access;
  private final int maxRedirects;
  private final Duration retryAfterCap;

  public FetchChain(HttpFetcher http, AddressGuard guard, Politeness politeness, AccessRule access, int maxRedirects,
      Duration retryAfterCap) {
    this.http = http;
    this.guard = guard;
    this.politeness = politeness;
    this.access = access;
    this.maxRedirects = maxRedirects;
    this.retryAfterCap = retryAfterCap;
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    URI current = request.uri();
    List<URI> hops = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(key(current));
    while (true) {
      FetchResult result = hop(request.withUri(current));
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

  private FetchResult hop(FetchRequest request) {
    URI uri = request.uri();
    GuardVerdict verdict = guard.check(uri);
    if (verdict instanceof GuardVerdict.Refused refused) {
      FailureReason reason = switch (refused.reason()) {
        case UNSUPPORTED_SCHEME -> FailureReason.UNSUPPORTED_SCHEME;
        case FORBIDDEN_ADDRESS -> FailureReason.FORBIDDEN_ADDRESS;
        case DNS -> FailureReason.DNS;
      };
      return Failed.of(uri, reason, refused.detail());
    }
    Optional<FetchResult> refusal = access.refusal(uri);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    String host = HostPort.of(uri).toString();
    Politeness.Permit permit;
    try {
      permit = politeness.enter(host);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Failed.of(uri, FailureReason.INTERRUPTED, "the crawl was stopped");
    }
    FetchResult result;
    try {
      result = http.fetchOnce(request, ((GuardVerdict.Permitted) verdict).addresses());
    } finally {
      permit.close();
    }
    if (result instanceof Failed failed && failed.retryAfter().isPresent()) {
      Duration wait = failed.retryAfter().get().compareTo(retryAfterCap) > 0 ? retryAfterCap
          : failed.retryAfter().get();
      politeness.backOff(host, wait);
      return failed.withRetryAfter(Optional.of(wait));
    }
    return result;
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
