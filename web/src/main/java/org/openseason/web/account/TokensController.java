package org.openseason.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.Map;
import org.openseason.api.account.AccountException;
import org.openseason.api.account.ApiTokens;
import org.openseason.api.account.Moderator;
import org.openseason.api.account.Moderators;
import org.openseason.api.guard.Csrf;
import org.openseason.api.system.ApiException;
import org.openseason.web.pages.Templates;

/** {@code /admin/tokens}: the signed-in administrator's API tokens for scripts; make one (shown once), revoke one. */
@Controller("/admin/tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
final class TokensController {

  private final ApiTokens tokens;
  private final Csrf csrf;
  private final Templates templates;

  TokensController(ApiTokens tokens, Csrf csrf, Templates templates) {
    this.tokens = tokens;
    this.csrf = csrf;
    this.templates = templates;
  }

  @Get(produces = LoginController.HTML)
  HttpResponse<String> list(HttpRequest<?> request) {
    return page(request, HttpResponse.ok(), null, "");
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = LoginController.HTML)
  HttpResponse<String> create(HttpRequest<?> request, @Body @Nullable Map<String, String> body) {
    Map<String, String> form = body == null ? Map.of() : body;
    csrf.verify(request, form.get(Csrf.FIELD));
    try {
      return page(request, HttpResponse.ok(), tokens.create(moderator(request), form.get("label")), "");
    } catch (AccountException e) {
      return page(request, HttpResponse.badRequest(), null, "The token was not made: " + e.getMessage() + ".");
    }
  }

  @Post(uri = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = LoginController.HTML)
  HttpResponse<String> revoke(HttpRequest<?> request, String id, @Body @Nullable Map<String, String> body) {
    Map<String, String> form = body == null ? Map.of() : body;
    csrf.verify(request, form.get(Csrf.FIELD));
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("No token has this number.");
    }
    if (!tokens.revoke(moderator(request), number)) {
      throw ApiException.notFound("You have no live token with this number.");
    }
    return HttpResponse.seeOther(URI.create("/admin/tokens"));
  }

  private HttpResponse<String> page(HttpRequest<?> request, MutableHttpResponse<?> response,
      ApiTokens.NewToken created, String error) {
    TokensView view = new TokensView(AccountBar.of(request, csrf), tokens.list(moderator(request)), created, error);
    return response.body(templates.render("account/tokens.jte", view)).contentType(LoginController.HTML)
        .header("Cache-Control", "no-store");
  }

  /** Always there: the account guard lets nobody else reach /admin/**. */
  private static Moderator moderator(HttpRequest<?> request) {
    return Moderators.current(request).orElseThrow(() -> new IllegalStateException("no moderator behind the guard"));
  }
}
