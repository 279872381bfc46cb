package org.openseason.api.account;

import io.micronaut.http.HttpRequest;
import java.util.Optional;

/**
 * Who is acting on a request: set by {@link AccountGuard} for {@code /admin}, {@code /admin/**} (a session),
 * {@code /api/v1/admin/**} (an API token), {@code /login} and {@code /logout}.
 */
public final class Moderators {

  static final String ATTRIBUTE = "openseason.moderator";

  private Moderators() {}

  /** The signed-in moderator of this request; always present behind the guard, on admin paths. */
  public static Optional<Moderator> current(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, Moderator.class);
  }
}
