package org.openseason.crawler.guard;

import java.net.InetAddress;
import java.util.List;

/** Whether a URL may be connected to, and to which addresses. */
public sealed interface GuardVerdict {

  /**
   * The URL may be fetched by connecting to one of exactly these addresses (the ones that were checked).
   *
   * @param addresses the checked addresses, in the resolver's order
   */
  record Permitted(List<InetAddress> addresses) implements GuardVerdict {
    public Permitted {
      addresses = List.copyOf(addresses);
    }
  }

  /**
   * The URL must not be fetched.
   *
   * @param reason the classified reason
   * @param detail what exactly, in words
   */
  record Refused(RefusalReason reason, String detail) implements GuardVerdict {}

  /** Why a URL is refused. */
  enum RefusalReason {
    UNSUPPORTED_SCHEME, FORBIDDEN_ADDRESS, DNS
  }
}
