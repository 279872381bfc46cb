package org.openseason.crawler.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.openseason.crawler.guard.AddressGuard;
import org.openseason.crawler.guard.GuardVerdict;
import org.openseason.crawler.guard.HostPort;
import org.openseason.crawler.politeness.Politeness;

/**
 * A hop over the network: the address guard, then the access rule (robots.txt), then the politeness gate, and only
 * then one HTTP exchange to the very addresses the guard checked. A {@code Retry-After} (capped) backs the host off.
 */
public final class LiveExchange implements Exchange {

  private final HttpFetcher http;
  private final AddressGuard guard;
  private final Politeness politeness;
  private final AccessRule access;
  private final Duration retryAfterCap;

  public LiveExchange(HttpFetcher http, AddressGuard guard, Politeness politeness, AccessRule access,
      Duration retryAfterCap) {
    this.http = http;
    this.guard = guard;
    this.politeness = politeness;
    this.access = access;
    this.retryAfterCap = retryAfterCap;
  }

  @Override
  public FetchResult exchange(FetchRequest request) {
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
}
