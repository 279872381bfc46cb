package org.openseason.api.system;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Lets any site read the public listings from a browser: anonymous {@code GET} and {@code HEAD} on the JSON API,
 * embeds, oEmbed, feeds, calendars and badges answer {@code Access-Control-Allow-Origin: *}. Nothing else does:
 * not the administration, not the pages, not a request that carries credentials.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class OpenCors {

  @ResponseFilter
  void allow(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (isOpen(request)) {
      response.getHeaders().set("Access-Control-Allow-Origin", "*");
      response.getHeaders().set("Access-Control-Expose-Headers", "ETag");
    }
  }

  static boolean isOpen(HttpRequest<?> request) {
    HttpMethod method = request.getMethod();
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      return false;
    }
    if (request.getHeaders().contains("Authorization") || request.getHeaders().contains("Cookie")) {
      return false;
    }
    return isPublicListing(request.getPath());
  }

  static boolean isPublicListing(String path) {
    if (path.startsWith("/api/v1/admin")) {
      return false;
    }
    return path.startsWith("/api/v1/") || path.startsWith("/embed/") || path.equals("/embed.js")
        || path.equals("/oembed") || path.startsWith("/feeds/") || path.startsWith("/calendar/")
        || path.startsWith("/badge/") || path.startsWith("/export/") || path.equals("/openapi.json")
        || path.equals("/openapi.yml");
  }
}
