package org.openseason.api.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openseason.api.guard.ClientAddress;

/**
 * The session cookie {@code os_session}: HttpOnly (no script reads it), SameSite=Strict (no other site's link or
 * form sends it), Path=/, and Secure when the site is served over https: the request's own scheme, the
 * {@code X-Forwarded-Proto} of a trusted proxy ({@code openseason.trusted-proxies}), or an https
 * {@code openseason.public-url}.
 */
@Singleton
public final class SessionCookie {

  public static final String NAME = "os_session";

  private final ClientAddress clients;

  SessionCookie(ClientAddress clients) {
    this.clients = clients;
  }

  /** The session token a request carries, if any. */
  public static Optional<String> of(HttpRequest<?> request) {
    return request.getCookies().findCookie(NAME).map(Cookie::getValue);
  }

  /** The cookie that carries a new session, until the session's absolute end. */
  public Cookie carrying(HttpRequest<?> request, Sessions.NewSession session, Instant now) {
    return base(request, session.token()).maxAge(Duration.between(now, session.expiresAt()));
  }

  /** The cookie that makes the browser forget its session. */
  public Cookie cleared(HttpRequest<?> request) {
    return base(request, "").maxAge(0);
  }

  /** Whether the site is served over https for this request. */
  public boolean https(HttpRequest<?> request) {
    return clients.https(request);
  }

  private Cookie base(HttpRequest<?> request, String value) {
    return Cookie.of(NAME, value).path("/").httpOnly(true).sameSite(SameSite.Strict).secure(https(request));
  }
}
