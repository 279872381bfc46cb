package org.openseason.api.system;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Sends the security headers on every response: no sniffing, no framing, no referrer leaks, and a content
 * security policy that allows only this origin (the pages load nothing from third parties).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders {

  static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @ResponseFilter
  void addHeaders(MutableHttpResponse<?> response) {
    var headers = response.getHeaders();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.set("Content-Security-Policy", CSP);
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
  }
}
