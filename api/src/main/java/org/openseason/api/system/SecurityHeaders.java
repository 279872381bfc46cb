package org.openseason.api.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Sends the security headers on every response: no sniffing, no referrer leaks, and a content security policy that
 * allows only this origin (the pages load nothing from third parties). Only embeds ({@code /embed/...}), made to
 * be shown inside other sites' pages, may be framed by any site; every other page forbids framing.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders {

  static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The same policy, but any site may frame it, and its links may open in the top window of the host page. */
  static final String EMBED_CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
          + "base-uri 'none'; form-action 'none'; frame-ancestors *";

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    var headers = response.getHeaders();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    if (isFramable(request.getPath())) {
      headers.set("Content-Security-Policy", EMBED_CSP);
      headers.remove("X-Frame-Options");
    } else {
      headers.set("X-Frame-Options", "DENY");
      headers.set("Content-Security-Policy", CSP);
      headers.set("Cross-Origin-Opener-Policy", "same-origin");
    }
  }

  static boolean isFramable(String path) {
    return path.startsWith("/embed/");
  }
}
