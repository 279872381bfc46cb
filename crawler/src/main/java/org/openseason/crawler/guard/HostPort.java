package org.openseason.crawler.guard;

import java.net.URI;
import java.util.Locale;

/**
 * A host and port, as the allow-list and the politeness gate key them: {@code 127.0.0.1:8080}, {@code [::1]:8443}.
 *
 * @param host the host name or address literal, lower-case, IPv6 without brackets
 * @param port the port
 */
public record HostPort(String host, int port) {

  public HostPort {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host is required");
    }
    host = host.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
    }
  }

  /** Reads {@code HOST:PORT}, with IPv6 hosts in brackets: {@code [::1]:8080}. */
  public static HostPort parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("expected HOST:PORT");
    }
    String value = text.strip();
    int colon = value.lastIndexOf(':');
    if (colon <= 0 || colon == value.length() - 1 || (value.indexOf(':') != colon && !value.startsWith("["))) {
      throw new IllegalArgumentException("'" + text + "' is not HOST:PORT");
    }
    try {
      return new HostPort(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' has no port number");
    }
  }

  /** The host and port a URL connects to, with the scheme's default port. */
  public static HostPort of(URI uri) {
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("'" + uri + "' has no host");
    }
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return new HostPort(uri.getHost(), port);
  }

  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
