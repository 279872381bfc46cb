package org.openseason.web.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.openseason.api.account.Moderators;
import org.openseason.api.guard.Csrf;
import org.openseason.api.moderation.AuditLog;
import org.openseason.api.moderation.Decision;
import org.openseason.api.moderation.Moderation;
import org.openseason.api.outbox.Outbox;
import org.openseason.api.submission.Submissions;
import org.openseason.api.system.ApiException;
import org.openseason.web.account.AccountBar;
import org.openseason.web.pages.Templates;

/** {@code /admin/queue}, {@code /admin/queue/{id}} and {@code /admin/audit}, behind a moderator's session. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ModerationPages {

  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final Moderation moderation;
  private final Submissions submissions;
  private final AuditLog audit;
  private final Outbox outbox;
  private final Csrf csrf;
  private final Templates templates;

  ModerationPages(Moderation moderation, Submissions submissions, AuditLog audit, Outbox outbox, Csrf csrf,
      Templates templates) {
    this.moderation = moderation;
    this.submissions = submissions;
    this.audit = audit;
    this.outbox = outbox;
    this.csrf = csrf;
    this.templates = templates;
  }

  @Get(uri = "/admin/queue", produces = HTML)
  String queue(HttpRequest<?> request, @QueryValue @Nullable String decided) {
    return render(request, "queue.jte", new QueuePage(moderation.queue(), moderation.flags(),
        Optional.ofNullable(decided).filter(d -> d.matches("\\d{1,18}"))));
  }

  @Get(uri = "/admin/queue/{id}", produces = HTML)
  String review(HttpRequest<?> request, @PathVariable String id) {
    return page(request, idOf(id), Optional.empty(), "");
  }

  @Post(uri = "/admin/queue/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  HttpResponse<?> decide(HttpRequest<?> request, @PathVariable String id, @Body @Nullable Map<String, String> body) {
    Map<String, String> form = body == null ? Map.of() : body;
    csrf.verify(request, form.get(Csrf.FIELD));
    long number = idOf(id);
    String decision = form.get("decision");
    String reason = form.get("reason");
    Optional<Decision> chosen = Decision.of(decision == null ? "" : decision);
    if (chosen.isEmpty()) {
      return HttpResponse.unprocessableEntity().contentType(HTML)
          .body(page(request, number, Optional.of("Choose approve, reject or ask for changes."), reason));
    }
    try {
      moderation.decide(number, chosen.get(), Moderators.current(request).orElseThrow().name(), reason);
    } catch (ApiException refused) {
      if (refused.status() == 404) {
        throw refused;
      }
      return HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(refused.status())).contentType(HTML)
          .body(page(request, number, Optional.of(refused.getMessage()), reason));
    }
    return HttpResponse.seeOther(URI.create("/admin/queue?decided=" + number));
  }

  @Get(uri = "/admin/audit", produces = HTML)
  String audit(HttpRequest<?> request) {
    return render(request, "audit.jte", new AuditPage(audit.latest(200), outbox.latest(100)));
  }

  private String page(HttpRequest<?> request, long id, Optional<String> problem, @Nullable String reason) {
    return render(request, "review.jte", new ReviewPage(moderation.review(id), moderation.proposed(id),
        submissions.contact(id), csrf.token(request), problem, reason == null ? "" : reason));
  }

  /** A moderation page with the signed-in moderator's bar in its header. */
  private String render(HttpRequest<?> request, String template, Object page) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("page", page);
    params.put("account", AccountBar.of(request, csrf));
    return templates.render("moderation/" + template, params);
  }

  private static long idOf(String id) {
    if (!id.matches("\\d{1,18}")) {
      throw ApiException.notFound("No submission " + id + ".");
    }
    return Long.parseLong(id);
  }
}
