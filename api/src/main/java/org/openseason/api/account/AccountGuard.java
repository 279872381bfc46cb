package org.openseason.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.openseason.api.guard.Csrf;
import org.openseason.api.system.ErrorResponses;

/**
 * Lets only administrators through: {@code /api/v1/admin/**} takes a per-account API token as
 * {@code Authorization: Bearer} and nothing else (no browser sends one by itself, so the API's writes need no CSRF
 * token); {@code /admin} and {@code /admin/**} take the session cookie, and send a browser without one to the
 * sign-in form. On those paths and on {@code /login} and {@code /logout} it records who is acting
 * ({@link Moderators#current}) and binds CSRF tokens to the session. Without any account administration is off
 * (404).
 */
@ServerFilter({"/api/v1/admin/**", "/admin/**", "/admin", "/login", "/logout"})
final class AccountGuard {

  static final String OFF = "Administration is off: there is no administrator account yet. Create the first one"
      + " on the server with './openseason admin create --name NAME'.";

  private final Accounts accounts;
  private final Sessions sessions;
  private final ApiTokens tokens;
  private final ErrorResponses errors;

  AccountGuard(Accounts accounts, Sessions sessions, ApiTokens tokens, ErrorResponses errors) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.tokens = tokens;
    this.errors = errors;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    String path = request.getPath();
    boolean api = path.startsWith("/api/");
    boolean admin = api || path.equals("/admin") || path.startsWith("/admin/");
    if ((admin || path.equals("/login")) && !accounts.any()) {
      return errors.of(request, HttpResponse.status(HttpStatus.NOT_FOUND), OFF, List.of());
    }
    if (api) {
      return bearer(request);
    }
    Optional<Sessions.Session> session = SessionCookie.of(request).flatMap(sessions::resolve);
    session.ifPresent(s -> {
      request.setAttribute(Moderators.ATTRIBUTE, s.moderator());
      request.setAttribute(Csrf.BINDING, s.binding());
    });
    if (!admin || session.isPresent()) {
      return null;
    }
    boolean page = (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
        && request.accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
    if (page) {
      String next = request.getUri().getRawQuery() == null ? path : path + "?" + request.getUri().getRawQuery();
      return HttpResponse.seeOther(java.net.URI.create("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }
    return errors.of(request, HttpResponse.status(HttpStatus.UNAUTHORIZED),
        "Sign in first at /login.", List.of());
  }

  private HttpResponse<?> bearer(HttpRequest<?> request) {
    Optional<Moderator> moderator = request.getHeaders().findFirst(HttpHeaders.AUTHORIZATION)
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .flatMap(h -> tokens.resolve(h.substring(7).strip()));
    if (moderator.isPresent()) {
      request.setAttribute(Moderators.ATTRIBUTE, moderator.get());
      return null;
    }
    return errors.of(request, HttpResponse.status(HttpStatus.UNAUTHORIZED)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"openseason\""),
        "Send an API token of your account as 'Authorization: Bearer <token>' (make one at /admin/tokens or with"
            + " './openseason admin token --name NAME').", List.of());
  }
}
