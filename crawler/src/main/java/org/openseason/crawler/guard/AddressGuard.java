package org.openseason.crawler.guard;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openseason.crawler.guard.GuardVerdict.Permitted;
import org.openseason.crawler.guard.GuardVerdict.RefusalReason;
import org.openseason.crawler.guard.GuardVerdict.Refused;

/**
 * Checks a URL before anything connects to it: the scheme must be http or https, and every address its host
 * resolves to must be public. Checking all of them, not just the first, keeps a host that mixes public and
 * internal records from slipping through. An exact {@code host:port} on the allow-list may be internal.
 */
public final class AddressGuard {

  private final Set<HostPort> allowed;
  private final Resolver resolver;

  public AddressGuard(Set<HostPort> allowed, Resolver resolver) {
    this.allowed = Set.copyOf(allowed);
    this.resolver = resolver;
  }

  public GuardVerdict check(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Refused(RefusalReason.UNSUPPORTED_SCHEME, "scheme '" + scheme + "' is not http or https");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      return new Refused(RefusalReason.UNSUPPORTED_SCHEME, "'" + uri + "' has no plain host");
    }
    HostPort target = HostPort.of(uri);
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(target.host());
    } catch (UnknownHostException e) {
      return new Refused(RefusalReason.DNS, "'" + target.host() + "' does not resolve: " + e.getMessage());
    }
    if (allowed.contains(target)) {
      return new Permitted(addresses);
    }
    for (InetAddress address : addresses) {
      Optional<String> internal = InternalAddresses.classify(address);
      if (internal.isPresent()) {
        return new Refused(
            RefusalReason.FORBIDDEN_ADDRESS,
            target + " resolves to " + address.getHostAddress() + ", a " + internal.get() + " address");
      }
    }
    return new Permitted(addresses);
  }
}
