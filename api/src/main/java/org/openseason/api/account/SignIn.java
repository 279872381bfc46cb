package org.openseason.api.account;

import java.time.Duration;

/** What an attempt to sign in came to. */
public sealed interface SignIn {

  /** The name and password match an enabled account. */
  record Accepted(Moderator moderator) implements SignIn {}

  /** Wrong name, wrong password or a disabled account: deliberately one answer for all three. */
  record Refused() implements SignIn {}

  /** Too many attempts from this client or for this name: try again after {@code retryAfter}. */
  record Limited(Duration retryAfter) implements SignIn {

    /** Whole seconds for a {@code Retry-After} header, at least one. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }
}
