package org.openseason.api.guard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.openseason.api.system.ErrorResponses;

/**
 * Sets the random cookie that {@link Csrf} signed a page's form tokens from, and refuses at once a
 * state-changing request of the web pages that another site sent (its {@code Origin} names another host): the
 * token check in the form's controller is the main defence, this is a second one that needs no form.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfCookie {

  private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final ErrorResponses errors;
  private final ClientAddress clients;

  CsrfCookie(ErrorResponses errors, ClientAddress clients) {
    this.errors = errors;
    this.clients = clients;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    boolean page = !request.getPath().startsWith("/api/");
    if (page && !SAFE.contains(request.getMethod()) && fromAnotherSite(request)) {
      return errors.of(request, HttpResponse.status(HttpStatus.FORBIDDEN),
          "This form was sent from another site.", List.of());
    }
    return null;
  }

  /** Sets the cookie a form's token was signed from, when the browser had none ({@link Csrf#token}). */
  @ResponseFilter
  void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request.getAttribute(Csrf.ATTRIBUTE, String.class).ifPresent(value -> response.cookie(
        Cookie.of(Csrf.COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax)
            .secure(clients.https(request))));
  }

  private static boolean fromAnotherSite(HttpRequest<?> request) {
    String origin = request.getHeaders().get("Origin");
    if (origin == null || origin.isBlank()) {
      return "cross-site".equals(request.getHeaders().get("Sec-Fetch-Site"));
    }
    String host = request.getHeaders().get("Host");
    try {
      URI uri = URI.create(origin.strip());
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return host == null || uri.getHost() == null || !authority.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException unreadable) {
      return true;
    }
  }
}
