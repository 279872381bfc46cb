package org.openseason.api.submission;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openseason.api.guard.ClientAddress;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.ErrorResponses;
import org.openseason.api.system.Problem;
import org.openseason.listing.ListingCodec;

/**
 * {@code POST /api/v1/submissions}: a listing proposed as JSON, answered 201 with a receipt once it is stored, or
 * with problem details: 422 per field, 409 for a program already listed, 413, 429. The edit link's token reads the
 * latest revision ({@code GET /api/v1/submissions/edit/{token}}) and proposes the next ({@code POST} there). No
 * cookies, so no CSRF token: the edit token is the credential.
 */
@Controller("/api/v1/submissions")
@ExecuteOn(TaskExecutors.BLOCKING)
class SubmissionController {

  private final Submissions submissions;
  private final SubmissionSettings settings;
  private final ClientAddress clients;
  private final ErrorResponses errors;
  private final JsonMapper mapper;

  SubmissionController(Submissions submissions, SubmissionSettings settings, ClientAddress clients,
      ErrorResponses errors, JsonMapper mapper) {
    this.submissions = submissions;
    this.settings = settings;
    this.clients = clients;
    this.errors = errors;
    this.mapper = mapper;
  }

  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> submit(HttpRequest<?> request, @Body String body) {
    Proposal proposal = proposal(body);
    return answer(request, submissions.submit(proposal, clients.of(request)));
  }

  @Get(uri = "/edit/{token}", produces = MediaType.APPLICATION_JSON)
  Map<String, Object> draft(String token) {
    Submissions.Draft draft = submissions.draft(token);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("receipt", draft.latest().receipt());
    out.put("state", draft.latest().state().key());
    out.put("kind", draft.latest().kind().key());
    out.put("slug", draft.latest().proposedSlug());
    out.put("reason", draft.latest().reason().orElse(null));
    out.put("listing", ListingCodec.encode(draft.proposed()));
    out.put("verification_token", draft.verificationToken());
    out.put("verified_at", draft.verifiedAt().map(Object::toString).orElse(null));
    return out;
  }

  @Post(uri = "/edit/{token}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> revise(HttpRequest<?> request, String token, @Body String body) {
    Proposal proposal = proposal(body);
    return answer(request, submissions.revise(token, proposal, clients.of(request)));
  }

  private Proposal proposal(String body) {
    if (body.getBytes(StandardCharsets.UTF_8).length > settings.maxBytes()) {
      throw new ApiException(413, "Content Too Large", settings.tooLarge(), List.of());
    }
    Map<String, Object> fields;
    try {
      Object parsed = mapper.readValue(body, Argument.OBJECT_ARGUMENT);
      if (!(parsed instanceof Map<?, ?> map)) {
        throw new ApiException(400, "Bad Request", "The body must be a JSON object of listing fields.", List.of());
      }
      fields = Trees.copy(map);
    } catch (IOException e) {
      throw new ApiException(400, "Bad Request", "The body is not valid JSON.", List.of());
    }
    return Proposal.of(fields, fields);
  }

  private HttpResponse<?> answer(HttpRequest<?> request, Outcome outcome) {
    if (outcome instanceof Outcome.Accepted accepted) {
      return HttpResponse.created(accepted.receipt());
    }
    if (outcome instanceof Outcome.Invalid invalid) {
      return errors.of(request, HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY),
          invalid.errors().size() == 1 ? invalid.errors().get(0).name() + ": " + invalid.errors().get(0).reason()
              : invalid.errors().size() + " fields are invalid", invalid.errors());
    }
    if (outcome instanceof Outcome.Duplicate duplicate) {
      return errors.of(request, HttpResponse.status(HttpStatus.CONFLICT),
          "'" + duplicate.name() + "' is already listed as /programs/" + duplicate.slug()
              + ": propose an edit to that listing instead (send the same fields with \"target\": \""
              + duplicate.slug() + "\").",
          List.of(new Problem.InvalidParam("target", duplicate.slug())));
    }
    if (outcome instanceof Outcome.Limited limited) {
      return errors.of(request,
          HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After",
              String.valueOf(limited.retryAfterSeconds())),
          SubmissionSettings.tooMany(limited.retryAfterSeconds()), List.of());
    }
    throw new IllegalStateException("a stored proposal is accepted or refused, not " + outcome);
  }
}
