package org.openseason.domain;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The web addresses a listing may carry: absolute http or https, with a host, and nothing else. */
public final class Urls {

  private Urls() {}

  public static boolean isWebUrl(URI uri) {
    if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("https") || scheme.equals("http");
  }

  static URI require(URI uri, String field) {
    if (!isWebUrl(uri)) {
      throw new IllegalArgumentException(field + " '" + uri + "' is not an absolute http(s) URL");
    }
    return uri;
  }

  static Optional<URI> optional(Optional<URI> uri, String field) {
    if (uri == null) {
      return Optional.empty();
    }
    uri.ifPresent(u -> require(u, field));
    return uri;
  }
}
