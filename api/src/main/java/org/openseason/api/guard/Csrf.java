package org.openseason.api.guard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.openseason.api.system.ApiException;

/**
 * Tokens against cross-site request forgery for the web forms: every browser gets a random cookie
 * ({@link CsrfCookie}), and every form carries a field signed from it with a secret the instances share. Another
 * site can make a browser send the cookie but can neither read it nor compute the field, so a forged form fails.
 * When a signed-in session is known its id is signed in too ({@link #BINDING}), so a token taken before signing in
 * is worthless after.
 */
@Singleton
public class Csrf {

  /** The form field (and, for scripts, header {@code X-CSRF-Token}) that carries the token. */
  public static final String FIELD = "csrf";

  /** A request attribute a session filter may set to bind tokens to the session. */
  public static final String BINDING = "openseason.csrf.binding";

  static final String COOKIE = "os_csrf";
  static final String ATTRIBUTE = "openseason.csrf.cookie";

  private final ServerSecrets secrets;

  Csrf(ServerSecrets secrets) {
    this.secrets = secrets;
  }

  /** The token to put in a form of the page answering this request. */
  public String token(HttpRequest<?> request) {
    return sign(cookieOf(request) + "|" + request.getAttribute(BINDING, String.class).orElse(""));
  }

  /**
   * Refuses a state-changing request whose token is missing or wrong, with a 403.
   *
   * @param request the request, with its cookie
   * @param submitted the form field or header it sent, null when none
   */
  public void verify(HttpRequest<?> request, String submitted) {
    String offered = submitted != null ? submitted : request.getHeaders().get("X-CSRF-Token");
    String cookie = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse("");
    if (offered == null || cookie.isEmpty() || !MessageDigest.isEqual(
        token(request).getBytes(StandardCharsets.US_ASCII), offered.getBytes(StandardCharsets.US_ASCII))) {
      throw new ApiException(403, "Forbidden",
          "The form's security token is missing or out of date: reload the page and send the form again.",
          List.of());
    }
  }

  /**
   * The browser's cookie, or a new one that {@link CsrfCookie} sets on this response: only pages with a form make
   * one, so cacheable answers (embeds, feeds, the search page) never carry a Set-Cookie.
   */
  private static String cookieOf(HttpRequest<?> request) {
    return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
        .or(() -> request.getAttribute(ATTRIBUTE, String.class))
        .orElseGet(() -> {
          String fresh = Digests.newToken();
          request.setAttribute(ATTRIBUTE, fresh);
          return fresh;
        });
  }

  private String sign(String value) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Digests.hmacSha256(secrets.get("csrf"), value));
  }
}
