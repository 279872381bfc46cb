package org.openseason.crawler.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Resolves a {@code Location} header against the URL that sent it, repairing the spaces and non-ASCII real servers send. */
final class Locations {

  private Locations() {}

  static Optional<URI> resolve(URI base, String location) {
    String value = location.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI target = new URI(escape(value));
      URI anchored = base.getRawPath() == null || base.getRawPath().isEmpty()
          ? new URI(base.getScheme(), base.getRawAuthority(), "/", null, null) : base;
      URI resolved = anchored.resolve(target);
      return resolved.isAbsolute() ? Optional.of(withoutFragment(resolved)) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static URI withoutFragment(URI uri) throws URISyntaxException {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String text = uri.toString();
    return new URI(text.substring(0, text.indexOf('#')));
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
          || c == '{' || c == '|' || c == '}') {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }
}
