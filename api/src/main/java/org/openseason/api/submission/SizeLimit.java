package org.openseason.api.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;
import org.openseason.api.system.ErrorResponses;

/**
 * Answers 413 to a submission whose body is larger than {@code openseason.submissions.max-bytes}, before it is
 * read: the form and the JSON API alike. (Bodies sent without a length are measured by the controllers.)
 */
@ServerFilter({"/submit", "/submit/**", "/api/v1/submissions", "/api/v1/submissions/**"})
final class SizeLimit {

  private final SubmissionSettings settings;
  private final ErrorResponses errors;

  SizeLimit(SubmissionSettings settings, ErrorResponses errors) {
    this.settings = settings;
    this.errors = errors;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    if (request.getMethod() == HttpMethod.POST && request.getContentLength() > settings.maxBytes()) {
      return errors.of(request, HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE),
          settings.tooLarge(), List.of());
    }
    return null;
  }
}
