package org.openseason.web.submission;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.Optional;
import org.openseason.api.guard.ClientAddress;
import org.openseason.api.guard.Csrf;
import org.openseason.api.submission.Outcome;
import org.openseason.api.submission.Ownership;
import org.openseason.api.submission.Proposal;
import org.openseason.api.submission.SubmissionSettings;
import org.openseason.api.submission.Submissions;

/**
 * The organizers' form, which works without JavaScript: {@code GET /submit} (or {@code ?target=slug} to propose an
 * edit to a listing), {@code POST /submit/preview} (check and show, or add rows), {@code POST /submit} (send: the
 * receipt with the private edit link), and the same under {@code /submit/edit/{token}}, with "check now" for the
 * ownership proof. Every POST carries the CSRF token.
 */
@Controller("/submit")
@ExecuteOn(TaskExecutors.BLOCKING)
class SubmitController {

  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final Submissions submissions;
  private final Ownership ownership;
  private final SubmitViews views;
  private final Csrf csrf;
  private final ClientAddress clients;

  SubmitController(Submissions submissions, Ownership ownership, SubmitViews views, Csrf csrf,
      ClientAddress clients) {
    this.submissions = submissions;
    this.ownership = ownership;
    this.views = views;
    this.csrf = csrf;
    this.clients = clients;
  }

  @Get(produces = HTML)
  HttpResponse<String> form(HttpRequest<?> request, @QueryValue Optional<String> target,
      @QueryValue Optional<String> name, @QueryValue Optional<String> homepage) {
    return html(HttpResponse.ok(), views.blank(request, target, name, homepage));
  }

  @Post(uri = "/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  HttpResponse<String> preview(HttpRequest<?> request, @Body Map<String, Object> body) {
    return preview(request, body, Optional.empty());
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  HttpResponse<String> send(HttpRequest<?> request, @Body Map<String, Object> body) {
    Map<String, String> fields = views.fields(request, body);
    Outcome outcome = submissions.submit(proposal(fields), clients.of(request));
    return answer(request, fields, outcome, Optional.empty());
  }

  @Get(uri = "/edit/{token}", produces = HTML)
  HttpResponse<String> edit(HttpRequest<?> request, String token) {
    return html(HttpResponse.ok(), views.draft(request, token, Optional.empty()));
  }

  @Post(uri = "/edit/{token}/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  HttpResponse<String> editPreview(HttpRequest<?> request, String token, @Body Map<String, Object> body) {
    return preview(request, body, Optional.of(token));
  }

  @Post(uri = "/edit/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  HttpResponse<String> editSend(HttpRequest<?> request, String token, @Body Map<String, Object> body) {
    Map<String, String> fields = views.fields(request, body);
    Outcome outcome = submissions.revise(token, proposal(fields), clients.of(request));
    return answer(request, fields, outcome, Optional.of(token));
  }

  @Post(uri = "/edit/{token}/verify", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  HttpResponse<String> verify(HttpRequest<?> request, String token, @Body Map<String, Object> body) {
    csrf.verify(request, body.get(Csrf.FIELD) instanceof String s ? s : null);
    Ownership.Check check = ownership.check(token);
    return html(HttpResponse.ok(), views.draft(request, token, Optional.of(check.detail())));
  }

  private HttpResponse<String> preview(HttpRequest<?> request, Map<String, Object> body, Optional<String> token) {
    String action = body.get("action") instanceof String s ? s : "preview";
    Map<String, String> fields = views.fields(request, body);
    if (!action.equals("preview")) {
      // "Edit" goes back to the form as it was; "add more rows" adds empty rows to every group.
      return html(HttpResponse.ok(), views.form(request, fields, Map.of(), token, Optional.empty(),
          Optional.empty(), action.equals("more")));
    }
    return answer(request, fields, submissions.preview(proposal(fields), token), token);
  }

  private HttpResponse<String> answer(HttpRequest<?> request, Map<String, String> fields, Outcome outcome,
      Optional<String> token) {
    if (outcome instanceof Outcome.Valid valid) {
      return html(HttpResponse.ok(), views.preview(request, fields, valid, token));
    }
    if (outcome instanceof Outcome.Accepted accepted) {
      return html(HttpResponse.status(io.micronaut.http.HttpStatus.CREATED), views.receipt(request, accepted.receipt()));
    }
    if (outcome instanceof Outcome.Invalid invalid) {
      Map<String, String> errors = new java.util.LinkedHashMap<>();
      invalid.errors().forEach(e -> errors.putIfAbsent(e.name(), e.reason()));
      return html(HttpResponse.unprocessableEntity(), views.form(request, fields, errors, token, Optional.empty(),
          Optional.empty(), false));
    }
    if (outcome instanceof Outcome.Duplicate duplicate) {
      return html(HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT), views.form(request, fields, Map.of(),
          token, Optional.of("“" + duplicate.name() + "” is already listed. Propose an edit to that listing instead"
              + " of a second copy."), Optional.of(duplicate.slug()), false));
    }
    Outcome.Limited limited = (Outcome.Limited) outcome;
    return html(HttpResponse.status(io.micronaut.http.HttpStatus.TOO_MANY_REQUESTS)
            .header("Retry-After", String.valueOf(limited.retryAfterSeconds())),
        views.form(request, fields, Map.of(), token, Optional.of(SubmissionSettings.tooMany(limited.retryAfterSeconds()) + " What you typed is kept below."),
            Optional.empty(), false));
  }

  private static Proposal proposal(Map<String, String> fields) {
    return Proposal.of(FormListing.listing(fields), new java.util.LinkedHashMap<>(fields));
  }

  private static HttpResponse<String> html(MutableHttpResponse<?> response, String body) {
    return response.body(body).contentType(HTML);
  }

}
