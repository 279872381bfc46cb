package org.openseason.api.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;
import org.openseason.api.system.ErrorResponses;

/**
 * Lets only administrators through to {@code /api/v1/admin/**} (a bearer token: no browser sends one by itself, so
 * the API's writes need no CSRF token) and {@code /admin/**} (HTTP Basic for the read-only admin pages).
 */
@ServerFilter({"/api/v1/admin/**", "/admin/**", "/admin"})
final class AdminGuard {

  private final AdminToken token;
  private final ErrorResponses errors;

  AdminGuard(AdminToken token, ErrorResponses errors) {
    this.token = token;
    this.errors = errors;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    if (!token.enabled()) {
      return errors.of(request, HttpResponse.status(HttpStatus.NOT_FOUND),
          "Administration is off: the server has no admin token (OPENSEASON_ADMIN_TOKEN).", List.of());
    }
    var authorization = request.getHeaders().findFirst(HttpHeaders.AUTHORIZATION);
    boolean api = request.getPath().startsWith("/api/");
    if (api ? token.acceptsBearer(authorization) : token.acceptsBasic(authorization)) {
      return null;
    }
    return errors.of(request, HttpResponse.status(HttpStatus.UNAUTHORIZED)
            .header(HttpHeaders.WWW_AUTHENTICATE, api ? "Bearer realm=\"openseason\"" : "Basic realm=\"openseason\""),
        api ? "Send the admin token as 'Authorization: Bearer <token>'."
            : "Sign in as 'admin' with the admin token as password.", List.of());
  }
}
