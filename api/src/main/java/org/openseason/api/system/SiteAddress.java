package org.openseason.api.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * The site's public address, for the absolute links that feeds, calendars, embeds, oEmbed and structured data
 * need: {@code openseason.public-url} when it is set (it should be in production), else the request's
 * {@code Host} when it is a plain host name or address with a port, else {@code http://localhost}.
 */
@Singleton
public final class SiteAddress {

  private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(?::\\d{1,5})?");

  private final String configured;

  SiteAddress(@Value("${openseason.public-url:}") String configured) {
    String c = configured.strip();
    this.configured = c.endsWith("/") ? c.substring(0, c.length() - 1) : c;
  }

  /** "https://openseason.example", with no trailing slash. */
  public String of(HttpRequest<?> request) {
    if (!configured.isEmpty()) {
      return configured;
    }
    String host = request.getHeaders().get("Host");
    if (host != null && HOST.matcher(host).matches()) {
      return "http://" + host;
    }
    return "http://localhost";
  }

  /** The host part alone, for identifiers such as calendar UIDs and tag URIs. */
  public String host(HttpRequest<?> request) {
    String base = of(request);
    String rest = base.substring(base.indexOf("//") + 2);
    int colon = rest.lastIndexOf(':');
    return colon > 0 && !rest.endsWith("]") ? rest.substring(0, colon) : rest;
  }
}
