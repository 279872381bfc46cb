package org.openseason.api.submission;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openseason.api.crawl.CrawlSettings;
import org.openseason.crawler.guard.AddressGuard;
import org.openseason.crawler.guard.GuardVerdict;
import org.openseason.crawler.guard.HostPort;

/**
 * Refuses, when a listing is submitted, links that point inside a network: address literals that are loopback,
 * private, link-local and the like (the crawler's {@link AddressGuard} classifies them), and names that mean this
 * machine or a local network ({@code localhost}, {@code *.local}, {@code *.internal}). Names are not looked up here:
 * that would let anyone make the server query DNS at will; the crawler checks every address when it fetches.
 */
@Singleton
final class AddressCheck {

  private static final List<String> LOCAL_SUFFIXES =
      List.of(".localhost", ".local", ".internal", ".localdomain", ".home.arpa", ".lan");

  private final AddressGuard guard;

  AddressCheck(CrawlSettings settings) {
    this.guard = new AddressGuard(
        settings.allowInternal().stream().map(HostPort::parse).collect(Collectors.toSet()), AddressCheck::literal);
  }

  /** Why the link must not be listed, or empty when it may. */
  Optional<String> refusal(URI uri) {
    if (guard.check(uri) instanceof GuardVerdict.Refused refused) {
      return Optional.of(refused.reason() == GuardVerdict.RefusalReason.FORBIDDEN_ADDRESS
          ? "points to an internal address (" + refused.detail() + ")"
          : refused.detail());
    }
    return Optional.empty();
  }

  /** Address literals as themselves, local names as loopback, and any other name as public (not resolved). */
  private static List<InetAddress> literal(String host) throws UnknownHostException {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.equals("localhost") || name.equals("0") || LOCAL_SUFFIXES.stream().anyMatch(name::endsWith)
        || !name.contains(".") && !name.contains(":")) {
      return List.of(InetAddress.getLoopbackAddress());
    }
    if (name.contains(":")) {
      // An IPv6 literal: InetAddress parses it without a lookup.
      return List.of(InetAddress.getByName(name));
    }
    if (name.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
      String[] parts = name.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int part = Integer.parseInt(parts[i]);
        if (part > 255) {
          return List.of(InetAddress.getLoopbackAddress());
        }
        bytes[i] = (byte) part;
      }
      return List.of(InetAddress.getByAddress(name, bytes));
    }
    if (name.matches("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?")) {
      // Short, decimal or hexadecimal forms of an address (127.1, 2130706433, 0x7f.1) that some resolvers accept.
      return List.of(InetAddress.getLoopbackAddress());
    }
    // A name: not resolved here (see above); it stands for a public address so that only literals are judged.
    return List.of(InetAddress.getByAddress(name, new byte[] {8, 8, 8, 8}));
  }
}
