package org.openseason.crawler.guard;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** Classifies addresses a crawler must not reach: anything that is not plainly on the public internet. */
final class InternalAddresses {

  private InternalAddresses() {}

  /** Why {@code address} is internal, or empty when it is public. */
  static Optional<String> classify(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      return classify6(v6);
    }
    return classify4(address.getAddress());
  }

  private static Optional<String> classify4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    if (a0 == 127) {
      return Optional.of("loopback");
    }
    if (a0 == 0) {
      return Optional.of("unspecified (0.0.0.0/8)");
    }
    if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
      return Optional.of("private");
    }
    if (a0 == 169 && a1 == 254) {
      return Optional.of("link-local");
    }
    if (a0 == 100 && a1 >= 64 && a1 <= 127) {
      return Optional.of("carrier-grade NAT (100.64.0.0/10)");
    }
    if (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) {
      return Optional.of("IETF protocol assignments (192.0.0.0/24)");
    }
    if (a0 == 198 && (a1 == 18 || a1 == 19)) {
      return Optional.of("benchmarking (198.18.0.0/15)");
    }
    if (a0 >= 224 && a0 <= 239) {
      return Optional.of("multicast");
    }
    if (a0 >= 240) {
      return Optional.of("reserved or broadcast");
    }
    return Optional.empty();
  }

  private static Optional<String> classify6(Inet6Address address) {
    byte[] b = address.getAddress();
    if (address.isAnyLocalAddress()) {
      return Optional.of("unspecified (::)");
    }
    if (address.isLoopbackAddress()) {
      return Optional.of("loopback");
    }
    if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return embedded(b, 12, "IPv4-mapped ");
    }
    if (isZero(b, 0, 12)) {
      return embedded(b, 12, "IPv4-compatible ");
    }
    if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return embedded(b, 12, "NAT64 ");
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return embedded(b, 2, "6to4 ");
    }
    if ((b[0] & 0xfe) == 0xfc) {
      return Optional.of("unique local (fc00::/7)");
    }
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
      return Optional.of("link-local (fe80::/10)");
    }
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
      return Optional.of("site-local (fec0::/10)");
    }
    if ((b[0] & 0xff) == 0xff) {
      return Optional.of("multicast");
    }
    return Optional.empty();
  }

  private static Optional<String> embedded(byte[] b, int offset, String prefix) {
    try {
      InetAddress v4 = Inet4Address.getByAddress(Arrays.copyOfRange(b, offset, offset + 4));
      return classify4(v4.getAddress()).map(kind -> prefix + kind);
    } catch (UnknownHostException e) {
      return Optional.of(prefix + "address");
    }
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
