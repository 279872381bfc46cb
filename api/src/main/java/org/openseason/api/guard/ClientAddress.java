package org.openseason.api.guard;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Who a request comes from, for rate limits: the connection's address, or, when that is one of the load balancers
 * named in {@code openseason.trusted-proxies}, the nearest address in {@code X-Forwarded-For} that is not one of
 * them (a client can prepend anything to that header, so only what the trusted proxies appended counts).
 */
@Singleton
public final class ClientAddress {

  private final Set<String> trusted;
  private final boolean httpsSite;

  ClientAddress(@Value("${openseason.trusted-proxies:}") List<String> trusted,
      @Value("${openseason.public-url:}") String publicUrl) {
    this.trusted = Set.copyOf(trusted.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    this.httpsSite = publicUrl.strip().regionMatches(true, 0, "https://", 0, 8);
  }

  /**
   * Whether the site is served over https for this request, so cookies must be Secure: an https
   * {@code openseason.public-url}, the request's own scheme, or the {@code X-Forwarded-Proto} of a trusted proxy
   * (anyone else can send that header).
   */
  public boolean https(HttpRequest<?> request) {
    if (httpsSite || request.isSecure() || "https".equalsIgnoreCase(request.getUri().getScheme())) {
      return true;
    }
    String forwarded = request.getHeaders().get("X-Forwarded-Proto");
    return forwarded != null && viaTrustedProxy(request) && "https".equalsIgnoreCase(forwarded.strip());
  }

  public String of(HttpRequest<?> request) {
    String remote = remote(request);
    if (!trusted.contains(remote)) {
      return remote;
    }
    List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For").stream()
        .flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (int i = forwarded.size() - 1; i >= 0; i--) {
      if (!trusted.contains(forwarded.get(i))) {
        return forwarded.get(i);
      }
    }
    return remote;
  }

  /** Whether the request came through one of the trusted proxies, whose {@code X-Forwarded-*} headers count. */
  public boolean viaTrustedProxy(HttpRequest<?> request) {
    return trusted.contains(remote(request));
  }

  private static String remote(HttpRequest<?> request) {
    return request.getRemoteAddress().getAddress() == null
        ? request.getRemoteAddress().getHostString()
        : request.getRemoteAddress().getAddress().getHostAddress();
  }
}
