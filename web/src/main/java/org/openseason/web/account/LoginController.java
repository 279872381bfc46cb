package org.openseason.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.openseason.api.account.Accounts;
import org.openseason.api.account.SessionCookie;
import org.openseason.api.account.Sessions;
import org.openseason.api.account.SignIn;
import org.openseason.api.guard.ClientAddress;
import org.openseason.api.guard.Csrf;
import org.openseason.web.pages.Templates;

/** {@code /login} (the form and signing in) and {@code /logout}; both forms carry a CSRF token. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class LoginController {

  static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final Accounts accounts;
  private final Sessions sessions;
  private final SessionCookie cookies;
  private final ClientAddress clients;
  private final Csrf csrf;
  private final Templates templates;
  private final Clock clock;

  LoginController(Accounts accounts, Sessions sessions, SessionCookie cookies, ClientAddress clients, Csrf csrf,
      Templates templates, Clock clock) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.cookies = cookies;
    this.clients = clients;
    this.csrf = csrf;
    this.templates = templates;
    this.clock = clock;
  }

  @Get(uri = "/login", produces = HTML)
  HttpResponse<String> form(HttpRequest<?> request, @QueryValue @Nullable String next) {
    return page(request, HttpResponse.ok(), NextPath.of(next), "", "");
  }

  @Post(uri = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  HttpResponse<String> signIn(HttpRequest<?> request, @Body @Nullable Map<String, String> body) {
    Map<String, String> form = body == null ? Map.of() : body;
    csrf.verify(request, form.get(Csrf.FIELD));
    String name = form.getOrDefault("name", "");
    String next = NextPath.of(form.get("next"));
    SignIn outcome = accounts.signIn(name, form.get("password"), clients.of(request));
    if (outcome instanceof SignIn.Accepted accepted) {
      // A fresh session, never the one the browser came with: a planted cookie cannot be signed in.
      SessionCookie.of(request).ifPresent(sessions::end);
      Sessions.NewSession session = sessions.start(accepted.moderator());
      return HttpResponse.<String>seeOther(URI.create(next)).cookie(cookies.carrying(request, session, clock.instant()));
    }
    if (outcome instanceof SignIn.Limited limited) {
      return page(request, HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
              .header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds())), next, name,
          "Too many attempts to sign in: try again in " + minutes(limited.retryAfterSeconds()) + ".");
    }
    return page(request, HttpResponse.unauthorized(), next, name, "Wrong name or password.");
  }

  @Post(uri = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  HttpResponse<String> signOut(HttpRequest<?> request, @Body @Nullable Map<String, String> body) {
    Map<String, String> form = body == null ? Map.of() : body;
    csrf.verify(request, form.get(Csrf.FIELD));
    SessionCookie.of(request).ifPresent(sessions::end);
    return HttpResponse.<String>seeOther(URI.create("/login")).cookie(cookies.cleared(request));
  }

  private HttpResponse<String> page(HttpRequest<?> request, MutableHttpResponse<?> response, String next,
      String name, String error) {
    String body = templates.render("account/login.jte", new LoginView(csrf.token(request), next, name, error));
    return response.body(body).contentType(HTML).header("Cache-Control", "no-store");
  }

  private static String minutes(long seconds) {
    long minutes = (seconds + 59) / 60;
    return minutes == 1 ? "a minute" : minutes + " minutes";
  }
}
