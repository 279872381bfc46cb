package org.openseason.crawler.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.openseason.domain.Urls;

/** Link texts to URLs the domain accepts: absolute http or https, with a host and no user info. */
final class Links {

  private Links() {}

  static Optional<URI> web(Optional<String> link) {
    if (link.isEmpty() || link.get().isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(link.get().strip().replace(" ", "%20"));
      return Urls.isWebUrl(uri) ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** True when there was a link and it is not a usable web URL. */
  static boolean isBad(Optional<String> link) {
    return link.isPresent() && !link.get().isBlank() && web(link).isEmpty()
        && !link.get().strip().toLowerCase(Locale.ROOT).startsWith("mailto:");
  }
}
