package org.openseason.crawler.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.guard.GuardVerdict.Permitted;
import org.openseason.crawler.guard.GuardVerdict.RefusalReason;
import org.openseason.crawler.guard.GuardVerdict.Refused;

class AddressGuardTest {

  /** A resolver that answers from a table, like a DNS server an attacker controls. */
  private static final Resolver DNS = host -> {
    Map<String, List<String>> table = Map.of(
        "public.example", List.of("93.184.216.34"),
        "metadata.example", List.of("169.254.169.254"),
        "mixed.example", List.of("93.184.216.34", "10.1.2.3"),
        "mapped.example", List.of("::ffff:192.168.0.1"));
    List<String> addresses = table.get(host);
    if (addresses == null) {
      if (host.matches("[0-9.]+|[0-9a-f:]+")) {
        return List.of(InetAddress.getByName(host));
      }
      throw new UnknownHostException(host);
    }
    return addresses.stream().map(a -> {
      try {
        return InetAddress.getByName(a);
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  };

  private final AddressGuard guard = new AddressGuard(Set.of(HostPort.parse("127.0.0.1:8080")), DNS);

  @Test
  void permitsAPublicHostWithTheAddressesItChecked() {
    GuardVerdict verdict = guard.check(URI.create("https://public.example/page"));
    assertThat(verdict).isInstanceOfSatisfying(Permitted.class,
        p -> assertThat(p.addresses()).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34"));
  }

  @Test
  void refusesANameThatResolvesToAnInternalAddress() {
    assertThat(guard.check(URI.create("http://metadata.example/latest/meta-data"))).isInstanceOfSatisfying(
        Refused.class, r -> assertThat(r.reason()).isEqualTo(RefusalReason.FORBIDDEN_ADDRESS));
  }

  @Test
  void refusesANameWithOnePublicAndOneInternalAddress() {
    assertThat(guard.check(URI.create("http://mixed.example/"))).isInstanceOf(Refused.class);
  }

  @Test
  void refusesIpv4MappedIpv6AddressesOfPrivateNetworks() {
    assertThat(guard.check(URI.create("http://mapped.example/"))).isInstanceOf(Refused.class);
    assertThat(guard.check(URI.create("http://[::ffff:127.0.0.1]/"))).isInstanceOf(Refused.class);
  }

  @Test
  void permitsExactlyTheAllowListedHostAndPort() {
    assertThat(guard.check(URI.create("http://127.0.0.1:8080/x"))).isInstanceOf(Permitted.class);
    assertThat(guard.check(URI.create("http://127.0.0.1:8081/x"))).isInstanceOf(Refused.class);
    assertThat(guard.check(URI.create("http://127.0.0.1/x"))).isInstanceOf(Refused.class);
  }

  @Test
  void refusesSchemesOtherThanHttpAndHttps() {
    for (String url : List.of("file:///etc/passwd", "ftp://public.example/", "gopher://public.example/",
        "jar:file:/x.jar!/y")) {
      assertThat(guard.check(URI.create(url))).isInstanceOfSatisfying(Refused.class,
          r -> assertThat(r.reason()).isEqualTo(RefusalReason.UNSUPPORTED_SCHEME));
    }
  }

  @Test
  void reportsANameThatDoesNotResolve() {
    assertThat(guard.check(URI.create("http://nowhere.invalid/"))).isInstanceOfSatisfying(Refused.class,
        r -> assertThat(r.reason()).isEqualTo(RefusalReason.DNS));
  }

  @Test
  void readsHostPortPairsIncludingIpv6() {
    assertThat(HostPort.parse("[::1]:8443")).isEqualTo(new HostPort("::1", 8443));
    assertThat(HostPort.parse("Example.org:80").toString()).isEqualTo("example.org:80");
    assertThat(HostPort.of(URI.create("https://example.org/x"))).isEqualTo(new HostPort("example.org", 443));
  }
}
