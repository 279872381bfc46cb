package org.openseason.crawler.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses.
 *
 * <p>Contract: returns at least one address, or throws {@link UnknownHostException} (the name does not resolve, or
 * resolving took too long). Thread-safe.
 */
@FunctionalInterface
public interface Resolver {

  List<InetAddress> resolve(String host) throws UnknownHostException;
}
