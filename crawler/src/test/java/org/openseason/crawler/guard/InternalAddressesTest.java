package org.openseason.crawler.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalAddressesTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "100.127.255.255", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fc00::1",
    "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe",
    "2002:c0a8:0101::1"
  })
  void refusesLoopbackPrivateLinkLocalAndOtherInternalAddresses(String address) throws UnknownHostException {
    assertThat(InternalAddresses.classify(InetAddress.getByName(address))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "140.82.112.3", "172.32.0.1", "100.128.0.1", "2606:4700::6810:85e5"})
  void allowsPublicAddresses(String address) throws UnknownHostException {
    assertThat(InternalAddresses.classify(InetAddress.getByName(address))).isEmpty();
  }
}
